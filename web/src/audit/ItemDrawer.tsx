// One presence's review: every fact with where it comes from, the findings in sentences, the decision
// recommended with its reasons, and the decision itself (accepted or changed, with a reason, and who
// answers for the presence from now on). A presence the organisation invests in gets its KPIs here.
import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Divider,
  Drawer,
  Group,
  List,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  ThemeIcon,
  Title,
  Tooltip,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconCheck,
  IconChevronLeft,
  IconChevronRight,
  IconCornerDownRight,
  IconExternalLink,
  IconGavel,
  IconInfoCircle,
  IconPencil,
  IconSparkles,
} from '@tabler/icons-react';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Audit, AuditFacts, AuditItem, Decision, Evidence } from '../../../src/audit/model';
import type { PresenceStatus } from '../../../src/registry/model';
import { ApiError } from '../app/api';
import { useFormat } from '../app/format';
import { Dash, useActorLabel, useErrorMessage, useNotify } from '../app/ui';
import { StatusBadge } from '../registry/bits';
import { useFieldLabel } from '../registry/History';
import { isStatus } from '../registry/meta';
import { useActivePeopleOptions, useCustodianChoice } from '../registry/people';
import { PlatformIcon, PlatformLabel, usePlatformDirectory } from '../registry/platforms';
import { usePresence, useUnits } from '../registry/queries';
import { UnitSelect } from '../registry/UnitSelect';
import { unitTree } from '../registry/units';
import { useCan } from '../trust/session';
import { DecisionBadge, presenceName, sortFindings, TrendArrow } from './bits';
import { KpiEditor } from './KpiEditor';
import { DECISIONS, INTO_DECISIONS, SEVERITY_COLOR, STATUS_AFTER } from './meta';
import { type DecideBody, useDecide, useUndoDecision } from './queries';
import { auditNameOf, useAuditText } from './text';

function Section({
  title,
  hint,
  children,
  id,
}: {
  title: string;
  hint?: string;
  children: ReactNode;
  id?: string;
}) {
  return (
    <Box id={id}>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" style={{ letterSpacing: '0.05em' }}>
        {title}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed" mt={2}>
          {hint}
        </Text>
      )}
      <Box mt="sm">{children}</Box>
    </Box>
  );
}

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

