// The presences on a phone: one card each, the platform, the name and the handle whole on their own
// lines, the unit, the status and the risks; a tap opens the presence. The table's rows read
// "Facebook / Ombreval…" at that width (issue 12). Selection and bulk edits stay on wider screens.
import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Presence } from '../../../../src/registry/model';
import { riskFactsOf, risksOf } from '../../../../src/registry/risks';
import { handleText } from '../../app/format';
import { useTranslation } from '../../i18n/useTranslation';
import { StatusBadge } from '../bits';
import { PlatformIcon, usePlatformDirectory } from '../platforms';

const WHOLE = { overflowWrap: 'anywhere' } as const;

function PresenceCard({ presence: p }: { presence: Presence }) {
  const { t } = useTranslation();
  const directory = usePlatformDirectory();
  const platform = directory.get(p.platform);
  const dead = platform ? !platform.alive : false;
  const risks = risksOf(riskFactsOf(p, !dead));
  const title = p.name ?? p.handle ?? p.url;
  return (
    <Card
      component={Link}
      to={`/presences/${p.id}`}
      className="vigie-card-link"
      padding="sm"
      style={{ textDecoration: 'none', color: 'inherit' }}
      data-testid={`presence-card-${p.id}`}
    >
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
          <Group gap={8} wrap="nowrap" style={{ minWidth: 0 }}>
            <PlatformIcon id={p.platform} size={20} dead={dead} />
            <Text size="xs" c="dimmed" fw={500} style={WHOLE}>
              {directory.name(p.platform)}
            </Text>
          </Group>
          <StatusBadge status={p.status} size="xs" />
        </Group>
        <Text size="sm" fw={600} lh={1.3} style={WHOLE}>
          {title}
        </Text>
        {p.handle && p.name && (
          <Text size="xs" c="dimmed" style={WHOLE}>
            {handleText(p.handle)}
          </Text>
        )}
        <Text size="xs" c={p.unit ? 'gray.7' : 'dimmed'} fs={p.unit ? undefined : 'italic'} style={WHOLE}>
          {p.unit ?? t('presence.noUnit')}
        </Text>
        {risks.length > 0 && (
          <Group gap={4} mt={2}>
            {risks.map((r) => (
              <Badge
                key={r}
                size="xs"
                variant="light"
                color={r === 'dead_platform' || r === 'no_custodian' ? 'orange' : 'red'}
                tt="none"
                fw={600}
              >
                {t(`risk.${r}.title`)}
              </Badge>
            ))}
          </Group>
        )}
      </Stack>
    </Card>
  );
}

export function PresenceCards({ items }: { items: readonly Presence[] }) {
  return (
    <Stack gap="xs" p="xs" data-testid="presence-cards">
      {items.map((p) => (
        <PresenceCard key={p.id} presence={p} />
      ))}
    </Stack>
  );
}
