// A presence's credential custody: who holds the login, MFA, the recovery contact, and the secrets
// the vault keeps (kinds and dates only). Storing sends a value that never comes back; revealing asks
// for a reason, shows the value with a copy button, and hides it again after 30 seconds. Users who
// may not read custody see nothing (the server answers 403/404 and the panel stays out of the way).
import {
  Alert,
  Badge,
  Button,
  Card,
  CopyButton,
  Divider,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconCopy,
  IconEye,
  IconEyeOff,
  IconLock,
  IconPencil,
  IconTrash,
} from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Custody, SECRET_KINDS, type SecretKind } from '../../../src/trust/model';
import { ApiError, api } from '../app/api';
import { useFormat } from '../app/format';
import { Loading, QueryError, useActorLabel, useErrorMessage, useNotify } from '../app/ui';

const REVEAL_SECONDS = 30;

export const custodyKey = (presenceId: number) => ['presence', presenceId, 'custody'] as const;

export function useCustody(presenceId: number) {
  return useQuery({
    queryKey: custodyKey(presenceId),
    queryFn: ({ signal }) => api<Custody>(`/presences/${presenceId}/custody`, { signal }),
    enabled: Number.isInteger(presenceId) && presenceId > 0,
    retry: false,
  });
}

/** Not allowed to see custody (or the presence): the panel is simply not there. */
function hidden(error: unknown): boolean {
  return error instanceof ApiError && [401, 403, 404].includes(error.status);
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

type Dialog =
  | { kind: 'store'; secret: SecretKind | null }
  | { kind: 'reveal' | 'delete'; secret: SecretKind }
  | null;

function StoreModal({
  presenceId,
  dialog,
  stored,
  onClose,
}: {
  presenceId: number;
  dialog: Extract<Dialog, { kind: 'store' }> | null;
  stored: SecretKind[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const client = useQueryClient();
  const [kind, setKind] = useState<SecretKind | null>(null);
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  // The value lives in this form only: not kept by the mutation cache once sent.
  const save = useMutation({
    gcTime: 0,
    mutationFn: (v: { kind: SecretKind; value: string; reason: string }) =>
      api<Custody>(`/presences/${presenceId}/secrets/${v.kind}`, {
        method: 'PUT',
        body: { value: v.value, ...(v.reason.trim() ? { reason: v.reason.trim() } : {}) },
      }),
    onSuccess: (custody) => {
      client.setQueryData(custodyKey(presenceId), custody);
      notify.success(t('custody.stored'));
      close();
    },
  });
  const { reset } = save;

  // The form is filled afresh when the dialog opens, not when the custody is read again meanwhile
  // (that would wipe what the person is typing).
  const storedRef = useRef(stored);
  storedRef.current = stored;
  useEffect(() => {
    if (!dialog) return;
    setKind(dialog.secret ?? SECRET_KINDS.find((k) => !storedRef.current.includes(k)) ?? 'password');
    setValue('');
    setReason('');
    reset();
  }, [dialog, reset]);

  function close() {
    setValue('');
    save.reset();
    onClose();
  }

  const fixed = dialog?.secret ?? null;
  const replacing = kind !== null && stored.includes(kind);
  return (
    <Modal
      opened={dialog !== null}
      onClose={close}
      title={
        fixed ? t('custody.replaceTitle', { kind: t(`custody.kind.${fixed}`) }) : t('custody.storeTitle')
      }
      size="lg"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (kind && value) save.mutate({ kind, value, reason });
        }}
        autoComplete="off"
      >
        <Stack>
          {!fixed && (
            <Select
              label={t('custody.kindLabel')}
              data={SECRET_KINDS.map((k) => ({ value: k, label: t(`custody.kind.${k}`) }))}
              value={kind}
              onChange={(v) => setKind(v as SecretKind | null)}
              allowDeselect={false}
              name="kind"
            />
          )}
          <Textarea
            label={t('custody.value')}
            description={
              replacing ? `${t('custody.valueHelp')} ${t('custody.replaceHelp')}` : t('custody.valueHelp')
            }
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
            autosize
            minRows={2}
            maxRows={8}
            maxLength={20_000}
            required
            spellCheck={false}
            autoCorrect="off"
            autoCapitalize="off"
            data-lpignore="true"
            ff="monospace"
            name="secret-value"
          />
          <TextInput
            label={t('custody.reasonOptional')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={1000}
            name="reason"
          />
          {save.isError && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
              {errorMessage(save.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={save.isPending}
              disabled={!kind || !value}
              leftSection={<IconLock size={16} />}
            >
              {t('custody.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function RevealModal({
  presenceId,
  secret,
  onClose,
}: {
  presenceId: number;
  secret: SecretKind | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const errorMessage = useErrorMessage();
  const [reason, setReason] = useState('');
  const [shown, setShown] = useState<{ value: string; until: number } | null>(null);
  const [now, setNow] = useState(() => Date.now());
  // Not kept in the mutation cache: the value exists only in this modal's state, for 30 seconds.
  const reveal = useMutation({
    gcTime: 0,
    mutationFn: (v: { kind: SecretKind; reason: string }) =>
      api<{ kind: SecretKind; value: string }>(`/presences/${presenceId}/secrets/${v.kind}/reveal`, {
        method: 'POST',
        body: { reason: v.reason },
      }),
    onSuccess: (r) => {
      setNow(Date.now());
      setShown({ value: r.value, until: Date.now() + REVEAL_SECONDS * 1000 });
      reveal.reset();
    },
  });
  const { reset } = reveal;

  useEffect(() => {
    if (secret === null) return;
    setReason('');
    setShown(null);
    reset();
  }, [secret, reset]);

  useEffect(() => {
    if (!shown) return;
    const timer = window.setInterval(() => {
      const at = Date.now();
      setNow(at);
      if (at >= shown.until) setShown(null);
    }, 250);
    return () => window.clearInterval(timer);
  }, [shown]);

  function close() {
    setShown(null);
    setReason('');
    reveal.reset();
    onClose();
  }

  const left = shown ? Math.max(0, Math.ceil((shown.until - now) / 1000)) : 0;
  const valid = reason.trim().length >= 5;
  return (
    <Modal
      opened={secret !== null}
      onClose={close}
      title={secret ? t('custody.revealTitle', { kind: t(`custody.kind.${secret}`) }) : ''}
      size="lg"
    >
      <Stack>
        <Text size="sm" c="dimmed">
          {t('custody.revealText')}
        </Text>
        {shown ? (
          <>
            <Textarea
              label={t('custody.revealedValue')}
              value={shown.value}
              readOnly
              autosize
              minRows={1}
              maxRows={10}
              ff="monospace"
              spellCheck={false}
              data-testid="revealed-value"
            />
            <Group justify="space-between">
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('custody.hidesIn', { count: left, value: f.number(left) })}
              </Text>
              <Group gap="sm">
                <CopyButton value={shown.value} timeout={2000}>
                  {({ copied, copy }) => (
                    <Button
                      variant="light"
                      color={copied ? 'teal' : undefined}
                      onClick={copy}
                      leftSection={<IconCopy size={16} />}
                    >
                      {copied ? t('custody.copied') : t('custody.copy')}
                    </Button>
                  )}
                </CopyButton>
                <Button variant="default" onClick={close} leftSection={<IconEyeOff size={16} />}>
                  {t('custody.hideNow')}
                </Button>
              </Group>
            </Group>
          </>
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (secret && valid) reveal.mutate({ kind: secret, reason: reason.trim() });
            }}
          >
            <Stack>
              <TextInput
                label={t('custody.reason')}
                description={t('custody.reasonHelp')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                maxLength={1000}
                required
                data-autofocus
                name="reason"
              />
              {reveal.isError && (
                <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
                  {errorMessage(reveal.error)}
                </Alert>
              )}
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>
                  {t('common.cancel')}
                </Button>
                <Button
                  type="submit"
                  disabled={!valid}
                  loading={reveal.isPending}
                  leftSection={<IconEye size={16} />}
                >
                  {t('custody.revealButton')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Modal>
  );
}

function DeleteModal({
  presenceId,
  secret,
  onClose,
}: {
  presenceId: number;
  secret: SecretKind | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const client = useQueryClient();
  const remove = useMutation({
    mutationFn: (kind: SecretKind) =>
      api<Custody>(`/presences/${presenceId}/secrets/${kind}`, { method: 'DELETE' }),
    onSuccess: (custody) => {
      client.setQueryData(custodyKey(presenceId), custody);
      notify.success(t('custody.deleted'));
      onClose();
    },
    onError: (err) => notify.error(err),
  });
  return (
    <Modal
      opened={secret !== null}
      onClose={onClose}
      title={secret ? t('custody.deleteTitle', { kind: t(`custody.kind.${secret}`) }) : ''}
    >
      <Stack>
        <Text size="sm">{t('custody.deleteText')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={remove.isPending} onClick={() => secret && remove.mutate(secret)}>
            {t('custody.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function CustodyPanel({ presenceId }: { presenceId: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const actorLabel = useActorLabel();
  const custody = useCustody(presenceId);
  const [dialog, setDialog] = useState<Dialog>(null);

  const c = custody.data;
  const stored = useMemo(() => (c?.secrets ?? []).map((s) => s.kind), [c]);
  if (custody.isError && hidden(custody.error)) return null;

  return (
    <Card data-testid="custody-panel">
      <Title order={3} fz="lg" mb={4}>
        {t('custody.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('custody.hint')}
      </Text>
      {custody.isPending ? (
        <Loading height={120} />
      ) : custody.isError || !c ? (
        <QueryError error={custody.error} onRetry={() => void custody.refetch()} />
      ) : (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <Fact label={t('custody.custodian')}>
              {c.custodian ? (
                <Group gap={6} wrap="wrap">
                  <Text size="sm" fw={500}>
                    {c.custodian}
                  </Text>
                  {c.custodianLeft && (
                    <Badge color="red" variant="light" size="sm">
                      {t('custody.custodianLeft')}
                    </Badge>
                  )}
                </Group>
              ) : (
                <Badge color="orange" variant="light">
                  {t('custody.noCustodian')}
                </Badge>
              )}
            </Fact>
            <Fact label={t('custody.mfa')}>
              <Badge color={c.mfa === 'on' ? 'teal' : c.mfa === 'off' ? 'red' : 'gray'} variant="light">
                {t(`custody.mfaState.${c.mfa}`)}
              </Badge>
            </Fact>
            <Fact label={t('custody.recovery')}>
              <Badge
                color={
                  c.recoveryContact === 'corporate'
                    ? 'teal'
                    : c.recoveryContact === 'personal'
                      ? 'red'
                      : 'gray'
                }
                variant="light"
              >
                {t(`custody.recoveryState.${c.recoveryContact}`)}
              </Badge>
            </Fact>
          </SimpleGrid>
          <Divider />
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" style={{ letterSpacing: '0.05em' }}>
            {t('custody.secrets')}
          </Text>
          {c.secrets.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('custody.noSecrets')}
            </Text>
          ) : (
            <Stack gap="sm">
              {c.secrets.map((s) => (
                <Group
                  key={s.kind}
                  justify="space-between"
                  wrap="wrap"
                  gap="xs"
                  data-testid={`secret-${s.kind}`}
                >
                  <div>
                    <Group gap={6}>
                      <IconLock size={14} aria-hidden />
                      <Text size="sm" fw={500}>
                        {t(`custody.kind.${s.kind}`)}
                      </Text>
                    </Group>
                    <Text size="xs" c="dimmed">
                      {t('custody.updated', { date: f.dateTime(s.updatedAt), by: actorLabel(s.updatedBy) })}
                    </Text>
                  </div>
                  <Group gap={6} aria-label={t('custody.actions', { kind: t(`custody.kind.${s.kind}`) })}>
                    {c.canReveal && (
                      <Button
                        size="xs"
                        variant="light"
                        leftSection={<IconEye size={14} />}
                        onClick={() => setDialog({ kind: 'reveal', secret: s.kind })}
                      >
                        {t('custody.reveal')}
                      </Button>
                    )}
                    {c.canWrite && (
                      <>
                        <Button
                          size="xs"
                          variant="default"
                          leftSection={<IconPencil size={14} />}
                          onClick={() => setDialog({ kind: 'store', secret: s.kind })}
                        >
                          {t('custody.replace')}
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          leftSection={<IconTrash size={14} />}
                          onClick={() => setDialog({ kind: 'delete', secret: s.kind })}
                        >
                          {t('custody.delete')}
                        </Button>
                      </>
                    )}
                  </Group>
                </Group>
              ))}
            </Stack>
          )}
          {c.canWrite && (
            <Group>
              <Button
                variant="light"
                leftSection={<IconLock size={16} />}
                onClick={() => setDialog({ kind: 'store', secret: null })}
              >
                {t('custody.store')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
      <StoreModal
        presenceId={presenceId}
        dialog={dialog?.kind === 'store' ? dialog : null}
        stored={stored}
        onClose={() => setDialog(null)}
      />
      <RevealModal
        presenceId={presenceId}
        secret={dialog?.kind === 'reveal' ? dialog.secret : null}
        onClose={() => setDialog(null)}
      />
      <DeleteModal
        presenceId={presenceId}
        secret={dialog?.kind === 'delete' ? dialog.secret : null}
        onClose={() => setDialog(null)}
      />
    </Card>
  );
}
