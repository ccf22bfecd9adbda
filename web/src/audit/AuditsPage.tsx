// The audits: each run of the method over the organisation or a unit, with how far its review and its
// action plan have gone, and the form that runs a new one.
import {
  Anchor,
  Badge,
  Box,
  Button,
  Card,
  Modal,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconAdjustments, IconClipboardCheck, IconPlayerPlay } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { AuditSummary } from '../../../src/audit/model';
import { ApiError } from '../app/api';
import { DateField } from '../app/DateField';
import { useFormat } from '../app/format';
import { FormButtons } from '../app/forms';
import {
  Loading,
  PageHeader,
  QueryError,
  useActorLabel,
  useDocumentTitle,
  useErrorMessage,
  useNotify,
} from '../app/ui';
import { useTranslation } from '../i18n/useTranslation';
import { today } from '../registry/meta';
import { UnitSelect, useUnitChoices } from '../registry/UnitSelect';
import { useCan } from '../trust/session';
import { BeforeAfter } from './bits';
import { useAudits, useRunAudit } from './queries';

function Ratio({ done, total }: { done: number; total: number }) {
  const f = useFormat();
  const share = total > 0 ? done / total : 0;
  return (
    <Box>
      <Text size="sm" className="vigie-num" ta="left">
        {f.number(done)} / {f.number(total)}
      </Text>
      <Progress value={share * 100} size={4} mt={4} color={share >= 1 ? 'teal' : 'vigie'} aria-hidden />
    </Box>
  );
}

export function AuditStatusBadge({
  audit,
}: {
  audit: Pick<AuditSummary, 'status' | 'presences' | 'decided'>;
}) {
  const { t } = useTranslation();
  if (audit.status === 'closed')
    return (
      <Badge color="gray" variant="light" tt="none">
        {t('audit.status.closed')}
      </Badge>
    );
  const reviewed = audit.presences > 0 && audit.decided >= audit.presences;
  return (
    <Badge color={reviewed ? 'teal' : 'blue'} variant="light" tt="none">
      {reviewed ? t('audit.status.reviewed') : t('audit.status.open')}
    </Badge>
  );
}

function RunAuditModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const notify = useNotify();
  const message = useErrorMessage();
  // A scoped user audits one of their units; only those who act everywhere audit the organisation.
  const units = useUnitChoices('audit.run');
  const [name, setName] = useState('');
  const [unitId, setUnitId] = useState<string | null>(null);
  const [asOf, setAsOf] = useState(today());
  const [elapsed, setElapsed] = useState(0);

  const run = useRunAudit({
    onSuccess: (audit) => {
      notify.success(
        t('audit.run.done', {
          name: audit.name,
          presences: f.number(audit.presences),
          kept: f.number(audit.kept),
          count: audit.presences,
        }),
      );
      onClose();
      navigate(`/audits/${audit.id}`);
    },
  });

  // While the server audits, the seconds go by on screen: it is working, not stuck.
  useEffect(() => {
    if (!run.isPending) return;
    setElapsed(0);
    const started = Date.now();
    const timer = window.setInterval(() => setElapsed(Math.floor((Date.now() - started) / 1000)), 500);
    return () => window.clearInterval(timer);
  }, [run.isPending]);

  // The form starts afresh each time it opens.
  // biome-ignore lint/correctness/useExhaustiveDependencies: resets the form when it opens.
  useEffect(() => {
    if (opened) {
      setName('');
      setUnitId(null);
      setAsOf(today());
      run.reset();
    }
  }, [opened]);

  const unit = unitId ? units.tree.find((u) => String(u.id) === unitId) : undefined;

  return (
    <Modal
      opened={opened}
      onClose={() => !run.isPending && onClose()}
      title={t('audit.run.title')}
      size="lg"
      closeOnClickOutside={!run.isPending}
      closeOnEscape={!run.isPending}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          run.mutate({
            ...(name.trim() ? { name: name.trim() } : {}),
            unitId: unitId ? Number(unitId) : null,
            ...(asOf ? { asOf } : {}),
          });
        }}
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('audit.run.intro')}
          </Text>
          <TextInput
            label={t('audit.run.name')}
            description={t('audit.run.nameHelp')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            maxLength={200}
            disabled={run.isPending}
            name="name"
          />
          <UnitSelect
            label={t('audit.run.scope')}
            description={t('audit.run.scopeHelp')}
            placeholder={units.everywhere ? t('audit.run.wholeOrganisation') : undefined}
            tree={units.tree}
            value={unitId}
            onChange={setUnitId}
            clearable={units.everywhere}
            disabled={run.isPending}
            name="unit"
          />
          <DateField
            label={t('audit.run.asOf')}
            description={t('audit.run.asOfHelp')}
            value={asOf}
            onChange={setAsOf}
            disabled={run.isPending}
            name="asOf"
          />
          {run.isPending && (
            <Paper withBorder p="md" bg="var(--mantine-color-vigie-0)" aria-live="polite">
              <Text size="sm" fw={600}>
                {t('audit.run.running', { scope: unit?.name ?? t('audit.list.wholeOrganisation') })}
              </Text>
              <Progress value={100} animated striped mt="sm" aria-label={t('audit.run.progress')} />
              <Text size="xs" c="dimmed" mt={6}>
                {t('audit.run.elapsed', { value: elapsed })}
              </Text>
            </Paper>
          )}
          {run.isError && (
            <Text size="sm" c="red.8" role="alert">
              {message(run.error)}
              {run.error instanceof ApiError &&
                run.error.issues.map((i) => ` ${i.field ? `${i.field}: ` : ''}${i.message}`).join(' ')}
            </Text>
          )}
          <FormButtons
            onCancel={onClose}
            cancelDisabled={run.isPending}
            loading={run.isPending}
            // The whole organisation is only for those who act everywhere: the others choose a unit.
            disabled={!units.everywhere && !unitId}
            leftSection={<IconPlayerPlay size={16} />}
          >
            {t('audit.run.submit')}
          </FormButtons>
        </Stack>
      </form>
    </Modal>
  );
}

