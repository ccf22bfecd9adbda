// Deciding what becomes of a presence: the decision (the recommended one first), the presence a closing
// one points its audience to, the reason, and who answers for it from now on. Saving adds the tasks
// the decision calls for to the action plan. From the keyboard: A sets the form to the recommendation
// (an empty reason gets the recommendation's own words, in the field, seen before anything is sent);
// A on the recommendation with its reason records it and opens the next presence; Ctrl+Enter in the
// reason records the decision as the form stands and opens the next one.
import { Alert, Box, Button, Group, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { getHotkeyHandler, useHotkeys } from '@mantine/hooks';
import { IconAlertTriangle, IconGavel, IconSparkles } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Audit, AuditItem, Decision } from '../../../../src/audit/model';
import { ApiError } from '../../app/api';
import { useFormat } from '../../app/format';
import { ErrorAlert } from '../../app/forms';
import { useNotify } from '../../app/ui';
import { useTranslation } from '../../i18n/useTranslation';
import { useFieldLabel } from '../../registry/History';
import { useActivePeopleOptions, useCustodianChoice } from '../../registry/people';
import { usePlatformDirectory } from '../../registry/platforms';
import { usePresence } from '../../registry/queries';
import { StaleChanges } from '../../registry/StaleEdit';
import { UnitSelect, useUnitChoices } from '../../registry/UnitSelect';
import { DECISIONS, ENDING_DECISIONS, INTO_DECISIONS, STATUS_AFTER } from '../meta';
import { presenceName } from '../names';
import { type DecideBody, useDecide } from '../queries';
import { auditNameOf, useAuditText } from '../text';
import { acceptKeyStep, reasonIsEnough } from './accept-key';
import { modKeyLabel } from './KeyHints';

/** The presences a closing one can point its audience to: the audit's others, the kept ones first. */
function useIntoOptions(audit: Audit, self: number) {
  const directory = usePlatformDirectory();
  const { t } = useTranslation();
  return useMemo(() => {
    // A removed presence is no target either: the server refuses it as one being closed.
    const keep = (i: AuditItem) =>
      !ENDING_DECISIONS.includes(i.decision?.decision ?? i.recommendation.decision);
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

export function DecideForm({
  audit,
  item,
  onDone,
  onCancel,
  onAdvance,
}: {
  audit: Audit;
  item: AuditItem;
  onDone: (tasks: number) => void;
  onCancel?: () => void;
  /** Opens the next presence of the rows shown (none: this is the last one). */
  onAdvance?: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const notify = useNotify();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const text = useAuditText();
  const fieldLabel = useFieldLabel();
  const presence = usePresence(item.presenceId);
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
  /** The reason was filled in by the A key: the reader checks it before it is sent. */
  const [filled, setFilled] = useState(false);
  const decide = useDecide(audit.id, item.presenceId);
  // Only the units the decision may move the presence to (the server refuses the others anyway).
  const units = useUnitChoices('audit.run', p?.unitId ?? null);

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
  const reasonOk = reasonIsEnough(reason);
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
      out.version = p.version;
    }
    return out;
  };

  // Within what the field and the server take (2000 characters).
  const recommendationReasons = () =>
    (
      item.recommendation.reasons.map((r) => text.reason(r, nameOf)).join(' ') ||
      t('audit.decide.acceptedReason')
    ).slice(0, 2000);

  /** Records the decision; `advance`: then opens the next presence (the one next now, before the list changes). */
  const save = (advance: boolean) => {
    if (!reasonOk || !intoOk || decide.isPending) return;
    const next = advance ? onAdvance : undefined;
    const name = presenceName(item.presence);
    decide.mutate(body(), {
      onSuccess: (res) => {
        const n = res.tasks.length;
        onDone(n);
        if (!next) return;
        notify.success(t('audit.decide.doneNamed', { count: n, value: f.number(n), name }));
        next();
      },
    });
  };

  /** The A key: the recommendation as it stands is recorded at once; otherwise the form is set to it first. */
  const acceptRecommendation = (e: KeyboardEvent) => {
    e.preventDefault();
    if (decide.isPending) return;
    const recommended = item.recommendation;
    const formInto = INTO_DECISIONS.includes(decision) && into ? Number(into) : null;
    const step = acceptKeyStep({ decision, into: formInto, reason }, recommended);
    if (step === 'send') {
      save(true);
      return;
    }
    setDecision(recommended.decision);
    setInto(idOf(recommended.into));
    // Never sent unseen: the words go into the field, in view, and a second A (or Ctrl+Enter in the
    // field) sends them. The focus stays out of the field, so that the second A is not typed into it.
    if (step === 'fill') {
      setReason(recommendationReasons());
      setFilled(true);
    }
    window.setTimeout(() => reasonRef.current?.scrollIntoView({ block: 'center', behavior: 'smooth' }));
  };
  useHotkeys([['a', acceptRecommendation, { preventDefault: false }]]);

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save(false);
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
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setFilled(false);
            }}
            onKeyDown={getHotkeyHandler([['mod+Enter', () => save(true)]])}
            ref={reasonRef}
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
              onClick={() => setReason(recommendationReasons())}
            >
              {t('audit.decide.useReasons')}
            </Button>
          )}
          {filled && (
            <Text size="xs" c="vigie.8" mt={4} role="status" data-testid="decide-filled">
              {t('audit.decide.checkReason', { keys: `${modKeyLabel()}+Enter` })}
            </Text>
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
              description={units.hint}
              tree={units.tree}
              value={unit}
              onChange={setUnit}
              clearable={units.everywhere}
              disabled={!p}
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

        {decide.error instanceof ApiError && decide.error.code === 'presence.stale' ? (
          // Someone changed the presence meanwhile: what changed; the drawer has read it again, and
          // the decision, reason kept, is one click away.
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title={t('audit.decide.stale')}
            role="alert"
            data-testid="decide-stale"
          >
            <Stack gap="xs">
              <StaleChanges error={decide.error} />
              <Text size="sm">{t('audit.decide.staleNext')}</Text>
            </Stack>
          </Alert>
        ) : (
          decide.isError && (
            <ErrorAlert
              error={decide.error}
              title={
                decide.error instanceof ApiError && decide.error.status === 409
                  ? t('audit.decide.conflict')
                  : undefined
              }
              fieldLabel={fieldLabel}
            />
          )
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
