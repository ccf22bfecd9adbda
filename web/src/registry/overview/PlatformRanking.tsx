// Presences per platform as a ranked list: the names whole, a bar in proportion, the count at the end,
// each line opening those presences; the first ten, then "and N more" (issue 12: 31 slanted bars
// could not be read, and overlapped on a phone).
import { Anchor, Box, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { Overview } from '../../../../src/registry/model';
import { useFormat } from '../../app/format';
import { useTranslation } from '../../i18n/useTranslation';
import { PlatformIcon, usePlatformDirectory } from '../platforms';
import classes from './PlatformRanking.module.css';
import { rankPlatforms } from './ranking';

const TOP = 10;
export const ALIVE_COLOR = 'var(--mantine-color-vigie-6)';
export const DEAD_COLOR = 'var(--mantine-color-gray-4)';

export function PlatformRanking({ byPlatform }: { byPlatform: Overview['byPlatform'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const directory = usePlatformDirectory();
  const [all, setAll] = useState(false);
  const collator = useMemo(() => new Intl.Collator(f.locale, { sensitivity: 'base' }), [f.locale]);
  const ranking = useMemo(
    () => rankPlatforms(byPlatform, all ? Number.POSITIVE_INFINITY : TOP, directory.name, collator.compare),
    [byPlatform, all, directory, collator],
  );
  const shownCount = ranking.shown.length;

  return (
    <Stack gap={2} data-testid="platform-ranking">
      <Box component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
        {ranking.shown.map((row) => {
          const platform = directory.get(row.platform);
          const dead = platform ? !platform.alive : !row.alive;
          const name = directory.name(row.platform);
          const closed = dead
            ? platform?.closedYear
              ? t('platform.closedIn', { name, year: platform.closedYear })
              : t('platform.closed', { name })
            : undefined;
          const count = t('overview.cellCount', { count: row.count, value: f.number(row.count) });
          return (
            <li key={row.platform}>
              <Anchor
                component={Link}
                to={`/presences?platform=${encodeURIComponent(row.platform)}`}
                underline="never"
                c="inherit"
                className={classes.row}
                aria-label={`${closed ?? name}: ${count}`}
                title={closed}
                data-testid={`platform-rank-${row.platform}`}
              >
                <Group gap={8} wrap="nowrap" style={{ minWidth: 0 }}>
                  <PlatformIcon id={row.platform} size={18} dead={dead} />
                  <Text
                    size="sm"
                    lh={1.2}
                    c={dead ? 'dimmed' : undefined}
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {name}
                  </Text>
                </Group>
                <Box h={10} bg="var(--mantine-color-gray-1)" style={{ borderRadius: 3 }} aria-hidden>
                  <Box
                    h="100%"
                    w={`${ranking.max > 0 ? Math.max(2, (row.count / ranking.max) * 100) : 0}%`}
                    bg={dead ? DEAD_COLOR : ALIVE_COLOR}
                    style={{ borderRadius: 3 }}
                  />
                </Box>
                <Text size="sm" fw={600} ta="right" miw={24} aria-hidden>
                  {f.number(row.count)}
                </Text>
              </Anchor>
            </li>
          );
        })}
      </Box>
      {(ranking.rest.platforms > 0 || shownCount > TOP) && (
        <Group gap="xs" px={4} pt={4}>
          {ranking.rest.platforms > 0 && (
            <Text size="sm" c="dimmed">
              {t('overview.rankMore', {
                count: ranking.rest.platforms,
                value: f.number(ranking.rest.platforms),
                presences: t('overview.cellCount', {
                  count: ranking.rest.presences,
                  value: f.number(ranking.rest.presences),
                }),
              })}
            </Text>
          )}
          <UnstyledButton onClick={() => setAll((v) => !v)} data-testid="platform-ranking-toggle">
            <Text size="sm" c="vigie.7" fw={500}>
              {all
                ? t('overview.rankFewer', { value: f.number(TOP) })
                : t('overview.rankAll', { value: f.number(byPlatform.length) })}
            </Text>
          </UnstyledButton>
        </Group>
      )}
    </Stack>
  );
}
