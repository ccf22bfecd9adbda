// A new presence from a pasted profile URL or @handle: the server says, as one types, which platform
// and handle it is and what its canonical URL will be.

import {
  Alert,
  Anchor,
  Group,
  Loader,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle, IconExternalLink, IconLink } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { PresenceCreate, PresenceStatus } from '../../../src/registry/model';
import { handleText } from '../app/format';
import { FormButtons } from '../app/forms';
import { useErrorMessage, useNotify } from '../app/ui';
import { useTranslation } from '../i18n/useTranslation';
import { STATUSES } from './meta';
import { useActivePeopleOptions } from './people';
import { PlatformLabel } from './platforms';
import { useCreatePresence, useResolveProfile } from './queries';
import { UnitSelect, useUnitChoices } from './UnitSelect';

export function NewPresenceModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const peopleOptions = useActivePeopleOptions();
  const units = useUnitChoices('presence.create');

  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [unit, setUnit] = useState<string | null>(null);
  const [owner, setOwner] = useState<string | null>(null);
  const [status, setStatus] = useState<PresenceStatus>('active');
  const [debounced] = useDebouncedValue(url.trim(), 350);

  useEffect(() => {
    if (opened) {
      setUrl('');
      setName('');
      setUnit(null);
      setOwner(null);
      setStatus('active');
    }
  }, [opened]);
  // A user who may create presences in one unit only finds it chosen.
  const onlyUnit = !units.everywhere && units.tree.length === 1 ? String(units.tree[0]!.id) : null;
  const chosenUnit = unit ?? onlyUnit;

  const resolved = useResolveProfile(debounced, opened && debounced.length > 1);
  const profile = debounced.length > 1 ? resolved.data?.[0] : undefined;
  const pending = url.trim() !== debounced || resolved.isFetching;

  const create = useCreatePresence({
    onSuccess: (p) => {
      notify.success(t('newPresence.created', { name: p.name ?? p.handle ?? p.url }));
      onClose();
      navigate(`/presences/${p.id}`);
    },
  });

  const submit = () => {
    const body: PresenceCreate = { url: profile?.url ?? url.trim(), status };
    if (name.trim()) body.name = name.trim();
    if (chosenUnit) body.unitId = Number(chosenUnit);
    if (owner) body.ownerId = Number(owner);
    create.mutate(body);
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('newPresence.title')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (profile) submit();
        }}
      >
        <Stack gap="md">
          <TextInput
            label={t('newPresence.url')}
            description={t('newPresence.urlHelp')}
            placeholder={t('newPresence.urlPlaceholder')}
            leftSection={<IconLink size={16} />}
            rightSection={pending && debounced ? <Loader size={14} /> : null}
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            data-autofocus
            required
            data-testid="new-presence-url"
          />
          {debounced.length > 1 && !pending && (
            <Paper withBorder p="sm" bg="gray.0" data-testid="resolved-profile">
              {resolved.isError ? (
                <Text size="sm" c="red.8">
                  {errorMessage(resolved.error)}
                </Text>
              ) : profile ? (
                <Stack gap={6}>
                  <Group justify="space-between" wrap="nowrap">
                    <PlatformLabel id={profile.platform} />
                    {profile.handle && (
                      <Text size="sm" ff="monospace">
                        {handleText(profile.handle)}
                      </Text>
                    )}
                  </Group>
                  <Group gap={6} wrap="nowrap">
                    <Text size="xs" c="dimmed">
                      {t('newPresence.canonical')}
                    </Text>
                    <Anchor href={profile.url} target="_blank" rel="noopener noreferrer" size="sm" truncate>
                      {profile.url}
                      <IconExternalLink size={12} style={{ marginLeft: 4, verticalAlign: 'middle' }} />
                    </Anchor>
                  </Group>
                  {profile.kind !== 'profile' && (
                    <Text size="xs" c="orange.8">
                      {t('newPresence.notAProfile')}
                    </Text>
                  )}
                </Stack>
              ) : (
                <Group gap={8}>
                  <IconAlertTriangle size={16} color="var(--mantine-color-orange-7)" />
                  <Text size="sm">{t('newPresence.unresolved')}</Text>
                </Group>
              )}
            </Paper>
          )}
          <TextInput
            label={t('field.name')}
            description={t('newPresence.nameHelp')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            maxLength={300}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <UnitSelect
              label={t('field.unit')}
              description={units.hint}
              tree={units.tree}
              value={chosenUnit}
              onChange={setUnit}
              clearable={units.everywhere}
              required={!units.everywhere}
              data-testid="new-presence-unit"
            />
            <Select
              label={t('field.owner')}
              data={peopleOptions}
              value={owner}
              onChange={setOwner}
              searchable
              clearable
              nothingFoundMessage={t('common.nothingFound')}
            />
            <Select
              label={t('field.status')}
              data={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
              value={status}
              onChange={(v) => setStatus((v as PresenceStatus | null) ?? 'active')}
              allowDeselect={false}
            />
          </SimpleGrid>
          {create.isError && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
              {errorMessage(create.error)}
            </Alert>
          )}
          <FormButtons
            onCancel={onClose}
            disabled={!profile || pending || (!units.everywhere && !chosenUnit)}
            loading={create.isPending}
          >
            {t('newPresence.save')}
          </FormButtons>
        </Stack>
      </form>
    </Modal>
  );
}
