// The map of presences: units (rows, in tree order) × platforms (columns, most used first); each
// cell counts the presences and takes the colour of their dominant or most worrying status.
import { Box, Card, Group, ScrollArea, SegmentedControl, Stack, Switch, Text, Tooltip } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { Overview, PresenceStatus } from '../../../src/registry/model';
import { useFormat } from '../app/format';
import { CardTitle } from '../app/ui';
import { useTranslation } from '../i18n/useTranslation';
import { StatusLegend, StatusSwatch } from './bits';
import { cellStatus, STATUS_COLOR, STATUSES } from './meta';
import { PlatformIcon, usePlatformDirectory } from './platforms';
import { useNarrow } from './presences/narrow';
import { useUnits } from './queries';
import { unitTree } from './units';

type Cell = Overview['matrix']['cells'][number];

interface Row {
  id: number | null;
  name: string;
  depth: number;
  cells: Map<string, Cell>;
  total: number;
}

const TIP_STYLES = {
  tooltip: {
    background: 'var(--mantine-color-white)',
    color: 'var(--mantine-color-black)',
    border: '1px solid var(--mantine-color-gray-3)',
    boxShadow: 'var(--mantine-shadow-md)',
  },
};

/** Platforms shown as their own column before the rest are grouped; a switch shows them all. */
const MAIN_PLATFORMS = 11;

const key = (unitId: number | null) => (unitId === null ? 'none' : String(unitId));

