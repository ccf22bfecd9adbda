// The frame of every page behind sign-in: the left navigation (only the pages the user's roles open),
// and a header with the language switch and the user's menu (who they are, their roles, their
// account, sign-out).
import {
  AppShell,
  Avatar,
  Badge,
  Box,
  Burger,
  Group,
  Menu,
  NavLink,
  ScrollArea,
  Text,
  ThemeIcon,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconAdjustments,
  IconArrowsExchange,
  IconBinoculars,
  IconCheck,
  IconChevronDown,
  IconClipboardCheck,
  IconDatabaseImport,
  IconFileCertificate,
  IconFileImport,
  IconHistory,
  IconLayoutDashboard,
  IconListCheck,
  IconListDetails,
  IconLogout,
  IconSitemap,
  IconUserCircle,
  IconUserShield,
  IconUsers,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import type { Permission } from '../../../src/core/access';
import type { Me } from '../../../src/trust/model';
import { currentLanguage, LANGUAGES, type Language } from '../i18n';
import { useTranslation } from '../i18n/useTranslation';
import { useHealth, useOverview } from '../registry/queries';
import { RoleBadges } from '../trust/bits';
import { useMe, useSession } from '../trust/session';
import { hasWork } from '../work/home';
import { WorkBadge } from '../work/WorkBadge';
import { LanguageMenu } from './LanguageMenu';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return parts
    .slice(0, 2)
    .map((p) => p[0]?.toUpperCase() ?? '')
    .join('');
}

