// Creating a user (login, name, the person they are, their roles) or changing one; a new user signing
// in with a password gets a temporary one, which the page then shows once.
import { Box, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { GrantInput, User } from '../../../../src/trust/model';
import { ErrorAlert, FormButtons } from '../../app/forms';
import { useNotify } from '../../app/ui';
import { useTranslation } from '../../i18n/useTranslation';
import { useActivePeopleOptions } from '../../registry/people';
import { usePeople } from '../../registry/queries';
import { draftProblem, emptyDraft, type GrantDraft, sameGrants, toDrafts, toGrantInputs } from '../grants';
import { type UserPatch, useSaveUser } from '../queries';
import { GrantsEditor } from './GrantsEditor';
import type { Temporary } from './TemporaryPasswordModal';

export type UserDialog = { kind: 'create' } | { kind: 'edit'; user: User };

export function UserModal({
  dialog,
  onClose,
  onCreated,
}: {
  dialog: UserDialog;
  onClose: () => void;
  onCreated: (temporary: Temporary | null) => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const people = usePeople();
  const editing = dialog.kind === 'edit' ? dialog.user : null;
  const [login, setLogin] = useState('');
  const [name, setName] = useState(editing?.name ?? '');
  const [email, setEmail] = useState(editing?.email ?? '');
  const [personId, setPersonId] = useState<string | null>(
    editing?.personId ? String(editing.personId) : null,
  );
  const [drafts, setDrafts] = useState<GrantDraft[]>(() =>
    editing ? toDrafts(editing.grants) : [emptyDraft()],
  );
  const [tried, setTried] = useState(false);
  const personOptions = useActivePeopleOptions([editing?.personId]);
  const known = useMemo(
    () =>
      new Map(
        (editing?.grants ?? [])
          .filter((g) => g.presenceId !== null)
          .map((g) => [g.presenceId as number, g.presence || t('names.deleted.presence')]),
      ),
    [editing, t],
  );

  const grants = toGrantInputs(drafts);
  const incomplete = drafts.some((d) => draftProblem(d) !== null);

  const save = useSaveUser({
    onSuccess: (r) => {
      if (editing) notify.success(t('trust.users.saved', { name: name.trim() }));
      onCreated(
        r?.temporaryPassword
          ? { login: r.user.login, password: r.temporaryPassword, reason: 'created' }
          : null,
      );
    },
  });

  const submit = () => {
    const cleanEmail = email.trim() || null;
    const person = personId ? Number(personId) : null;
    if (!editing) {
      save.mutate({
        create: {
          login: login.trim(),
          name: name.trim(),
          ...(cleanEmail ? { email: cleanEmail } : {}),
          personId: person,
          grants,
        },
      });
      return;
    }
    const patch: UserPatch = {};
    if (name.trim() !== editing.name) patch.name = name.trim();
    if (cleanEmail !== editing.email) patch.email = cleanEmail;
    if (person !== editing.personId) patch.personId = person;
    const before: GrantInput[] = editing.grants.map((g) => ({
      role: g.role,
      unitId: g.unitId,
      presenceId: g.presenceId,
    }));
    if (!sameGrants(before, grants)) patch.grants = grants;
    save.mutate({ id: editing.id, patch });
  };

  const choosePerson = (v: string | null) => {
    setPersonId(v);
    const p = v ? people.data?.find((x) => x.id === Number(v)) : undefined;
    if (p && !name.trim()) setName(p.name);
    if (p?.email && !email.trim()) setEmail(p.email);
  };

  const ready = (editing || login.trim()) && name.trim() && !incomplete;

  return (
    <Modal
      opened
      onClose={onClose}
      title={editing ? t('trust.users.editTitle', { name: editing.name }) : t('trust.users.createTitle')}
      size="xl"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (ready) submit();
        }}
      >
        <Stack gap="md">
          {editing ? (
            <Text size="sm">
              {t('trust.signin.login')}{' '}
              <Text span ff="monospace" fw={600}>
                {editing.login}
              </Text>
            </Text>
          ) : (
            <TextInput
              label={t('trust.signin.login')}
              description={t('trust.users.loginHelp')}
              value={login}
              onChange={(e) => setLogin(e.currentTarget.value)}
              maxLength={120}
              autoCapitalize="none"
              spellCheck={false}
              autoComplete="off"
              required
              data-autofocus
              name="login"
              data-testid="user-login"
            />
          )}
          <Select
            label={t('trust.users.person')}
            description={t('trust.users.personHelp')}
            placeholder={t('trust.users.personNone')}
            data={personOptions}
            value={personId}
            onChange={choosePerson}
            searchable
            clearable
            limit={200}
            nothingFoundMessage={t('common.nothingFound')}
            name="person"
          />
          <Group grow align="flex-start">
            <TextInput
              label={t('trust.users.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              maxLength={200}
              required
              name="name"
              data-testid="user-name"
            />
            <TextInput
              label={t('trust.users.email')}
              description={t('trust.users.emailHelp')}
              type="email"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              maxLength={320}
              name="email"
            />
          </Group>
          <Box>
            <Text size="sm" fw={500}>
              {t('trust.grants.title')}
            </Text>
            <Text size="xs" c="dimmed" mb="xs">
              {t('trust.grants.hint')}
            </Text>
            <GrantsEditor drafts={drafts} onChange={setDrafts} known={known} showProblems={tried} />
          </Box>
          {!editing && (
            <Text size="xs" c="dimmed">
              {t('trust.users.temporaryHint')}
            </Text>
          )}
          {save.error && <ErrorAlert error={save.error} minIssues={2} />}
          <FormButtons onCancel={onClose} loading={save.isPending} data-testid="user-save">
            {editing ? t('common.save') : t('trust.users.create')}
          </FormButtons>
        </Stack>
      </form>
    </Modal>
  );
}
