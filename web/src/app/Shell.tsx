// The frame of every page: the left navigation with the product name, and a header with the
// language switch and the "acting as" name recorded in the history of every change.
import {
  AppShell,
  Avatar,
  Box,
  Burger,
  Button,
  Group,
  Menu,
  NavLink,
  Popover,
  ScrollArea,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconAdjustments,
  IconBinoculars,
  IconCheck,
  IconChevronDown,
  IconClipboardCheck,
  IconDatabaseImport,
  IconFileImport,
  IconLanguage,
  IconLayoutDashboard,
  IconListDetails,
  IconSitemap,
  IconUsers,
} from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { currentLanguage, LANGUAGES, type Language } from '../i18n';
import { useHealth, useOverview } from '../registry/queries';
import { readActor, writeActor } from './api';

function useActor(): string {
  const [actor, setActor] = useState(readActor);
  useEffect(() => {
    const update = () => setActor(readActor());
    window.addEventListener('vigie:actor', update);
    window.addEventListener('storage', update);
    return () => {
      window.removeEventListener('vigie:actor', update);
      window.removeEventListener('storage', update);
    };
  }, []);
  return actor;
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return parts
    .slice(0, 2)
    .map((p) => p[0]?.toUpperCase() ?? '')
    .join('');
}

function ActorMenu() {
  const { t } = useTranslation();
  const actor = useActor();
  const [opened, setOpened] = useState(false);
  const [draft, setDraft] = useState(actor);

  useEffect(() => {
    if (opened) setDraft(actor);
  }, [opened, actor]);

  const save = () => {
    writeActor(draft);
    setOpened(false);
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={300} shadow="md" trapFocus>
      <Popover.Target>
        <UnstyledButton
          onClick={() => setOpened((o) => !o)}
          aria-label={t('header.actingAs')}
          data-testid="actor-button"
          px={6}
          py={4}
          style={{ borderRadius: 8 }}
        >
          <Group gap={8} wrap="nowrap">
            <Avatar size={30} radius="xl" color={actor ? 'vigie' : 'orange'}>
              {actor ? initials(actor) : '?'}
            </Avatar>
            <Box visibleFrom="sm">
              <Text size="xs" c="dimmed" lh={1.1}>
                {t('header.actingAs')}
              </Text>
              <Text size="sm" fw={500} lh={1.2} c={actor ? undefined : 'orange.8'}>
                {actor || t('header.nobody')}
              </Text>
            </Box>
            <IconChevronDown size={14} color="var(--mantine-color-gray-6)" />
          </Group>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <Stack gap="sm">
            <TextInput
              label={t('header.actorLabel')}
              description={t('header.actorHelp')}
              value={draft}
              onChange={(e) => setDraft(e.currentTarget.value)}
              maxLength={120}
              data-autofocus
              name="actor"
            />
            <Group justify="flex-end">
              <Button type="submit" size="xs" leftSection={<IconCheck size={14} />}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}

function LanguageMenu() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage();
  return (
    <Menu position="bottom-end" shadow="md" width={160}>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          size="sm"
          leftSection={<IconLanguage size={16} />}
          rightSection={<IconChevronDown size={14} />}
          aria-label={t('header.language')}
          data-testid="language-button"
        >
          {t(`header.languageNames.${lang}`)}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
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
      </Menu.Dropdown>
    </Menu>
  );
}

// One group per capability of the product, each with its pages.
const NAV = [
  {
    key: 'registry',
    items: [
      { to: '/', key: 'overview', icon: IconLayoutDashboard, exact: true },
      { to: '/presences', key: 'presences', icon: IconListDetails, exact: false },
      { to: '/import', key: 'import', icon: IconFileImport, exact: false },
      { to: '/units', key: 'units', icon: IconSitemap, exact: false },
      { to: '/people', key: 'people', icon: IconUsers, exact: false },
    ],
  },
  {
    key: 'imports',
    items: [{ to: '/data-imports', key: 'dataImports', icon: IconDatabaseImport, exact: false }],
  },
  {
    key: 'audit',
    items: [
      { to: '/audits', key: 'audits', icon: IconClipboardCheck, exact: false },
      { to: '/audit-settings', key: 'auditSettings', icon: IconAdjustments, exact: false },
    ],
  },
] as const;

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
  const overview = useOverview();

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
            <ActorMenu />
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
          {NAV.map((group, g) => (
            <Box key={group.key} mt={g === 0 ? 0 : 'lg'}>
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
              <nav aria-label={t(`nav.${group.key}`)}>
                {group.items.map((item) => {
                  const active = item.exact
                    ? location.pathname === item.to
                    : location.pathname === item.to || location.pathname.startsWith(`${item.to}/`);
                  const Icon = item.icon;
                  return (
                    <NavLink
                      key={item.to}
                      component={Link}
                      to={item.to}
                      label={t(`nav.${item.key}`)}
                      leftSection={<Icon size={19} stroke={1.7} />}
                      active={active}
                      variant="light"
                      aria-current={active ? 'page' : undefined}
                      onClick={close}
                      style={{ borderRadius: 8 }}
                      mb={2}
                      fw={active ? 600 : 500}
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
