// The frame of the pages seen before signing in: the product's name, the language switch, a card.
import { Box, Card, Center, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBinoculars } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { LanguageMenu } from '../app/LanguageMenu';
import { useTranslation } from '../i18n/useTranslation';

export function PublicFrame({
  title,
  description,
  children,
  width = 420,
}: {
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  width?: number;
}) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)">
      <Group justify="flex-end" p="md">
        <LanguageMenu />
      </Group>
      <Center px="md" pb="xl">
        <Stack w="100%" maw={width} gap="lg">
          <Group gap={10} wrap="nowrap" justify="center">
            <ThemeIcon size={40} radius="md" variant="filled">
              <IconBinoculars size={24} stroke={1.8} />
            </ThemeIcon>
            <Box>
              <Text fw={700} fz={24} lh={1.1} style={{ letterSpacing: '-0.01em' }}>
                Vigie
              </Text>
              <Text size="xs" c="dimmed" lh={1.2}>
                {t('shell.tagline')}
              </Text>
            </Box>
          </Group>
          <Card withBorder padding="xl" radius="md" shadow="sm">
            <Title order={1} fz={22} mb={description ? 4 : 'lg'}>
              {title}
            </Title>
            {description && (
              <Text size="sm" c="dimmed" mb="lg">
                {description}
              </Text>
            )}
            {children}
          </Card>
        </Stack>
      </Center>
    </Box>
  );
}
