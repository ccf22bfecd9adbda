// The import's plan: how many presences it would create, update, leave, merge or refuse, the units and
// people it would create (each with the closest one the registry knows, so a near-duplicate shows),
// and every change row by row.
import { Badge, Box, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useFormat } from '../../app/format';
import { CardTitle, Figure } from '../../app/ui';
import { useTranslation } from '../../i18n/useTranslation';
import { useCandidateLabel } from '../ImportValues';
import type { InventoryPreview, MatchCandidate } from '../inventory';
import { PlannedChanges } from './PlannedChanges';

/** What the import would create, as badges, each with the closest one known when one is close. */
function Created({
  title,
  items,
  color,
  testId,
}: {
  title: string;
  items: { name: string; detail?: string; closest: MatchCandidate | null }[];
  color: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const label = useCandidateLabel();
  return (
    <Box data-testid={testId}>
      <Text size="sm" fw={600} mb={6}>
        {title}
      </Text>
      <Stack gap={4}>
        {items.map((n) => (
          <Group key={`${n.name}-${n.detail ?? ''}`} gap={6} wrap="nowrap">
            <Badge variant="light" color={color} tt="none">
              {n.detail ? `${n.name} <${n.detail}>` : n.name}
            </Badge>
            {n.closest && (
              <Text size="xs" c="orange.8">
                {t('import.match.closest', { name: label(n.closest) })}
              </Text>
            )}
          </Group>
        ))}
      </Stack>
    </Box>
  );
}

export function ImportPlan({ plan }: { plan: InventoryPreview['plan'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Card data-testid="plan">
      <CardTitle title={t('import.planTitle')} hint={t('import.planHint')} />
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" mb="md">
        <Figure
          label={t('import.created')}
          value={f.number(plan.create)}
          color="teal.8"
          testId="plan-create"
        />
        <Figure
          label={t('import.updated')}
          value={f.number(plan.update)}
          color="vigie.8"
          testId="plan-update"
        />
        <Figure label={t('import.unchanged')} value={f.number(plan.unchanged)} color="gray.7" />
        <Figure
          label={t('import.merged')}
          value={f.number(plan.merged)}
          color="violet.8"
          testId="plan-merged"
        />
        <Figure
          label={t('import.rejected')}
          value={f.number(plan.rejected)}
          color={plan.rejected > 0 ? 'red.8' : 'gray.7'}
          testId="plan-rejected"
        />
      </SimpleGrid>
      {(plan.newUnits.length > 0 || plan.newPeople.length > 0) && (
        <SimpleGrid cols={{ base: 1, md: 2 }} mb="md">
          <Created
            title={t('import.newUnits', {
              count: plan.newUnits.length,
              value: f.number(plan.newUnits.length),
            })}
            items={plan.unitsToCreate}
            color="vigie"
            testId="new-units"
          />
          <Created
            title={t('import.newPeople', {
              count: plan.newPeople.length,
              value: f.number(plan.newPeople.length),
            })}
            items={plan.peopleToCreate.map((p) => ({ ...p, detail: p.email ?? undefined }))}
            color="grape"
            testId="new-people"
          />
        </SimpleGrid>
      )}
      <PlannedChanges changes={plan.changes} total={plan.create + plan.update + plan.unchanged} />
    </Card>
  );
}
