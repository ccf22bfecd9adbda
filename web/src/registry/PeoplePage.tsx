// The people who answer for presences: their unit, whether they are still here, and how many
// presences each owns, deputises or holds the credentials of. People who left keep their history.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Menu,
  Modal,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconPencil,
  IconPlus,
  IconSearch,
  IconUserCheck,
  IconUserOff,
} from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { Person, PersonInput } from '../../../src/registry/model';
import { EmptyRow, RowMenu, TableHead } from '../app/DataTable';
import { DateField } from '../app/DateField';
import { useFormat } from '../app/format';
import { FormButtons } from '../app/forms';
import { searchMatcher } from '../app/search';
import { Loading, PageHeader, QueryError, useDocumentTitle, useErrorMessage, useNotify } from '../app/ui';
import { useTranslation } from '../i18n/useTranslation';
import { useCan, useScope } from '../trust/session';
import { today } from './meta';
import { usePeople, useSavePerson } from './queries';
import { scopeCovers } from './scope';
import { UnitSelect, useUnitChoices, useUnitTree } from './UnitSelect';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; person: Person }
  | { kind: 'leave'; person: Person }
  | null;

function PersonDialog({ dialog, onClose }: { dialog: Dialog; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const kept = dialog && dialog.kind !== 'create' ? dialog.person.unitId : null;
  // The units the user manages (and the person's own): outside them, no unit is refused by the server.
  const units = useUnitChoices('organisation.manage', kept);
  const needsUnit = !units.everywhere && !(dialog?.kind === 'edit' && kept === null);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [jobTitle, setJobTitle] = useState('');
  const [unit, setUnit] = useState<string | null>(null);
  const [leftOn, setLeftOn] = useState(today());

  useEffect(() => {
    if (!dialog) return;
    const p = dialog.kind === 'create' ? null : dialog.person;
    setName(p?.name ?? '');
    setEmail(p?.email ?? '');
    setJobTitle(p?.jobTitle ?? '');
    setUnit(p?.unitId ? String(p.unitId) : null);
    setLeftOn(p?.leftOn ?? today());
  }, [dialog]);

  // Changed by someone else since the dialog opened (409): the page reads it again (the dialog says so).
  const save = useSavePerson({
    onSuccess: (p) => {
      notify.success(t('people.saved', { name: p.name }));
      onClose();
    },
  });

  const resetSave = save.reset;
  useEffect(() => {
    if (dialog) resetSave();
  }, [dialog, resetSave]);

  if (!dialog) return null;

  if (dialog.kind === 'leave') {
    const p = dialog.person;
    const held = p.owns + p.deputises + p.holds;
    return (
      <Modal opened onClose={onClose} title={t('people.leaveTitle', { name: p.name })}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate({ id: p.id, body: { status: 'left', leftOn: leftOn || null, version: p.version } });
          }}
        >
          <Stack>
            <DateField label={t('people.leftOn')} value={leftOn} onChange={setLeftOn} required />
            {held > 0 && (
              <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
                {t('people.leaveWarning', {
                  owns: f.number(p.owns),
                  deputises: f.number(p.deputises),
                  holds: f.number(p.holds),
                })}
              </Alert>
            )}
            {save.isError && (
              <Alert color="red" variant="light">
                {errorMessage(save.error)}
              </Alert>
            )}
            <FormButtons onCancel={onClose} color="red" loading={save.isPending}>
              {t('people.markLeft')}
            </FormButtons>
          </Stack>
        </form>
      </Modal>
    );
  }

  const editing = dialog.kind === 'edit' ? dialog.person : null;
  return (
    <Modal
      opened
      onClose={onClose}
      title={editing ? t('people.editTitle', { name: editing.name }) : t('people.createTitle')}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const body: PersonInput = {
            name: name.trim(),
            email: email.trim() || null,
            jobTitle: jobTitle.trim() || null,
            unitId: unit ? Number(unit) : null,
            // The version edited: a record changed since is refused (409) rather than overwritten.
            ...(editing ? { version: editing.version } : {}),
          };
          save.mutate({ id: editing?.id, body });
        }}
      >
        <Stack>
          <TextInput
            label={t('people.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            maxLength={200}
            data-autofocus
            name="name"
          />
          <SimpleGrid cols={2}>
            <TextInput
              label={t('people.email')}
              type="email"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              maxLength={320}
              name="email"
            />
            <TextInput
              label={t('people.jobTitle')}
              value={jobTitle}
              onChange={(e) => setJobTitle(e.currentTarget.value)}
              maxLength={200}
              name="jobTitle"
            />
          </SimpleGrid>
          <UnitSelect
            label={t('field.unit')}
            description={units.hint}
            tree={units.tree}
            value={unit}
            onChange={setUnit}
            clearable={!needsUnit}
            required={needsUnit}
            disabled={units.fixed}
          />
          {save.isError && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
              {errorMessage(save.error)}
            </Alert>
          )}
          <FormButtons
            onCancel={onClose}
            loading={save.isPending}
            disabled={!name.trim() || (needsUnit && !unit)}
          >
            {t('common.save')}
          </FormButtons>
        </Stack>
      </form>
    </Modal>
  );
}