function UserMenu({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const lang = currentLanguage();
  return (
    <Menu position="bottom-end" shadow="md" width={280}>
      <Menu.Target>
        <UnstyledButton
          aria-label={t('trust.menu.open', { name: me.user.name })}
          data-testid="user-menu"
          px={6}
          py={4}
          style={{ borderRadius: 8 }}
        >
          <Group gap={8} wrap="nowrap">
            <Avatar size={30} radius="xl" color="vigie">
              {initials(me.user.name) || '?'}
            </Avatar>
            <Box visibleFrom="sm">
              <Text size="sm" fw={500} lh={1.2}>
                {me.user.name}
              </Text>
              <Text size="xs" c="dimmed" lh={1.1}>
                {me.roles.length ? t(`trust.roles.${me.roles[0] ?? 'admin'}`) : t('trust.roles.none')}
                {me.roles.length > 1 ? ` +${me.roles.length - 1}` : ''}
              </Text>
            </Box>
            <IconChevronDown size={14} color="var(--mantine-color-gray-6)" />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Box px="sm" py={6}>
          <Text size="sm" fw={600}>
            {me.user.name}
          </Text>
          <Text size="xs" c="dimmed" mb={6}>
            {me.user.login}
          </Text>
          <RoleBadges roles={me.roles} size="xs" />
        </Box>
        <Menu.Divider />
        <Menu.Item component={Link} to="/account" leftSection={<IconUserCircle size={16} />}>
          {t('trust.menu.account')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>{t('header.language')}</Menu.Label>
        {LANGUAGES.map((l: Language) => (
          <Menu.Item
            key={l}
            onClick={() => void i18n.changeLanguage(l)}
            rightSection={l === lang ? <IconCheck size={14} /> : null}
            lang={l}
          >
            {t(`header.languageNames.${l}`)}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item
          color="red"
          leftSection={<IconLogout size={16} />}
          onClick={() => void session.signOut()}
          data-testid="signout"
        >
          {t('trust.menu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

type Can = (p: Permission) => boolean;

interface NavItem {
  to: string;
  key: 'overview' | 'presences' | 'import' | 'units' | 'people' | 'dataImports' | 'audits' | 'auditSettings';
  icon: ComponentType<{ size?: number; stroke?: number }>;
  exact: boolean;
  /** Shown when the user's roles allow it. */
  shown: (can: Can, me: Me | null) => boolean;
}

interface TrustNavItem extends Omit<NavItem, 'key'> {
  key: 'users' | 'reassignments' | 'log' | 'policies' | 'work';
}

// One group per capability of the product, each with the pages the user's roles open.
const NAV: {
  key: 'work' | 'registry' | 'imports' | 'audit' | 'trust';
  items: (NavItem | TrustNavItem)[];
}[] = [
  // First, for people who have work: their own tasks, policies to accept, handovers (src/work).
  {
    key: 'work',
    items: [
      {
        to: '/work',
        key: 'work',
        icon: IconListCheck,
        exact: false,
        shown: (_can, me) => Boolean(me && hasWork(me)),
      },
    ],
  },
  {
    key: 'registry',
    items: [
      {
        to: '/',
        key: 'overview',
        icon: IconLayoutDashboard,
        exact: true,
        shown: (can) => can('registry.read'),
      },
      {
        to: '/presences',
        key: 'presences',
        icon: IconListDetails,
        exact: false,
        shown: (can) => can('registry.read'),
      },
      {
        to: '/import',
        key: 'import',
        icon: IconFileImport,
        exact: false,
        shown: (can) => can('inventory.import'),
      },
      { to: '/units', key: 'units', icon: IconSitemap, exact: false, shown: (can) => can('registry.read') },
      { to: '/people', key: 'people', icon: IconUsers, exact: false, shown: (can) => can('registry.read') },
    ],
  },
  {
    key: 'imports',
    items: [
      {
        to: '/data-imports',
        key: 'dataImports',
        icon: IconDatabaseImport,
        exact: false,
        shown: (can) => can('data.import') || can('data.read'),
      },
    ],
  },
  {
    key: 'audit',
    items: [
      {
        to: '/audits',
        key: 'audits',
        icon: IconClipboardCheck,
        exact: false,
        shown: (can) => can('audit.read'),
      },
      {
        to: '/audit-settings',
        key: 'auditSettings',
        icon: IconAdjustments,
        exact: false,
        shown: (can) => can('audit.read') && can('audit.settings'),
      },
    ],
  },
  {
    key: 'trust',
    items: [
      { to: '/users', key: 'users', icon: IconUserShield, exact: false, shown: (can) => can('users.manage') },
      {
        to: '/reassignments',
        key: 'reassignments',
        icon: IconArrowsExchange,
        exact: false,
        shown: (can) => can('reassign.manage'),
      },
      { to: '/log', key: 'log', icon: IconHistory, exact: false, shown: (can) => can('log.read') },
      { to: '/policies', key: 'policies', icon: IconFileCertificate, exact: false, shown: () => true },
    ],
  },
];

function ServerStatus() {
  const { t } = useTranslation();
  const health = useHealth();
  const ok = health.isSuccess;
  const down = health.isError;
  return (
    <Group gap={8} wrap="nowrap">
      <Box
        w={8}
        h={8}
        style={{
          borderRadius: 8,
          background: ok
            ? 'var(--mantine-color-teal-6)'
            : down
              ? 'var(--mantine-color-red-6)'
              : 'var(--mantine-color-gray-4)',
        }}
      />
      <Text size="xs" c="dimmed">
        {ok ? t('shell.serverUp') : down ? t('shell.serverDown') : t('common.loading')}
      </Text>
    </Group>
  );
}

export function Shell() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const me = useMe();
  const can: Can = (p) => Boolean(me?.permissions.includes(p));
  const overview = useOverview();
  const groups = NAV.map((g) => ({ ...g, items: g.items.filter((i) => i.shown(can, me)) })).filter(
    (g) => g.items.length > 0,
  );
  const pending = me?.pendingPolicies ?? 0;

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="xl"
    >
      <AppShell.Header>
        <Group h="100%" px="lg" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.menu')} />
            <Text size="sm" c="dimmed" truncate visibleFrom="sm">
              {overview.data?.organisation}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageMenu />
            {me && <UserMenu me={me} />}
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar>
        <AppShell.Section px="md" pt="md" pb="lg">
          <Link to="/" style={{ textDecoration: 'none', color: 'inherit' }} aria-label="Vigie">
            <Group gap={10} wrap="nowrap">
              <ThemeIcon size={36} radius="md" variant="filled">
                <IconBinoculars size={22} stroke={1.8} />
              </ThemeIcon>
              <Box>
                <Text fw={700} fz={20} lh={1.1} style={{ letterSpacing: '-0.01em' }}>
                  Vigie
                </Text>
                <Text size="xs" c="dimmed" lh={1.2}>
                  {t('shell.tagline')}
                </Text>
              </Box>
            </Group>
          </Link>
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea} px="sm">
          {groups.map((group, g) => (
            <Box key={group.key} mt={g === 0 ? 0 : 'lg'}>
              {/* "My work" is one entry: a heading of the same words would only repeat it. */}
              {group.key !== 'work' && (
                <Text
                  size="xs"
                  fw={600}
                  c="dimmed"
                  tt="uppercase"
                  px="sm"
                  mb={6}
                  style={{ letterSpacing: '0.05em' }}
                >
                  {t(`nav.${group.key}`)}
                </Text>
              )}
              <nav aria-label={t(`nav.${group.key}`)}>
                {group.items.map((item) => {
                  const active = item.exact
                    ? location.pathname === item.to
                    : location.pathname === item.to || location.pathname.startsWith(`${item.to}/`);
                  const Icon = item.icon;
                  const badge =
                    item.key === 'work' ? (
                      <WorkBadge />
                    ) : item.key === 'policies' && pending > 0 ? (
                      <Badge
                        size="sm"
                        color="orange"
                        variant="filled"
                        circle={pending < 10}
                        aria-label={t('trust.nav.pendingPolicies', { count: pending, value: pending })}
                        data-testid="pending-policies"
                      >
                        {pending}
                      </Badge>
                    ) : undefined;
                  return (
                    <NavLink
                      key={item.to}
                      component={Link}
                      to={item.to}
                      label={t(`nav.${item.key}`)}
                      leftSection={<Icon size={19} stroke={1.7} />}
                      rightSection={badge}
                      active={active}
                      variant="light"
                      aria-current={active ? 'page' : undefined}
                      onClick={close}
                      style={{ borderRadius: 8 }}
                      mb={2}
                      fw={active ? 600 : 500}
                      data-testid={`nav-${NAV_TEST_ID[item.key]}`}
                    />
                  );
                })}
              </nav>
            </Box>
          ))}
        </AppShell.Section>
        <AppShell.Section px="lg" py="md" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
          <ServerStatus />
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main>
        <Box maw={1480} mx="auto">
          <Outlet />
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}

/** Test ids of the navigation links. */
const NAV_TEST_ID: Record<NavItem['key'] | TrustNavItem['key'], string> = {
  overview: 'overview',
  presences: 'presences',
  import: 'import',
  units: 'units',
  people: 'people',
  dataImports: 'data-imports',
  audits: 'audits',
  auditSettings: 'audit-settings',
  users: 'users',
  reassignments: 'reassignments',
  log: 'log',
  policies: 'policies',
  work: 'work',
};
