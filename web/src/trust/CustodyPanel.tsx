// A presence's credential custody: who holds the login, MFA, the recovery contact, and the secrets
// the vault keeps (kinds and dates only). Storing sends a value that never comes back; revealing asks
// for a reason, shows the value with a copy button, and hides it again after 30 seconds. Users who
// may not read custody see nothing (the server answers 403/404 and the panel stays out of the way).
import { Badge, Button, Card, Divider, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconEye, IconLock, IconPencil, IconTrash } from '@tabler/icons-react';
import { type ReactNode, useMemo, useState } from 'react';
import type { SecretKind } from '../../../src/trust/model';
import { ApiError } from '../app/api';
import { useFormat } from '../app/format';
import { CardTitle, Loading, QueryError, useActorLabel } from '../app/ui';
import { useTranslation } from '../i18n/useTranslation';
import { DeleteModal } from './custody/DeleteModal';
import { RevealModal } from './custody/RevealModal';
import { StoreModal } from './custody/StoreModal';
import { useCustody } from './queries';

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
      <CardTitle title={t('custody.title')} hint={t('custody.hint')} />
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
                    <Text
                      size="xs"
                      c="dimmed"
                      title={s.updatedByName ? t('names.login', { login: s.updatedBy }) : undefined}
                    >
                      {t('custody.updated', {
                        date: f.dateTime(s.updatedAt),
                        by: s.updatedByName ?? actorLabel(s.updatedBy),
                      })}
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
