// The change log (log.read): every change made through Vigie, newest first, with filters kept in the
// address; older entries on demand; "Verify the chain" checks every hash and names the first broken
// entry; exports for auditors (export) download the filtered entries with their hashes.
import { Button, Card, Center, Group, Loader, Menu, Stack, Text } from '@mantine/core';
import { IconDownload, IconShieldCheck } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader, QueryError, useDocumentTitle } from '../app/ui';
import { useTranslation } from '../i18n/useTranslation';
import { LogFiltersBar } from './log/LogFiltersBar';
import { LogTable, Shown } from './log/LogTable';
import { exportUrl, type LogFilters, useLog, useVerifyLog } from './log/queries';
import { VerifyPanel } from './log/VerifyPanel';
import { useCan } from './session';

const TEXT_KEYS = ['actor', 'entity', 'action', 'from', 'to', 'q'] as const;

function filtersFrom(params: URLSearchParams): LogFilters {
  const f: LogFilters = {};
  for (const k of TEXT_KEYS) {
    const v = params.get(k)?.trim();
    if (v) f[k] = v.slice(0, 200);
  }
  const id = Number(params.get('entityId'));
  if (Number.isInteger(id) && id > 0) f.entityId = id;
  return f;
}

function ExportMenu({ filters }: { filters: LogFilters }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" shadow="md" width={300}>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} />} data-testid="log-export">
          {t('log.export.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label style={{ whiteSpace: 'normal' }}>{t('log.export.hint')}</Menu.Label>
        {(['csv', 'jsonl'] as const).map((format) => (
          <Menu.Item key={format} component="a" href={exportUrl(format, filters)} download>
            {t(`log.export.${format}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

export function LogPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('log.title'));
  const canExport = useCan('export');
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFrom(params), [params]);
  const startRaw = Number(params.get('entry'));
  const start = Number.isInteger(startRaw) && startRaw > 0 ? startRaw + 1 : null;
  const log = useLog(filters, start);
  const verify = useVerifyLog();
  const entries = useMemo(() => log.data?.pages.flatMap((p) => p.entries) ?? [], [log.data]);
  const highlight = verify.data && !verify.data.ok ? (verify.data.broken?.id ?? null) : null;

  const setFilters = (next: LogFilters) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(next)) if (v !== undefined && v !== '') p.set(k, String(v));
    setParams(p, { replace: true });
  };

  /** Shows entries from this one back (the page starts at it), without other filters. */
  const showEntry = (id: number) => setParams(new URLSearchParams({ entry: String(id) }), { replace: false });

  const filtered = Object.keys(filters).length > 0 || start !== null;

  return (
    <>
      <PageHeader
        title={t('log.title')}
        description={t('log.description')}
        actions={
          <>
            <Button
              leftSection={<IconShieldCheck size={16} />}
              onClick={() => verify.mutate()}
              loading={verify.isPending}
              data-testid="log-verify"
            >
              {t('log.verify.button')}
            </Button>
            {canExport && <ExportMenu filters={filters} />}
          </>
        }
      />
      {verify.isPending && (
        <Group gap="xs" mb="md">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {t('log.verify.running')}
          </Text>
        </Group>
      )}
      {verify.isError && <QueryError error={verify.error} onRetry={() => verify.mutate()} />}
      {verify.data && <VerifyPanel result={verify.data} onShow={showEntry} onClose={() => verify.reset()} />}
      <Card>
        <Stack gap="md">
          <LogFiltersBar value={filters} onChange={setFilters} />
          {log.isError ? (
            <QueryError error={log.error} onRetry={() => void log.refetch()} />
          ) : log.isPending ? (
            <Center h={200}>
              <Loader size="sm" type="dots" />
            </Center>
          ) : entries.length === 0 ? (
            <Text size="sm" c="dimmed" py="lg" ta="center" data-testid="log-empty">
              {filtered ? t('log.none') : t('log.noneAtAll')}
            </Text>
          ) : (
            <>
              <LogTable entries={entries} highlight={highlight} />
              <Group justify="space-between">
                <Shown count={entries.length} />
                {log.hasNextPage && (
                  <Button
                    variant="default"
                    onClick={() => void log.fetchNextPage()}
                    loading={log.isFetchingNextPage}
                    data-testid="log-more"
                  >
                    {t('log.loadMore')}
                  </Button>
                )}
              </Group>
            </>
          )}
        </Stack>
      </Card>
    </>
  );
}