function Count({ n, to, label }: { n: number; to?: string; label: string }) {
  const f = useFormat();
  if (n === 0)
    return (
      <Text size="sm" c="dimmed" span>
        {f.number(0)}
      </Text>
    );
  return to ? (
    <Anchor component={Link} to={to} size="sm" aria-label={label}>
      {f.number(n)}
    </Anchor>
  ) : (
    <Text size="sm" span>
      {f.number(n)}
    </Text>
  );
}

export function PeoplePage() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const notify = useNotify();
  const people = usePeople();
  const [dialog, setDialog] = useState<Dialog>(null);
  const canManage = useCan('organisation.manage');
  const manageScope = useScope('organisation.manage');
  // Organisation-wide readers see everyone and the organisation's counts; the others, their scope's.
  const scoped = !useScope('registry.read')?.all;
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<'all' | 'active' | 'left'>('all');
  const [unit, setUnit] = useState<string | null>(null);
  useDocumentTitle(t('nav.people'));
  const tree = useUnitTree();

  const rejoin = useSavePerson({
    onSuccess: (p) => notify.success(t('people.saved', { name: p.name })),
    onError: (err) => notify.error(err),
  });

  const list = useMemo(() => {
    const collator = new Intl.Collator(i18n.language, { sensitivity: 'base' });
    const matches = searchMatcher(search);
    return (people.data ?? [])
      .filter((p) => status === 'all' || p.status === status)
      .filter((p) => !unit || String(p.unitId) === unit)
      .filter((p) => matches(p.name, p.email, p.jobTitle))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [people.data, status, unit, search, i18n.language]);

  const leftHolding = (people.data ?? []).filter(
    (p) => p.status === 'left' && p.owns + p.deputises + p.holds > 0,
  ).length;
  const counts = {
    all: people.data?.length ?? 0,
    active: (people.data ?? []).filter((p) => p.status === 'active').length,
    left: (people.data ?? []).filter((p) => p.status === 'left').length,
  };

  return (
    <>
      <PageHeader
        title={t('people.title')}
        description={
          scoped ? `${t('people.description')} ${t('people.scopedCounts')}` : t('people.description')
        }
        actions={
          canManage && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'create' })}>
              {t('people.create')}
            </Button>
          )
        }
      />
      {leftHolding > 0 && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} mb="lg">
          <Group justify="space-between" gap="sm">
            <Text size="sm">
              {t('people.leftHolding', { count: leftHolding, value: f.number(leftHolding) })}
            </Text>
            {status !== 'left' && (
              <Button size="xs" variant="white" color="orange" onClick={() => setStatus('left')}>
                {t('people.showLeft')}
              </Button>
            )}
          </Group>
        </Alert>
      )}
      {people.isPending ? (
        <Loading />
      ) : people.isError ? (
        <QueryError error={people.error} onRetry={() => void people.refetch()} />
      ) : (
        <Card padding={0}>
          <Group
            p="md"
            gap="sm"
            style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
            wrap="wrap"
          >
            <TextInput
              aria-label={t('people.search')}
              placeholder={t('people.searchPlaceholder')}
              leftSection={<IconSearch size={16} />}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              w={{ base: '100%', sm: 260 }}
            />
            <UnitSelect
              aria-label={t('field.unit')}
              placeholder={t('presences.allUnits')}
              tree={tree}
              value={unit}
              onChange={setUnit}
              clearable
              w={220}
            />
            <SegmentedControl
              value={status}
              onChange={(v) => setStatus(v as typeof status)}
              data={[
                { value: 'all', label: t('people.filterAll', { value: f.number(counts.all) }) },
                { value: 'active', label: t('people.filterActive', { value: f.number(counts.active) }) },
                { value: 'left', label: t('people.filterLeft', { value: f.number(counts.left) }) },
              ]}
            />
          </Group>
          <Table.ScrollContainer minWidth={860}>
            <Table highlightOnHover horizontalSpacing="md" data-testid="people-table">
              <TableHead
                cells={[
                  { label: t('people.name') },
                  { label: t('field.unit'), w: 250 },
                  { label: t('people.status'), w: 120 },
                  { label: t('people.owns'), w: 116, numeric: true },
                  { label: t('people.deputises'), w: 116, numeric: true },
                  { label: t('people.holds'), w: 140, numeric: true },
                  { w: 56 },
                ]}
              />
              <Table.Tbody>
                {list.map((p) => {
                  const held = p.owns + p.deputises + p.holds;
                  return (
                    <Table.Tr key={p.id}>
                      <Table.Td>
                        <Text size="sm" fw={600} c={p.status === 'left' ? 'dimmed' : undefined}>
                          {p.name}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {[p.jobTitle, p.email].filter(Boolean).join(' · ')}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" c={p.unit ? undefined : 'dimmed'} fs={p.unit ? undefined : 'italic'}>
                          {p.unit ?? t('presence.noUnit')}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {p.status === 'active' ? (
                          <Badge color="teal" variant="light" tt="none">
                            {t('people.active')}
                          </Badge>
                        ) : (
                          <Group gap={6} wrap="nowrap">
                            <Tooltip
                              label={t('people.leftOnDate', { date: f.date(p.leftOn) })}
                              disabled={!p.leftOn}
                            >
                              <Badge color="red" variant="light" tt="none">
                                {t('people.left')}
                              </Badge>
                            </Tooltip>
                            {held > 0 && (
                              <Tooltip label={t('people.stillHolds')}>
                                <IconAlertTriangle size={16} color="var(--mantine-color-orange-7)" />
                              </Tooltip>
                            )}
                          </Group>
                        )}
                      </Table.Td>
                      <Table.Td className="vigie-num">
                        <Count
                          n={p.owns}
                          to={`/presences?ownerId=${p.id}`}
                          label={t('people.ownsOf', { name: p.name })}
                        />
                      </Table.Td>
                      <Table.Td className="vigie-num">
                        <Count n={p.deputises} label={t('people.deputises')} />
                      </Table.Td>
                      <Table.Td className="vigie-num">
                        <Count n={p.holds} label={t('people.holds')} />
                      </Table.Td>
                      <Table.Td>
                        {canManage && scopeCovers(manageScope, { unitId: p.unitId }) && (
                          <RowMenu label={t('people.actions', { name: p.name })}>
                            <Menu.Item
                              leftSection={<IconPencil size={14} />}
                              onClick={() => setDialog({ kind: 'edit', person: p })}
                            >
                              {t('people.edit')}
                            </Menu.Item>
                            {p.status === 'active' ? (
                              <Menu.Item
                                color="red"
                                leftSection={<IconUserOff size={14} />}
                                onClick={() => setDialog({ kind: 'leave', person: p })}
                              >
                                {t('people.markLeft')}
                              </Menu.Item>
                            ) : (
                              <Menu.Item
                                leftSection={<IconUserCheck size={14} />}
                                onClick={() =>
                                  rejoin.mutate({ id: p.id, body: { status: 'active', leftOn: null } })
                                }
                              >
                                {t('people.markActive')}
                              </Menu.Item>
                            )}
                          </RowMenu>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
                {list.length === 0 && <EmptyRow colSpan={7}>{t('people.none')}</EmptyRow>}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      <PersonDialog dialog={dialog} onClose={() => setDialog(null)} />
    </>
  );
}
