// One presence's review: every fact with where it comes from, the findings in sentences, the decision
// recommended with its reasons, and the decision itself (accepted or changed, with a reason, and who
// answers for the presence from now on). A presence the organisation invests in gets its KPIs here.
// The facts, the form and the decision taken are their own parts (./item/). The keyboard walks the rows
// in the table's order (J/K or the arrows) and decides (./item/DecideForm, ./item/KeyHints).
import {
  Anchor,
  Badge,
  Box,
  Button,
  Divider,
  Drawer,
  Group,
  List,
  Paper,
  Stack,
  Text,
  ThemeIcon,
  Title,
  Tooltip,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import {
  IconChevronLeft,
  IconChevronRight,
  IconCornerDownRight,
  IconExternalLink,
  IconInfoCircle,
} from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Audit, AuditItem } from '../../../src/audit/model';
import type { PresenceStatus } from '../../../src/registry/model';
import { handleText, useFormat } from '../app/format';
import { Section } from '../app/ui';
import { useTranslation } from '../i18n/useTranslation';
import { StatusBadge } from '../registry/bits';
import { isStatus } from '../registry/meta';
import { PlatformIcon, PlatformLabel } from '../registry/platforms';
import { useCan } from '../trust/session';
import { DecisionBadge, sortFindings } from './bits';
import { DecideForm } from './item/DecideForm';
import { FactsTable } from './item/FactsTable';
import { KeyHints } from './item/KeyHints';
import { TakenDecision } from './item/TakenDecision';
import { KpiEditor } from './KpiEditor';
import { SEVERITY_COLOR } from './meta';
import { presenceName } from './names';
import { auditNameOf, useAuditText } from './text';

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
  // Outside text fields only (the hook leaves inputs, text areas and selects alone), and only while a
  // presence is open: the key keeps its own use (tabs, scrolling) everywhere else.
  const walk = (go?: () => void) => (e: KeyboardEvent) => {
    if (!item || !go) return;
    e.preventDefault();
    go();
  };
  const own = { preventDefault: false };
  useHotkeys([
    ['j', walk(onNext), own],
    ['ArrowRight', walk(onNext), own],
    ['k', walk(onPrevious), own],
    ['ArrowLeft', walk(onPrevious), own],
  ]);

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
  // The form is shown: A and Ctrl+Enter decide.
  const deciding = canDecide && item !== null && (!item.decision || editing);

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
                {[p.handle ? handleText(p.handle) : null, p.unit ?? t('presence.noUnit')]
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

          {position && <KeyHints deciding={deciding} />}

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
                onAdvance={onNext}
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
