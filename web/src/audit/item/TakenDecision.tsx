// A decision taken: what, into which presence, why, by whom and when; the tasks it just added to the
// plan, once; and, for those who decide, the ways to change it or take it back.
import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconCheck, IconCornerDownRight, IconPencil } from '@tabler/icons-react';
import type { Audit, AuditItem } from '../../../../src/audit/model';
import { useFormat } from '../../app/format';
import { useActorLabel, useNotify } from '../../app/ui';
import { useTranslation } from '../../i18n/useTranslation';
import { useCan } from '../../trust/session';
import { DecisionBadge } from '../bits';
import { presenceName } from '../names';
import { useUndoDecision } from '../queries';

export function TakenDecision({
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
          <Text size="xs" c="dimmed" title={d.byName ? t('names.login', { login: d.by }) : undefined}>
            {t('audit.decide.by', { actor: d.byName ?? actorLabel(d.by), date: f.dateTime(d.at) })}
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