function EmptyAudits({ onRun }: { onRun: () => void }) {
  const { t } = useTranslation();
  const canRun = useCan('audit.run');
  return (
    <Paper withBorder p="xl" ta="center">
      <Stack align="center" gap="sm">
        <ThemeIcon size={48} radius="xl" variant="light">
          <IconClipboardCheck size={26} />
        </ThemeIcon>
        <Title order={3}>{t('audit.list.emptyTitle')}</Title>
        <Text c="dimmed" maw={620}>
          {t('audit.list.emptyText')}
        </Text>
        {canRun && (
          <Button onClick={onRun} leftSection={<IconPlayerPlay size={16} />} mt="xs">
            {t('audit.run.open')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}

export function AuditsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const actorLabel = useActorLabel();
  const audits = useAudits();
  const [runOpen, setRunOpen] = useState(false);
  const canRun = useCan('audit.run');
  const canSettings = useCan('audit.settings');
  useDocumentTitle(t('nav.audits'));
  const rows = useMemo(
    () => [...(audits.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    [audits.data],
  );

  return (
    <>
      <PageHeader
        title={t('audit.list.title')}
        description={t('audit.list.description')}
        actions={
          <>
            {canSettings && (
              <Button
                component={Link}
                to="/audit-settings"
                variant="default"
                leftSection={<IconAdjustments size={16} />}
              >
                {t('audit.list.settings')}
              </Button>
            )}
            {canRun && (
              <Button leftSection={<IconPlayerPlay size={16} />} onClick={() => setRunOpen(true)}>
                {t('audit.run.open')}
              </Button>
            )}
          </>
        }
      />
      {audits.isPending ? (
        <Loading />
      ) : audits.isError ? (
        <QueryError error={audits.error} onRetry={() => void audits.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyAudits onRun={() => setRunOpen(true)} />
      ) : (
        <Card padding={0}>
          <Table.ScrollContainer minWidth={1000}>
            <Table highlightOnHover horizontalSpacing="md" verticalSpacing="sm" data-testid="audits-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('audit.list.name')}</Table.Th>
                  <Table.Th>{t('audit.list.scope')}</Table.Th>
                  <Table.Th>{t('audit.list.asOf')}</Table.Th>
                  <Table.Th ta="right">{t('audit.list.presences')}</Table.Th>
                  <Table.Th w={130}>{t('audit.list.decided')}</Table.Th>
                  <Table.Th>{t('audit.list.kept')}</Table.Th>
                  <Table.Th w={130}>{t('audit.list.tasks')}</Table.Th>
                  <Table.Th w={120}>{t('audit.list.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((a) => (
                  <Table.Tr key={a.id} className="vigie-row" onClick={() => navigate(`/audits/${a.id}`)}>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={`/audits/${a.id}`}
                        fw={600}
                        size="sm"
                        c="dark"
                        onClick={(e) => e.stopPropagation()}
                      >
                        {a.name}
                      </Anchor>
                      <Text
                        size="xs"
                        c="dimmed"
                        title={a.createdByName ? t('names.login', { login: a.createdBy }) : undefined}
                      >
                        {t('audit.list.ranBy', {
                          date: f.dateTime(a.createdAt),
                          actor: a.createdByName ?? actorLabel(a.createdBy),
                        })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{a.unit ?? t('audit.list.wholeOrganisation')}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{f.date(a.asOf)}</Text>
                    </Table.Td>
                    <Table.Td className="vigie-num">{f.number(a.presences)}</Table.Td>
                    <Table.Td>
                      <Ratio done={a.decided} total={a.presences} />
                    </Table.Td>
                    <Table.Td>
                      <BeforeAfter before={a.presences} after={a.kept} size="sm" />
                    </Table.Td>
                    <Table.Td>
                      {a.tasks.total > 0 ? (
                        <Ratio done={a.tasks.done} total={a.tasks.total} />
                      ) : (
                        <Text size="xs" c="dimmed">
                          {t('audit.list.noTasks')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <AuditStatusBadge audit={a} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      <RunAuditModal opened={runOpen} onClose={() => setRunOpen(false)} />
    </>
  );
}