function FactsTable({
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
        facts.daysSinceActivity.value === null
          ? t('audit.facts.never')
          : t('audit.facts.daysValue', {
              count: facts.daysSinceActivity.value,
              value: f.number(facts.daysSinceActivity.value),
            }),
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

/** The presences a closing one can point its audience to: the audit's others, the kept ones first. */
function useIntoOptions(audit: Audit, self: number) {
  const directory = usePlatformDirectory();
  const { t } = useTranslation();
  return useMemo(() => {
    const keep = (i: AuditItem) =>
      !INTO_DECISIONS.includes(i.decision?.decision ?? i.recommendation.decision);
    const others = audit.items.filter((i) => i.presenceId !== self);
    const option = (i: AuditItem) => ({
      value: String(i.presenceId),
      label: `${presenceName(i.presence)} · ${directory.name(i.presence.platform)}${i.presence.unit ? ` · ${i.presence.unit}` : ''}`,
    });
    return [
      { group: t('audit.decide.intoKept'), items: others.filter(keep).map(option) },
      { group: t('audit.decide.intoClosing'), items: others.filter((i) => !keep(i)).map(option) },
    ].filter((g) => g.items.length > 0);
  }, [audit.items, self, directory, t]);
}

const idOf = (v: number | null | undefined) => (v === null || v === undefined ? null : String(v));

function DecideForm({
  audit,
  item,
  onDone,
  onCancel,
}: {
  audit: Audit;
  item: AuditItem;
  onDone: (tasks: number) => void;
  onCancel?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const text = useAuditText();
  const message = useErrorMessage();
  const fieldLabel = useFieldLabel();
  const presence = usePresence(item.presenceId);
  const units = useUnits();
  const tree = useMemo(() => unitTree(units.data ?? [], i18n.language), [units.data, i18n.language]);
  const p = presence.data;
  const peopleOptions = useActivePeopleOptions([p?.ownerId, p?.deputyId, p?.custodianId]);
  const custodianChoice = useCustodianChoice(
    { presenceId: p?.id ?? null, unitId: p?.unitId ?? null },
    p?.custodianId,
  );
  const intoOptions = useIntoOptions(audit, item.presenceId);
  const nameOf = useMemo(() => auditNameOf(audit), [audit]);
  const start = item.decision ?? item.recommendation;
  const [decision, setDecision] = useState<Decision>(start.decision);
  const [into, setInto] = useState<string | null>(idOf(start.into));
  const [reason, setReason] = useState(item.decision?.reason ?? '');
  const [owner, setOwner] = useState<string | null>(null);
  const [deputy, setDeputy] = useState<string | null>(null);
  const [custodian, setCustodian] = useState<string | null>(null);
  const [unit, setUnit] = useState<string | null>(null);
  const decide = useDecide(audit.id, item.presenceId);

  // Who answers for the presence today, once it is known.
  useEffect(() => {
    if (!p) return;
    setOwner(idOf(p.ownerId));
    setDeputy(idOf(p.deputyId));
    setCustodian(idOf(p.custodianId));
    setUnit(idOf(p.unitId));
  }, [p]);

  const needsInto = INTO_DECISIONS.includes(decision);
  const followsRecommendation = decision === item.recommendation.decision;
  const reasonOk = reason.trim().length >= 3;
  const intoOk = !needsInto || decision !== 'merge' || into !== null;
  const after = STATUS_AFTER[decision];

  const body = (): DecideBody => {
    const out: DecideBody = {
      decision,
      into: needsInto && into ? Number(into) : null,
      reason: reason.trim(),
    };
    if (p) {
      const num = (v: string | null) => (v === null ? null : Number(v));
      if (owner !== idOf(p.ownerId)) out.ownerId = num(owner);
      if (deputy !== idOf(p.deputyId)) out.deputyId = num(deputy);
      if (custodian !== idOf(p.custodianId)) out.custodianId = num(custodian);
      if (unit !== idOf(p.unitId)) out.unitId = num(unit);
    }
    return out;
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!reasonOk || !intoOk) return;
        decide.mutate(body(), { onSuccess: (res) => onDone(res.tasks.length) });
      }}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: needsInto ? 2 : 1 }} spacing="md">
          <Select
            label={t('audit.decide.decision')}
            data={DECISIONS.map((d) => ({
              value: d,
              label:
                d === item.recommendation.decision
                  ? t('audit.decide.recommended', { decision: text.decision(d) })
                  : text.decision(d),
            }))}
            value={decision}
            onChange={(v) => {
              if (!v) return;
              setDecision(v as Decision);
              if (v === item.recommendation.decision) setInto(idOf(item.recommendation.into));
            }}
            allowDeselect={false}
            renderOption={({ option }) => (
              <Box>
                <Text size="sm" fw={option.value === item.recommendation.decision ? 600 : undefined}>
                  {option.label}
                </Text>
                <Text size="xs" c="dimmed">
                  {text.decisionHint(option.value)}
                </Text>
              </Box>
            )}
            description={text.decisionHint(decision)}
            name="decision"
            data-testid="decide-decision"
          />
          {needsInto && (
            <Select
              label={t('audit.decide.into')}
              description={t(
                decision === 'merge' ? 'audit.decide.intoMergeHelp' : 'audit.decide.intoRedirectHelp',
              )}
              data={intoOptions}
              value={into}
              onChange={setInto}
              searchable
              clearable={decision !== 'merge'}
              placeholder={t('audit.decide.intoPlaceholder')}
              nothingFoundMessage={t('common.nothingFound')}
              limit={200}
              error={decision === 'merge' && into === null ? t('audit.decide.intoRequired') : undefined}
              name="into"
              data-testid="decide-into"
            />
          )}
        </SimpleGrid>

        <Box>
          <Textarea
            label={t('audit.decide.reason')}
            description={
              followsRecommendation ? t('audit.decide.reasonHelpAccept') : t('audit.decide.reasonHelpChange')
            }
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            autosize
            minRows={2}
            maxRows={8}
            maxLength={2000}
            required
            error={reason.length > 0 && !reasonOk ? t('audit.decide.reasonShort') : undefined}
            name="reason"
            data-testid="decide-reason"
          />
          {followsRecommendation && item.recommendation.reasons.length > 0 && (
            <Button
              variant="subtle"
              size="compact-xs"
              mt={4}
              leftSection={<IconSparkles size={13} />}
              onClick={() =>
                setReason(item.recommendation.reasons.map((r) => text.reason(r, nameOf)).join(' '))
              }
            >
              {t('audit.decide.useReasons')}
            </Button>
          )}
        </Box>

        <Box>
          <Text size="sm" fw={500}>
            {t('audit.decide.responsibilities')}
          </Text>
          <Text size="xs" c="dimmed" mb={6}>
            {t('audit.decide.responsibilitiesHelp')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('field.owner')}
              data={peopleOptions}
              value={owner}
              onChange={setOwner}
              searchable
              clearable
              disabled={!p}
              nothingFoundMessage={t('common.nothingFound')}
              placeholder={t('presence.noOne')}
              name="owner"
            />
            <Select
              label={t('field.deputy')}
              data={peopleOptions}
              value={deputy}
              onChange={setDeputy}
              searchable
              clearable
              disabled={!p}
              nothingFoundMessage={t('common.nothingFound')}
              placeholder={t('presence.noOne')}
              name="deputy"
            />
            <Select
              label={t('field.custodian')}
              description={custodianChoice.canAssign ? undefined : custodianChoice.help}
              data={custodianChoice.options}
              value={custodian}
              onChange={setCustodian}
              searchable
              clearable
              disabled={!p || !custodianChoice.canAssign}
              nothingFoundMessage={t('common.nothingFound')}
              placeholder={t('presence.noOne')}
              name="custodian"
            />
            <UnitSelect
              label={t('field.unit')}
              tree={tree}
              value={unit}
              onChange={setUnit}
              searchable
              clearable
              disabled={!p}
              nothingFoundMessage={t('common.nothingFound')}
              placeholder={t('presence.noUnit')}
              name="unit"
            />
          </SimpleGrid>
        </Box>

        {after && (
          <Text size="xs" c="dimmed">
            {t('audit.decide.statusAfter', { status: t(`status.${after}`) })}
          </Text>
        )}

        {decide.isError && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title={
              decide.error instanceof ApiError && decide.error.status === 409
                ? t('audit.decide.conflict')
                : undefined
            }
            role="alert"
          >
            <Text size="sm">{message(decide.error)}</Text>
            {decide.error instanceof ApiError && decide.error.issues.length > 0 && (
              <List size="sm" mt={4}>
                {decide.error.issues.map((i) => (
                  <List.Item key={`${i.field}-${i.code}-${i.message}`}>
                    {i.field ? `${fieldLabel(i.field)} · ` : ''}
                    {i.message}
                  </List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}

        <Group justify="flex-end" gap="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          <Button
            type="submit"
            leftSection={<IconGavel size={16} />}
            loading={decide.isPending}
            disabled={!reasonOk || !intoOk}
            data-testid="decide-submit"
          >
            {followsRecommendation ? t('audit.decide.accept') : t('audit.decide.change')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function TakenDecision({
  audit,
  item,
  onChange,
  added,
}: {
  audit: Audit;
  item: AuditItem;
  onChange: () => void;
  /** Tasks the decision just added to the plan, said once after deciding. */
  added: number | null;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const notify = useNotify();
  const actorLabel = useActorLabel();
  const undo = useUndoDecision(audit.id, item.presenceId);
  const canDecide = useCan('audit.run');
  const d = item.decision;
  if (!d) return null;
  const into = d.into ? audit.items.find((i) => i.presenceId === d.into) : undefined;
  return (
    <Paper withBorder p="md" bg="var(--mantine-color-gray-0)" data-testid="taken-decision">
      {added !== null && (
        <Alert color="teal" variant="light" icon={<IconCheck size={16} />} mb="sm" p="xs" role="status">
          <Text size="sm">{t('audit.decide.done', { count: added, value: f.number(added) })}</Text>
        </Alert>
      )}
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={6} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <DecisionBadge decision={d.decision} variant="filled" size="md" />
            {d.decision !== item.recommendation.decision && (
              <Badge variant="outline" color="orange" size="sm" tt="none">
                {t('audit.review.changed')}
              </Badge>
            )}
          </Group>
          {into && (
            <Group gap={4} wrap="nowrap">
              <IconCornerDownRight size={14} color="var(--mantine-color-gray-6)" />
              <Text size="sm">{presenceName(into.presence)}</Text>
            </Group>
          )}
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            “{d.reason}”
          </Text>
          <Text size="xs" c="dimmed">
            {t('audit.decide.by', { actor: actorLabel(d.by), date: f.dateTime(d.at) })}
          </Text>
        </Stack>
        {canDecide && (
          <Stack gap={6} style={{ flex: 'none' }}>
            <Button size="xs" variant="default" leftSection={<IconPencil size={14} />} onClick={onChange}>
              {t('audit.decide.changeTaken')}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              leftSection={<IconArrowBackUp size={14} />}
              loading={undo.isPending}
              onClick={() =>
                undo.mutate(undefined, {
                  onSuccess: () => notify.success(t('audit.decide.undone')),
                  onError: (err) => notify.error(err),
                })
              }
              data-testid="decide-undo"
            >
              {t('audit.decide.undo')}
            </Button>
          </Stack>
        )}
      </Group>
      {canDecide && (
        <Text size="xs" c="dimmed" mt="sm">
          {t('audit.decide.undoHelp')}
        </Text>
      )}
    </Paper>
  );
}

export function ItemDrawer({
  audit,
  item,
  position,
  onClose,
  onOpen,
  onPrevious,
  onNext,
}: {
  audit: Audit;
  item: AuditItem | null;
  /** "12 of 57" in the rows shown. */
  position: { index: number; total: number } | null;
  onClose: () => void;
  onOpen: (presenceId: number) => void;
  onPrevious?: () => void;
  onNext?: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const text = useAuditText();
  const nameOf = useMemo(() => auditNameOf(audit), [audit]);
  const [editing, setEditing] = useState(false);
  const [added, setAdded] = useState<number | null>(null);
  const canDecide = useCan('audit.run');
  const top = useRef<HTMLDivElement>(null);
  const presenceId = item?.presenceId ?? 0;
  const scrollTop = () => top.current?.closest('.mantine-Drawer-content')?.scrollTo({ top: 0 });

  // A new presence starts at the top, on its decision as it stands.
  // biome-ignore lint/correctness/useExhaustiveDependencies: resets when another presence opens.
  useEffect(() => {
    setEditing(false);
    setAdded(null);
    scrollTop();
  }, [presenceId]);

  const p = item?.presence;
  const status = p && isStatus(p.status) ? (p.status as PresenceStatus) : null;
  const into = item?.recommendation.into
    ? audit.items.find((i) => i.presenceId === item.recommendation.into)
    : undefined;
  const invest = item?.decision?.decision === 'invest';

  return (
    <Drawer
      opened={item !== null}
      onClose={onClose}
      position="right"
      size={820}
      padding="lg"
      title={
        p ? (
          <Group gap="sm" wrap="nowrap">
            <PlatformIcon id={p.platform} size={30} />
            <Box style={{ minWidth: 0 }}>
              <Title order={3} fz="lg" lineClamp={1}>
                {presenceName(p)}
              </Title>
              <Text size="xs" c="dimmed" truncate>
                {[p.handle ? `@${p.handle.replace(/^@/, '')}` : null, p.unit ?? t('presence.noUnit')]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </Box>
          </Group>
        ) : null
      }
      styles={{ title: { flex: 1, minWidth: 0 } }}
      data-testid="item-drawer"
    >
      {item && p && (
        <Stack gap="lg" ref={top}>
          <Group justify="space-between" gap="sm">
            <Group gap="sm">
              <PlatformLabel id={p.platform} size={18} />
              {status && <StatusBadge status={status} />}
              <Anchor component={Link} to={`/presences/${item.presenceId}`} size="sm">
                {t('audit.item.openPresence')}
              </Anchor>
              <Anchor href={p.url} target="_blank" rel="noopener noreferrer" size="sm">
                <Group gap={3} wrap="nowrap">
                  {t('presence.open')}
                  <IconExternalLink size={13} />
                </Group>
              </Anchor>
            </Group>
            {position && (
              <Group gap={4}>
                <Text size="xs" c="dimmed">
                  {t('audit.item.position', {
                    index: f.number(position.index + 1),
                    total: f.number(position.total),
                  })}
                </Text>
                <Tooltip label={t('audit.item.previous')}>
                  <Button
                    variant="default"
                    size="compact-sm"
                    onClick={onPrevious}
                    disabled={!onPrevious}
                    aria-label={t('audit.item.previous')}
                  >
                    <IconChevronLeft size={16} />
                  </Button>
                </Tooltip>
                <Tooltip label={t('audit.item.next')}>
                  <Button
                    variant="default"
                    size="compact-sm"
                    onClick={onNext}
                    disabled={!onNext}
                    aria-label={t('audit.item.next')}
                    data-testid="drawer-next"
                  >
                    <IconChevronRight size={16} />
                  </Button>
                </Tooltip>
              </Group>
            )}
          </Group>

          <Paper
            withBorder
            p="md"
            style={{
              borderLeft: `4px solid var(--mantine-color-${item.recommendation.decision === 'invest' ? 'teal' : 'vigie'}-6)`,
            }}
          >
            <Group gap="xs" mb="xs">
              <ThemeIcon variant="light" size="sm" radius="xl">
                <IconInfoCircle size={14} />
              </ThemeIcon>
              <Text size="sm" fw={600}>
                {t('audit.item.recommended')}
              </Text>
              <DecisionBadge decision={item.recommendation.decision} size="md" />
              {into && (
                <Group gap={4} wrap="nowrap">
                  <IconCornerDownRight size={14} color="var(--mantine-color-gray-6)" />
                  <Anchor component="button" type="button" size="sm" onClick={() => onOpen(into.presenceId)}>
                    {presenceName(into.presence)}
                  </Anchor>
                </Group>
              )}
            </Group>
            {item.recommendation.reasons.length > 0 ? (
              <List size="sm" spacing={4}>
                {item.recommendation.reasons.map((r, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: reasons have no identity of their own.
                  <List.Item key={`${r.code}-${i}`}>{text.reason(r, nameOf)}</List.Item>
                ))}
              </List>
            ) : (
              <Text size="sm" c="dimmed">
                {t('audit.item.noReason')}
              </Text>
            )}
          </Paper>

          <Section title={t('audit.item.decision')} id="decision">
            {item.decision && (!editing || !canDecide) ? (
              <TakenDecision
                audit={audit}
                item={item}
                onChange={() => {
                  setEditing(true);
                  setAdded(null);
                }}
                added={added}
              />
            ) : !canDecide ? (
              <Text size="sm" c="dimmed">
                {t('trust.readOnly.noDecision')}
              </Text>
            ) : (
              <DecideForm
                key={`${item.presenceId}-${item.decision?.at ?? 'new'}`}
                audit={audit}
                item={item}
                onCancel={item.decision ? () => setEditing(false) : undefined}
                onDone={(tasks) => {
                  setEditing(false);
                  setAdded(tasks);
                  scrollTop();
                }}
              />
            )}
          </Section>

          {invest && (
            <>
              <Divider />
              <Section title={t('audit.kpi.title')} hint={t('audit.kpi.hint')} id="kpis">
                <KpiEditor presenceId={item.presenceId} auditId={audit.id} />
              </Section>
            </>
          )}

          <Divider />
          <Section title={t('audit.item.findings')}>
            {item.findings.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('audit.review.noFinding')}
              </Text>
            ) : (
              <Stack gap={8}>
                {sortFindings(item.findings).map((fd) => (
                  <Group key={fd.code} gap="sm" wrap="nowrap" align="flex-start">
                    <Badge
                      color={SEVERITY_COLOR[fd.severity]}
                      variant={fd.severity === 'high' ? 'filled' : 'light'}
                      size="sm"
                      w={78}
                      style={{ flex: 'none' }}
                      tt="none"
                    >
                      {t(`audit.severity.${fd.severity}`)}
                    </Badge>
                    <Box style={{ minWidth: 0 }}>
                      <Text size="sm" fw={600}>
                        {text.findingTitle(fd.code)}
                      </Text>
                      <Text size="sm" c="dimmed">
                        {text.findingText(fd, item, audit)}
                      </Text>
                    </Box>
                  </Group>
                ))}
              </Stack>
            )}
          </Section>

          <Divider />
          <Section
            title={t('audit.item.facts')}
            hint={t('audit.item.factsHint', { date: f.date(audit.asOf) })}
          >
            <FactsTable item={item} audit={audit} onOpen={onOpen} />
          </Section>
        </Stack>
      )}
    </Drawer>
  );
}
