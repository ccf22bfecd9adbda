// The facts an audit found for one presence, each with where it comes from (its posts, its figures,
// the registry, the platform catalogue); a fact past the organisation's threshold shows in red.
import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Audit, AuditFacts, AuditItem, Evidence } from '../../../../src/audit/model';
import { useFormat } from '../../app/format';
import { Dash } from '../../app/ui';
import { useTranslation } from '../../i18n/useTranslation';
import { useFieldLabel } from '../../registry/History';
import { usePlatformDirectory } from '../../registry/platforms';
import { TrendArrow } from '../bits';
import { presenceName } from '../names';

/** Where a fact comes from, in words. */
function EvidenceText({ evidence }: { evidence: Evidence }) {
  const { t } = useTranslation();
  const f = useFormat();
  const fieldLabel = useFieldLabel();
  const directory = usePlatformDirectory();
  let text: string;
  switch (evidence.source) {
    case 'posts':
      text =
        evidence.first && evidence.last
          ? t('audit.evidence.posts', {
              count: evidence.posts,
              value: f.number(evidence.posts),
              first: f.date(evidence.first),
              last: f.date(evidence.last),
            })
          : t('audit.evidence.postsNone');
      break;
    case 'metrics':
      text =
        evidence.first && evidence.last
          ? t('audit.evidence.metrics', {
              count: evidence.days,
              value: f.number(evidence.days),
              first: f.date(evidence.first),
              last: f.date(evidence.last),
            })
          : t('audit.evidence.metricsNone');
      break;
    case 'registry': {
      const raw = evidence.value;
      const value =
        raw === null || raw === ''
          ? t('history.empty')
          : typeof raw === 'number'
            ? f.number(raw)
            : /^\d{4}-\d{2}-\d{2}/.test(raw)
              ? f.date(raw)
              : raw;
      text = evidence.on
        ? t('audit.evidence.registryOn', {
            field: fieldLabel(evidence.field),
            value,
            on: f.date(evidence.on),
          })
        : t('audit.evidence.registry', { field: fieldLabel(evidence.field), value });
      break;
    }
    case 'catalogue':
      text = t('audit.evidence.catalogue', { platform: directory.name(evidence.platform) });
      break;
    default:
      text = t('audit.evidence.none');
  }
  return (
    <Text size="xs" c="dimmed">
      {text}
    </Text>
  );
}