function Breakdown({ byStatus }: { byStatus: Partial<Record<PresenceStatus, number>> }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Stack gap={2} mt={4}>
      {STATUSES.filter((s) => (byStatus[s] ?? 0) > 0).map((s) => (
        <Group key={s} gap={6} wrap="nowrap">
          <StatusSwatch status={s} />
          <Text size="xs">
            {t(`status.${s}`)} · {f.number(byStatus[s] ?? 0)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

/** The platforms not shown as columns, added up; the tooltip names them. */
function OtherCell({
  unitName,
  data,
  mode,
}: {
  unitName: string;
  data: {
    count: number;
    byStatus: Partial<Record<PresenceStatus, number>>;
    platforms: { platform: string; count: number }[];
  };
  mode: 'dominant' | 'worst';
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const directory = usePlatformDirectory();
  if (data.count === 0) return <td className="vigie-matrix-empty">·</td>;
  const color = STATUS_COLOR[cellStatus(data.byStatus, mode) ?? 'active'];
  return (
    <Tooltip
      withArrow={false}
      openDelay={120}
      styles={TIP_STYLES}
      label={
        <Box>
          <Text size="xs" fw={600}>
            {unitName} · {t('overview.otherPlatforms')}
          </Text>
          <Text size="xs">
            {f.list(data.platforms.map((p) => `${directory.name(p.platform)} (${f.number(p.count)})`))}
          </Text>
          <Breakdown byStatus={data.byStatus} />
        </Box>
      }
    >
      <td
        style={{
          background: `var(--mantine-color-${color}-light)`,
          color: `var(--mantine-color-${color}-light-color)`,
          boxShadow: 'inset 0 0 0 1px var(--mantine-color-gray-3)',
        }}
      >
        {f.number(data.count)}
      </td>
    </Tooltip>
  );
}

export function PresenceMap({ overview }: { overview: Overview }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const directory = usePlatformDirectory();
  const units = useUnits();
  const [mode, setMode] = useState<'dominant' | 'worst'>('dominant');
  const [allPlatforms, setAllPlatforms] = useState(false);
  const narrow = useNarrow();
  const { matrix } = overview;
  // Unit names whole, on two lines if need be, so that the regions read alike ("Direction régionale
  // Provence-Alpes-Côte d’Azur" was cut); on a phone a narrower column leaves room for the cells,
  // which scroll sideways under it.
  const unitCell = {
    whiteSpace: 'normal',
    width: narrow ? 140 : 224,
    minWidth: narrow ? 140 : 224,
    maxWidth: narrow ? 140 : 300,
  } as const;

  const { rows, columns, columnTotals, grand, shown } = useMemo(() => {
    const byUnit = new Map<string, Map<string, Cell>>();
    const columnTotals = new Map<string, number>();
    for (const c of matrix.cells) {
      const k = key(c.unitId);
      const m = byUnit.get(k) ?? new Map<string, Cell>();
      m.set(c.platform, c);
      byUnit.set(k, m);
      columnTotals.set(c.platform, (columnTotals.get(c.platform) ?? 0) + c.count);
    }
    const columns = [...new Set([...matrix.platforms, ...columnTotals.keys()])]
      .filter((p) => (columnTotals.get(p) ?? 0) > 0)
      .sort((a, b) => (columnTotals.get(b) ?? 0) - (columnTotals.get(a) ?? 0) || a.localeCompare(b));

    const rowOf = (id: number | null, name: string, depth: number): Row => {
      const cells = byUnit.get(key(id)) ?? new Map<string, Cell>();
      let total = 0;
      for (const c of cells.values()) total += c.count;
      return { id, name, depth, cells, total };
    };

    // Units in tree order; a unit without presences appears only when one below it has some.
    const tree = unitTree(units.data ?? [], i18n.language);
    const withPresences = new Set(matrix.units.filter((u) => u.id !== null).map((u) => u.id as number));
    for (const k of byUnit.keys()) if (k !== 'none') withPresences.add(Number(k));
    const keep = new Set<number>();
    for (const node of tree) {
      if (!withPresences.has(node.id)) continue;
      keep.add(node.id);
      let parent = node.parentId;
      while (parent !== null && !keep.has(parent)) {
        keep.add(parent);
        parent = tree.find((u) => u.id === parent)?.parentId ?? null;
      }
    }
    const rows: Row[] = tree.filter((u) => keep.has(u.id)).map((u) => rowOf(u.id, u.name, u.depth));
    // Units the tree does not know yet (the list is refetched after imports), then "no unit".
    for (const u of matrix.units) {
      if (u.id !== null && !rows.some((r) => r.id === u.id)) rows.push(rowOf(u.id, u.name ?? '', 0));
    }
    if (byUnit.has('none')) rows.push(rowOf(null, '', 0));

    const grand = rows.reduce((s, r) => s + r.total, 0);
    return {
      rows,
      columns,
      columnTotals,
      grand,
      shown: STATUSES.filter((s) => (overview.totals.byStatus[s] ?? 0) > 0),
    };
  }, [matrix, units.data, i18n.language, overview.totals.byStatus]);

  const visible = allPlatforms ? columns : columns.slice(0, MAIN_PLATFORMS);
  const hidden = allPlatforms ? [] : columns.slice(MAIN_PLATFORMS);
  const others = (row: Row) => {
    const byStatus: Partial<Record<PresenceStatus, number>> = {};
    const platforms: { platform: string; count: number }[] = [];
    let count = 0;
    for (const p of hidden) {
      const c = row.cells.get(p);
      if (!c || c.count === 0) continue;
      count += c.count;
      platforms.push({ platform: p, count: c.count });
      for (const s of STATUSES) if (c.byStatus[s]) byStatus[s] = (byStatus[s] ?? 0) + (c.byStatus[s] ?? 0);
    }
    return { count, byStatus, platforms };
  };
  const hiddenTotal = hidden.reduce((sum, p) => sum + (columnTotals.get(p) ?? 0), 0);

  return (
    <Card data-testid="presence-map">
      <Group justify="space-between" align="flex-start" mb="md" wrap="wrap" gap="sm">
        <Box>
          <CardTitle title={t('overview.mapTitle')} hint={t('overview.mapHint')} mb={0} />
        </Box>
        <Group gap="lg">
          {columns.length > MAIN_PLATFORMS && (
            <Switch
              size="xs"
              checked={allPlatforms}
              onChange={(e) => setAllPlatforms(e.currentTarget.checked)}
              label={t('overview.allPlatforms', { value: f.number(columns.length) })}
            />
          )}
          <Group gap="sm">
            <Text size="xs" c="dimmed">
              {t('overview.colourBy')}
            </Text>
            <SegmentedControl
              size="xs"
              orientation={narrow ? 'vertical' : 'horizontal'}
              value={mode}
              onChange={(v) => setMode(v === 'worst' ? 'worst' : 'dominant')}
              data={[
                { value: 'dominant', label: t('overview.dominant') },
                { value: 'worst', label: t('overview.worst') },
              ]}
            />
          </Group>
        </Group>
      </Group>
      <ScrollArea type="auto" offsetScrollbars>
        <table className="vigie-matrix" aria-label={t('overview.mapTitle')}>
          <thead>
            <tr>
              <th className="vigie-matrix-unit" scope="col" style={unitCell}>
                <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                  {t('overview.unitColumn')}
                </Text>
              </th>
              {visible.map((p) => {
                const platform = directory.get(p);
                const dead = platform ? !platform.alive : false;
                return (
                  <th key={p} scope="col">
                    <Tooltip
                      label={
                        dead && platform?.closedYear
                          ? t('platform.closedIn', { name: directory.name(p), year: platform.closedYear })
                          : directory.name(p)
                      }
                    >
                      <Stack gap={4} align="center">
                        <PlatformIcon id={p} size={24} dead={dead} />
                        <Text
                          size="10px"
                          lh={1.15}
                          ta="center"
                          c={dead ? 'dimmed' : 'gray.7'}
                          lineClamp={2}
                          maw={68}
                        >
                          {directory.name(p)}
                        </Text>
                      </Stack>
                    </Tooltip>
                  </th>
                );
              })}
              {hidden.length > 0 && (
                <th scope="col">
                  <Tooltip label={f.list(hidden.map((p) => directory.name(p)))} multiline w={280}>
                    <Stack gap={4} align="center">
                      <Box
                        w={24}
                        h={24}
                        style={{
                          borderRadius: 4,
                          border: '1px dashed var(--mantine-color-gray-5)',
                          display: 'grid',
                          placeItems: 'center',
                        }}
                      >
                        <Text size="10px" fw={700} c="gray.7">
                          +{hidden.length}
                        </Text>
                      </Box>
                      <Text size="10px" lh={1.15} ta="center" c="gray.7" lineClamp={2} maw={68}>
                        {t('overview.otherPlatforms')}
                      </Text>
                    </Stack>
                  </Tooltip>
                </th>
              )}
              <th scope="col">
                <Text size="xs" fw={700} c="gray.8">
                  {t('overview.total')}
                </Text>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const unitName = row.id === null ? t('overview.noUnit') : row.name;
              return (
                <tr key={key(row.id)}>
                  <th className="vigie-matrix-unit" scope="row" style={unitCell}>
                    <Text
                      size={narrow ? 'xs' : 'sm'}
                      lh={1.25}
                      py={2}
                      pl={row.depth * (narrow ? 8 : 16)}
                      fw={row.depth === 0 ? 600 : 400}
                      fs={row.id === null ? 'italic' : undefined}
                      c={row.id === null ? 'dimmed' : 'gray.8'}
                    >
                      {unitName}
                    </Text>
                  </th>
                  {visible.map((p) => {
                    const cell = row.cells.get(p);
                    if (!cell || cell.count === 0) {
                      return (
                        <td key={p} className="vigie-matrix-empty">
                          ·
                        </td>
                      );
                    }
                    const status = cellStatus(cell.byStatus, mode) ?? 'active';
                    const color = STATUS_COLOR[status];
                    const tip = (
                      <Box>
                        <Text size="xs" fw={600}>
                          {unitName} · {directory.name(p)}
                        </Text>
                        <Text size="xs">
                          {t('overview.cellCount', { count: cell.count, value: f.number(cell.count) })}
                        </Text>
                        <Breakdown byStatus={cell.byStatus} />
                      </Box>
                    );
                    const style = {
                      background: `var(--mantine-color-${color}-light)`,
                      color: `var(--mantine-color-${color}-light-color)`,
                    };
                    return (
                      <Tooltip key={p} label={tip} withArrow={false} openDelay={120} styles={TIP_STYLES}>
                        <td className={row.id === null ? undefined : 'vigie-matrix-cell'} style={style}>
                          {row.id === null ? (
                            f.number(cell.count)
                          ) : (
                            <Link
                              className="vigie-matrix-link"
                              to={`/presences?platform=${encodeURIComponent(p)}&unitId=${row.id}`}
                              aria-label={`${unitName}, ${directory.name(p)}: ${t('overview.cellCount', {
                                count: cell.count,
                                value: f.number(cell.count),
                              })}`}
                              data-testid={`cell-${row.id}-${p}`}
                            >
                              {f.number(cell.count)}
                            </Link>
                          )}
                        </td>
                      </Tooltip>
                    );
                  })}
                  {hidden.length > 0 && <OtherCell unitName={unitName} data={others(row)} mode={mode} />}
                  <td className="vigie-matrix-total">
                    {row.id === null ? (
                      f.number(row.total)
                    ) : (
                      <Link className="vigie-matrix-link" to={`/presences?unitId=${row.id}`}>
                        {f.number(row.total)}
                      </Link>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th className="vigie-matrix-unit" scope="row" style={unitCell}>
                <Text size="sm" fw={700}>
                  {t('overview.total')}
                </Text>
              </th>
              {visible.map((p) => (
                <td key={p} className="vigie-matrix-total">
                  <Link className="vigie-matrix-link" to={`/presences?platform=${encodeURIComponent(p)}`}>
                    {f.number(columnTotals.get(p) ?? 0)}
                  </Link>
                </td>
              ))}
              {hidden.length > 0 && <td className="vigie-matrix-total">{f.number(hiddenTotal)}</td>}
              <td className="vigie-matrix-grand">
                <Link className="vigie-matrix-link" to="/presences">
                  {f.number(grand)}
                </Link>
              </td>
            </tr>
          </tfoot>
        </table>
      </ScrollArea>
      <Group justify="space-between" mt="md" gap="sm">
        <StatusLegend statuses={shown} />
        <Text size="xs" c="dimmed">
          {mode === 'dominant' ? t('overview.dominantHint') : t('overview.worstHint')}
        </Text>
      </Group>
    </Card>
  );
}
