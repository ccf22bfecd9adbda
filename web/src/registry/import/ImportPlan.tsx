// The import's plan: how many presences it would create, update, leave, merge or refuse, the units and
// people it would create, and every change row by row.
import { Badge, Box, Card, Group, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import { CardTitle, Figure } from '../../app/ui';
import type { InventoryPreview } from '../inventory';
import { PlannedChanges } from './PlannedChanges';

/** Names of what the import would create, as badges. */
function Created({ title, names, color }: { title: string; names: string[]; color: string }) {
  return (
    <Box>
      <Text size="sm" fw={600} mb={6}>
        {title}
      </Text>
      <Group gap={6}>
        {names.map((n) => (
          <Badge key={n} variant="light" color={color} tt="none">
            {n}
          </Badge>
        ))}
      </Group>
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
            names={plan.newUnits}
            color="vigie"
          />
          <Created
            title={t('import.newPeople', {
              count: plan.newPeople.length,
              value: f.number(plan.newPeople.length),
            })}
            names={plan.newPeople}
            color="grape"
          />
        </SimpleGrid>
      )}
      <PlannedChanges changes={plan.changes} total={plan.create + plan.update + plan.unchanged} />
    </Card>
  );
}
