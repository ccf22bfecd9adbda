// Small pieces every page uses, so that all pages read alike (those of forms and dialogs are in
// forms.tsx, those of tables in DataTable.tsx).
import { Alert, Box, Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck, IconRefresh } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../i18n/useTranslation';
import { ApiError } from './api';
import { BACK_TO, type Unavailable, unavailableOf } from './unavailable';

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
      {/* At least 18rem before the actions wrap under it: on a phone, a word per line otherwise. */}
      <Box style={{ minWidth: 0, flex: '1 1 18rem' }}>
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

/** A titled part of a form or a panel: a small uppercase title, an optional hint, then its content. */
export function Section({
  title,
  hint,
  children,
  id,
}: {
  title: string;
  hint?: string;
  children: ReactNode;
  id?: string;
}) {
  return (
    <Box id={id}>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" style={{ letterSpacing: '0.05em' }}>
        {title}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed" mt={2}>
          {hint}
        </Text>
      )}
      <Box mt="sm">{children}</Box>
    </Box>
  );
}

/** A card's title, and the sentence under it that says what the card is for. */
export function CardTitle({
  title,
  hint,
  mb = 'md',
}: {
  title: ReactNode;
  hint: ReactNode;
  /** The space before the card's content. */
  mb?: 'md' | 'sm' | 0;
}) {
  return (
    <>
      <Title order={3} fz="lg">
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb={mb}>
        {hint}
      </Text>
    </>
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

/**
 * In place of a page whose object does not exist or is out of the reader's reach: what happened, in
 * words that do not say which of the two it is (the API does not either), and the way back.
 */
export function NotAvailable({ kind, status }: Unavailable) {
  const { t } = useTranslation();
  return (
    <Center mih={320} data-testid="not-available">
      <Stack align="center" gap="sm" maw={620}>
        <Title order={2} ta="center">
          {status === 403 ? t('unavailable.forbiddenTitle') : t(`unavailable.title.${kind}`)}
        </Title>
        <Text c="dimmed" ta="center">
          {status === 403 ? t('unavailable.forbidden') : t('unavailable.notFound')}
        </Text>
        <Button component={Link} to={BACK_TO[kind]} mt="sm">
          {t(`unavailable.back.${kind}`)}
        </Button>
      </Stack>
    </Center>
  );
}

/**
 * A query's error: a failure says so and offers a retry; an object the API will not give (404: unknown
 * or out of scope; 403: refused to the role) is no failure, and gets NotAvailable instead.
 */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const unavailable = unavailableOf(error);
  if (unavailable) return <NotAvailable {...unavailable} />;
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

/** The rows a list query answered, or in their place its error (with a retry), "loading", or the words for none. */
export function QueryRows<T>({
  query,
  empty,
  children,
}: {
  query: Pick<UseQueryResult<T[]>, 'data' | 'error' | 'isError' | 'isPending' | 'refetch'>;
  empty: string;
  children: (rows: T[]) => ReactNode;
}) {
  const { t } = useTranslation();
  const rows = query.data ?? [];
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {query.isPending ? t('common.loading') : empty}
      </Text>
    );
  }
  return children(rows);
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

/** A figure in a tile: what it counts, the number, and a word on it. */
export function Figure({
  label,
  value,
  color = 'gray.8',
  hint,
  testId,
}: {
  label: string;
  value: string;
  color?: string;
  hint?: string;
  testId?: string;
}) {
  return (
    <Paper withBorder p="sm" radius="md" data-testid={testId}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }} lineClamp={1}>
        {label}
      </Text>
      <Text fz={22} fw={650} c={color} lh={1.25} mt={2}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed" lineClamp={1}>
          {hint}
        </Text>
      )}
    </Paper>
  );
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
