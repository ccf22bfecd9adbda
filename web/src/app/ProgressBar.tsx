// How far a long step has gone (an upload, the server reading a file): a label, an optional detail
// ("12 MB of 40 MB"), and a bar; a step whose end is unknown (null) shows a moving bar.
import { Box, Group, Progress, Text } from '@mantine/core';

export function ProgressBar({
  label,
  detail,
  value,
  done,
  aria,
  testId,
}: {
  label: string;
  detail?: string;
  /** 0–1, or null while the end is unknown. */
  value: number | null;
  done: boolean;
  aria: string;
  testId: string;
}) {
  return (
    <Box data-testid={testId}>
      <Group justify="space-between" mb={4} gap="sm" wrap="nowrap">
        <Text size="sm" fw={done ? 400 : 500} c={done ? 'dimmed' : undefined}>
          {label}
        </Text>
        {detail && (
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {detail}
          </Text>
        )}
      </Group>
      <Progress
        value={value === null ? 100 : value * 100}
        animated={value === null}
        striped={value === null}
        color={done ? 'teal' : undefined}
        size="md"
        aria-label={aria}
        transitionDuration={200}
      />
    </Box>
  );
}
