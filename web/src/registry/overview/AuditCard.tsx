// Beside the risks: which audit the arrows compare with, and the next step of the method (run the
// first audit, or go on with the one still to decide), as far as the reader's permissions go.
import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconArrowRight, IconChecklist, IconPlayerPlay } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { OverviewSince } from '../../../../src/registry/model';
import { useFormat } from '../../app/format';
import { useAudits } from '../../audit/queries';
import { useTranslation } from '../../i18n/useTranslation';
import { useCan } from '../../trust/session';
import { type NextStep, nextStep } from './nextStep';

function NextStepButton({ step }: { step: NextStep }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (step.kind === 'run') {
    return (
      <Button
        component={Link}
        to="/audits"
        size="xs"
        leftSection={<IconPlayerPlay size={14} />}
        data-testid="next-step"
      >
        {step.first ? t('overview.next.run') : t('overview.next.runAnother')}
      </Button>
    );
  }
  // A link rather than a button: the audit's name is long ("Audit of the organisation as of 7 December
  // 2026") and wraps.
  return (
    <Anchor
      component={Link}
      to={`/audits/${step.audit.id}`}
      size="xs"
      fw={600}
      lh={1.4}
      data-testid="next-step"
    >
      {t(`overview.next.${step.kind}`, {
        name: step.audit.name,
        count: step.undecided,
        value: f.number(step.undecided),
      })}
      <IconArrowRight size={14} style={{ verticalAlign: '-2px', marginLeft: 4 }} />
    </Anchor>
  );
}

function Body({
  since,
  step,
  readable,
}: {
  since: OverviewSince | null;
  step: NextStep | null;
  /** The audit compared with is one the reader may open. */
  readable: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!since && !step) return null;
  return (
    <Card py={8} px="sm" bg="var(--mantine-color-gray-0)" data-testid="audit-card">
      <Stack gap={6} align="flex-start">
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconChecklist
            size={16}
            stroke={1.7}
            color="var(--mantine-color-vigie-6)"
            style={{ flex: 'none', marginTop: 1 }}
          />
          {since ? (
            <Text size="xs" c="dimmed" lh={1.4} data-testid="since-caption">
              {t('overview.since.caption', { date: f.date(since.asOf) })}{' '}
              {/* The audit to continue is the one compared with, most often: its link says enough. */}
              {readable && !(step && step.kind !== 'run' && step.audit.id === since.auditId) && (
                <Anchor component={Link} to={`/audits/${since.auditId}`} size="xs" data-testid="since-audit">
                  {t('overview.since.seeAudit')}
                </Anchor>
              )}
            </Text>
          ) : (
            <Text size="xs" c="dimmed" lh={1.4}>
              {t('overview.next.none')}
            </Text>
          )}
        </Group>
        {step && <NextStepButton step={step} />}
      </Stack>
    </Card>
  );
}

/** Asks for the audits only when the reader may see them (audit.read). */
function WithAudits({ since, canRun }: { since: OverviewSince | null; canRun: boolean }) {
  const audits = useAudits();
  const step = nextStep(audits.data, { read: true, run: canRun }, since !== null);
  const readable = Boolean(since && audits.data?.some((a) => a.id === since.auditId));
  return <Body since={since} step={step} readable={readable} />;
}

export function AuditCard({ since }: { since: OverviewSince | null }) {
  const canRead = useCan('audit.read');
  const canRun = useCan('audit.run');
  if (canRead) return <WithAudits since={since} canRun={canRun} />;
  return <Body since={since} step={null} readable={false} />;
}
