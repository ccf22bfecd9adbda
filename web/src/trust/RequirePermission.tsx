// A page the user's roles do not open says so, instead of a row of errors from the server. The
// server refuses such requests anyway (403): this only spares the reader the noise.
import { Button, Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, Outlet } from 'react-router';
import type { Permission } from '../../../src/core/access';
import { useDocumentTitle } from '../app/ui';
import { useTranslation } from '../i18n/useTranslation';
import { useCanAny } from './session';

export function NotAllowed() {
  const { t } = useTranslation();
  useDocumentTitle(t('trust.notAllowed.title'));
  return (
    <Center mih={400}>
      <Stack align="center" gap="sm" maw={520} ta="center" data-testid="not-allowed">
        <ThemeIcon size={48} radius="xl" variant="light" color="gray">
          <IconLock size={26} />
        </ThemeIcon>
        <Title order={2}>{t('trust.notAllowed.title')}</Title>
        <Text c="dimmed">{t('trust.notAllowed.text')}</Text>
        <Button component={Link} to="/account" variant="default" mt="sm">
          {t('trust.notAllowed.account')}
        </Button>
      </Stack>
    </Center>
  );
}

/**
 * Renders its children (or the nested routes) when the user holds any of these permissions.
 * As a route element without children it guards the routes nested under it.
 */
export function RequirePermission({
  anyOf,
  children,
}: {
  anyOf: readonly Permission[];
  children?: ReactNode;
}) {
  const allowed = useCanAny(anyOf);
  if (!allowed) return <NotAllowed />;
  return children ?? <Outlet />;
}
