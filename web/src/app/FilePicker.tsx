// One file to send: a drop zone (or a click to browse) until it is chosen, then its name and size,
// what the server read from it, and a button to take another. A file the zone refuses is said below.
import { Box, Button, Group, Text, ThemeIcon } from '@mantine/core';
import { Dropzone, type DropzoneProps, type FileRejection } from '@mantine/dropzone';
import { type Icon, IconReplace, IconUpload, IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useFormat } from './format';

export function FilePicker({
  file,
  onDrop,
  onReject,
  accept,
  maxSize,
  idleIcon: IdleIcon,
  fileIcon: FileIcon,
  title,
  hint,
  hintWidth,
  details,
  replaceLabel,
  onReplace,
  disabled,
  refusal,
  dropTestId,
  chosenTestId,
}: {
  file: File | null;
  onDrop: (files: File[]) => void;
  onReject: (rejections: FileRejection[]) => void;
  accept?: DropzoneProps['accept'];
  maxSize: number;
  /** The drop zone's picture, and the chosen file's. */
  idleIcon: Icon;
  fileIcon: Icon;
  title: ReactNode;
  hint: ReactNode;
  hintWidth?: number;
  /** What is known of the chosen file besides its size (its format, once read). */
  details?: ReactNode;
  replaceLabel: ReactNode;
  onReplace: () => void;
  disabled: boolean;
  /** Why the last file dropped was refused. */
  refusal: string | null;
  dropTestId: string;
  chosenTestId?: string;
}) {
  const f = useFormat();
  return (
    <>
      {!file ? (
        <Dropzone
          onDrop={onDrop}
          onReject={onReject}
          accept={accept}
          maxSize={maxSize}
          multiple={false}
          data-testid={dropTestId}
        >
          <Group justify="center" gap="xl" mih={150} style={{ pointerEvents: 'none' }}>
            <Dropzone.Accept>
              <IconUpload size={48} color="var(--mantine-color-vigie-6)" stroke={1.5} />
            </Dropzone.Accept>
            <Dropzone.Reject>
              <IconX size={48} color="var(--mantine-color-red-6)" stroke={1.5} />
            </Dropzone.Reject>
            <Dropzone.Idle>
              <IdleIcon size={48} color="var(--mantine-color-gray-5)" stroke={1.5} />
            </Dropzone.Idle>
            <Box maw={hintWidth}>
              <Text size="lg" fw={600}>
                {title}
              </Text>
              <Text size="sm" c="dimmed" mt={6}>
                {hint}
              </Text>
            </Box>
          </Group>
        </Dropzone>
      ) : (
        <Group justify="space-between" wrap="wrap" gap="md" data-testid={chosenTestId}>
          <Group gap="md" wrap="nowrap" style={{ minWidth: 0 }}>
            <ThemeIcon size={44} variant="light" radius="md">
              <FileIcon size={24} />
            </ThemeIcon>
            <Box style={{ minWidth: 0 }}>
              <Text fw={600} truncate>
                {file.name}
              </Text>
              <Group gap={8} mt={2}>
                <Text size="sm" c="dimmed">
                  {f.bytes(file.size)}
                </Text>
                {details}
              </Group>
            </Box>
          </Group>
          <Button
            variant="default"
            leftSection={<IconReplace size={16} />}
            onClick={onReplace}
            disabled={disabled}
          >
            {replaceLabel}
          </Button>
        </Group>
      )}
      {refusal && (
        <Text size="sm" c="red.8" mt="sm">
          {refusal}
        </Text>
      )}
    </>
  );
}
