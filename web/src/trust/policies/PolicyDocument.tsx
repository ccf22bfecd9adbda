// One version of a policy as people read it: its title, version, language and who published it when,
// what changed since the previous version, and the text. Every value is rendered as text.
import { Alert, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import { useFormat } from '../../app/format';
import { useActorLabel } from '../../app/ui';
import { useTranslation } from '../../i18n/useTranslation';
import { PolicyBody } from './PolicyBody';
import type { Policy } from './queries';
import { usePoliciesText } from './text';

export function PolicyDocument({ policy, headingOrder = 3 }: { policy: Policy; headingOrder?: 2 | 3 | 4 }) {
  const { say } = usePoliciesText();
  const { t } = useTranslation();
  const f = useFormat();
  const actor = useActorLabel();
  return (
    <Stack gap="md">
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <Badge variant="light" tt="none">
            {say('version', { version: policy.version })}
          </Badge>
          <Badge
            variant={policy.current ? 'filled' : 'outline'}
            color={policy.current ? 'teal' : 'gray'}
            tt="none"
          >
            {policy.current ? say('current') : say('superseded')}
          </Badge>
          <Badge variant="default" tt="none">
            {say(`language.${policy.language}`)}
          </Badge>
        </Group>
        <Title order={headingOrder} data-testid="policy-title" style={{ overflowWrap: 'anywhere' }}>
          {policy.title}
        </Title>
        <Text
          size="sm"
          c="dimmed"
          title={policy.publishedByName ? t('names.login', { login: policy.publishedBy }) : undefined}
        >
          {say('publishedOn', {
            date: f.date(policy.publishedAt),
            actor: policy.publishedByName ?? actor(policy.publishedBy),
          })}
        </Text>
      </Stack>
      {policy.summary && (
        <Alert
          variant="light"
          color="blue"
          icon={<IconSparkles size={18} />}
          title={say('whatChanged', { version: policy.version })}
          data-testid="policy-summary"
        >
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {policy.summary}
          </Text>
        </Alert>
      )}
      <PolicyBody body={policy.body} />
    </Stack>
  );
}