export function FactsTable({
  item,
  audit,
  onOpen,
}: {
  item: AuditItem;
  audit: Audit;
  onOpen: (id: number) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const facts: AuditFacts = item.facts;
  const num = (v: number | null, digits = 1) =>
    v === null ? <Dash /> : f.number(Math.round(v * 10 ** digits) / 10 ** digits);
  const yesNo = (v: boolean | null) =>
    v === null ? t('audit.facts.notChecked') : v ? t('audit.facts.charterOk') : t('audit.facts.charterKo');
  const custody = facts.custody.value;
  const charter = facts.charter.value;
  const objective = facts.objective.value;

  // Rows of one fact (custody, charter) show its evidence once, on the first of them.
  const rows: { key: string; label: string; value: ReactNode; evidence?: Evidence; bad?: boolean }[] = [
    {
      key: 'days',
      label: t('audit.facts.daysSinceActivity'),
      value:
        facts.daysSinceActivity.value === null ? (
          t('audit.facts.never')
        ) : (
          <span title={f.days(facts.daysSinceActivity.value)}>
            {f.duration(facts.daysSinceActivity.value)}
          </span>
        ),
      evidence: facts.daysSinceActivity.evidence,
      bad: (facts.daysSinceActivity.value ?? 0) >= audit.settings.dormantDays,
    },
    {
      key: 'posts90',
      label: t('audit.facts.posts90'),
      value: num(facts.posts90.value, 0),
      evidence: facts.posts90.evidence,
      bad: facts.posts90.value !== null && facts.posts90.value < audit.settings.minPosts90,
    },
    {
      key: 'perWeek',
      label: t('audit.facts.postsPerWeek'),
      value: num(facts.postsPerWeek.value),
      evidence: facts.postsPerWeek.evidence,
    },
    {
      key: 'audience',
      label: t('audit.facts.audience'),
      value: num(facts.audience.value, 0),
      evidence: facts.audience.evidence,
    },
    {
      key: 'trend',
      label: t('audit.facts.audienceTrend'),
      value:
        facts.audienceTrend.value === null ? (
          <Dash />
        ) : (
          <Group gap={4} wrap="nowrap">
            <TrendArrow trend={facts.audienceTrend.value} />
            <span>
              {facts.audienceTrend.value > 0 ? '+' : facts.audienceTrend.value < 0 ? '−' : ''}
              {f.percent(Math.abs(facts.audienceTrend.value))}
            </span>
          </Group>
        ),
      evidence: facts.audienceTrend.evidence,
      bad: (facts.audienceTrend.value ?? 0) <= -audit.settings.decliningShare,
    },
    {
      key: 'perPost',
      label: t('audit.facts.engagementPerPost'),
      value: num(facts.engagementPerPost.value),
      evidence: facts.engagementPerPost.evidence,
      bad:
        facts.engagementPerPost.value !== null &&
        facts.engagementPerPost.value < audit.settings.minEngagementPerPost,
    },
    {
      key: 'reply',
      label: t('audit.facts.replyRate'),
      value: facts.replyRate.value === null ? <Dash /> : f.percent(facts.replyRate.value),
      evidence: facts.replyRate.evidence,
    },
    {
      key: 'owner',
      label: t('field.owner'),
      value:
        facts.owner.value === 'active'
          ? (item.presence.owner ?? t('audit.facts.ownerActive'))
          : t(`audit.facts.person.${facts.owner.value}`),
      evidence: facts.owner.evidence,
      bad: facts.owner.value !== 'active',
    },
    {
      key: 'custodian',
      label: t('field.custodian'),
      value: t(`audit.facts.person.${custody.custodian}`),
      evidence: facts.custody.evidence,
      bad: custody.custodian !== 'active',
    },
    {
      key: 'recovery',
      label: t('field.recoveryContact'),
      value: t(`recovery.${custody.recovery}`),
      bad: custody.recovery === 'personal',
    },
    {
      key: 'mfa',
      label: t('field.mfa'),
      value: t(`mfa.${custody.mfa}`),
      bad: custody.mfa === 'off',
    },
    {
      key: 'platform',
      label: t('audit.facts.platformAlive'),
      value: facts.platformAlive.value ? t('audit.facts.platformOpen') : t('audit.facts.platformClosed'),
      evidence: facts.platformAlive.evidence,
      bad: !facts.platformAlive.value,
    },
    {
      key: 'charterName',
      label: t('audit.facts.charterName'),
      value: yesNo(charter.name),
      evidence: facts.charter.evidence,
      bad: charter.name === false,
    },
    {
      key: 'charterLink',
      label: t('audit.facts.charterLink'),
      value: yesNo(charter.link),
      bad: charter.link === false,
    },
    {
      key: 'charterLanguage',
      label: t('audit.facts.charterLanguage'),
      value: yesNo(charter.language),
      bad: charter.language === false,
    },
    {
      key: 'overlaps',
      label: t('audit.facts.overlaps'),
      value:
        facts.overlaps.value.length === 0 ? (
          t('audit.facts.noOverlap')
        ) : (
          <Stack gap={2}>
            {facts.overlaps.value.map((id) => {
              const other = audit.items.find((i) => i.presenceId === id);
              return other ? (
                <Anchor
                  key={id}
                  component="button"
                  type="button"
                  size="sm"
                  ta="left"
                  onClick={() => onOpen(id)}
                >
                  {presenceName(other.presence)}
                </Anchor>
              ) : (
                <Anchor key={id} component={Link} to={`/presences/${id}`} size="sm">
                  #{id}
                </Anchor>
              );
            })}
          </Stack>
        ),
      evidence: facts.overlaps.evidence,
      bad: facts.overlaps.value.length > 0,
    },
    {
      key: 'objective',
      label: t('field.objective'),
      value: objective.text ? (
        <Stack gap={2}>
          <span>{objective.text}</span>
          {objective.kind && (
            <Badge size="xs" variant="light" color="gray" tt="none" w="fit-content">
              {t(`audit.objective.${objective.kind}`)}
            </Badge>
          )}
        </Stack>
      ) : (
        t('audit.facts.noObjective')
      ),
      evidence: facts.objective.evidence,
      bad: !objective.text,
    },
  ];

  return (
    <Table verticalSpacing={6} data-testid="facts-table" layout="fixed">
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key}>
            <Table.Td w={200} style={{ verticalAlign: 'top' }}>
              <Text size="sm" c="dimmed">
                {r.label}
              </Text>
            </Table.Td>
            <Table.Td style={{ verticalAlign: 'top' }}>
              <Text size="sm" fw={600} c={r.bad ? 'red.8' : undefined} component="div">
                {r.value}
              </Text>
              {r.evidence && <EvidenceText evidence={r.evidence} />}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
