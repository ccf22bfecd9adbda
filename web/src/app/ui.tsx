// Small pieces every page uses, so that all pages read alike.
import {
  Alert,
  Box,
  Button,
  Center,
  Group,
  Loader,
  Pagination,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck, IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api';
import { useFormat } from './format';

export function PageHeader({
  title,
  description,
  actions,
  above,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  above?: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-end" mb="lg" gap="md" wrap="wrap">
      <Box style={{ minWidth: 0, flex: 1 }}>
        {above}
        <Title order={2} fz={26}>
          {title}
        </Title>
        {description && (
          <Text c="dimmed" size="sm" mt={4}>
            {description}
          </Text>
        )}
      </Box>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}

/** The message to show for an error, in the reader's language when the server sent none. */
export function useErrorMessage() {
  const { t } = useTranslation();
  return (err: unknown): string => {
    if (err instanceof ApiError) {
      if (err.code === 'network' || err.status === 0) return t('errors.network');
      if (err.status === 404 && !err.message) return t('errors.notFound');
      return err.message || t('errors.generic');
    }
    return t('errors.generic');
  };
}

export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={t('errors.title')}
      my="md"
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{message(error)}</Text>
        {onRetry && (
          <Button
            size="xs"
            variant="white"
            color="red"
            leftSection={<IconRefresh size={14} />}
            onClick={onRetry}
          >
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

export function Loading({ height = 240 }: { height?: number }) {
  const { t } = useTranslation();
  return (
    <Center h={height} aria-busy="true" aria-label={t('common.loading')}>
      <Loader size="sm" type="dots" />
    </Center>
  );
}

export function useNotify() {
  const { t } = useTranslation();
  const message = useErrorMessage();
  return {
    success(text: ReactNode, title?: ReactNode) {
      notifications.show({
        color: 'teal',
        icon: <IconCheck size={18} />,
        title,
        message: text,
        autoClose: 4000,
      });
    },
    error(err: unknown) {
      notifications.show({
        color: 'red',
        icon: <IconAlertTriangle size={18} />,
        title: t('errors.title'),
        message: message(err),
        autoClose: 8000,
      });
    },
  };
}

/** Sets the browser tab's title. */
export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · Vigie` : 'Vigie';
  }, [title]);
}

export function Dash() {
  return (
    <Text span c="dimmed" aria-hidden>
      —
    </Text>
  );
}

/** Who made a change, in words: the server records `web:Name`, `cli:user`, `web` or `demo`. */
export function useActorLabel() {
  const { t } = useTranslation();
  return (actor: string | null | undefined): string => {
    const raw = (actor ?? '').trim();
    if (!raw || raw === 'web') return t('actor.web');
    if (raw === 'demo') return t('actor.demo');
    const at = raw.indexOf(':');
    if (at < 0) return raw;
    const channel = raw.slice(0, at);
    const name = raw.slice(at + 1).trim();
    if (channel === 'web') return name || t('actor.web');
    if (channel === 'cli') return t('actor.cli', { name });
    return raw;
  };
}

/** The footer of a paged table: "1–50 of 178", rows per page, and the page buttons. */
export function TablePager({
  total,
  pageIndex,
  pageSize,
  onPage,
  onPageSize,
}: {
  total: number;
  pageIndex: number;
  pageSize: number;
  onPage: (index: number) => void;
  onPageSize: (size: number) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Group
      justify="space-between"
      px="md"
      py="sm"
      style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
    >
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          {t('presences.range', {
            from: f.number(pageIndex * pageSize + 1),
            to: f.number(Math.min(total, (pageIndex + 1) * pageSize)),
            total: f.number(total),
          })}
        </Text>
        <Select
          aria-label={t('presences.perPage')}
          size="xs"
          w={80}
          data={PAGE_SIZES}
          value={String(pageSize)}
          onChange={(v) => {
            onPageSize(Number(v ?? 50));
            onPage(0);
          }}
          allowDeselect={false}
        />
        <Text size="sm" c="dimmed">
          {t('presences.perPage')}
        </Text>
      </Group>
      <Pagination
        size="sm"
        total={Math.max(1, Math.ceil(total / pageSize))}
        value={pageIndex + 1}
        onChange={(p) => onPage(p - 1)}
        getControlProps={(control) => ({
          'aria-label':
            control === 'previous' ? t('common.previous') : control === 'next' ? t('common.next') : undefined,
        })}
      />
    </Group>
  );
}

const PAGE_SIZES = ['25', '50', '100', '250'];
