// The pieces of forms and dialogs every page uses: the buttons that end a form, the question before
// a step that cannot be undone, a refused write with the server's issues, a search field, and the bar
// that keeps a form's save in view.
import {
  Alert,
  Button,
  type ButtonProps,
  CloseButton,
  Group,
  List,
  Modal,
  Paper,
  Stack,
  Text,
  TextInput,
  type TextInputProps,
} from '@mantine/core';
import { IconAlertTriangle, IconSearch } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { ApiError } from './api';
import { useErrorMessage } from './ui';

/** The end of a form in a dialog: Cancel, then the button that submits it (given its label and props). */
export function FormButtons({
  onCancel,
  cancelDisabled,
  children,
  ...submit
}: {
  onCancel: () => void;
  cancelDisabled?: boolean;
  children: ReactNode;
  'data-testid'?: string;
} & Omit<ButtonProps, 'children'>) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel} disabled={cancelDisabled}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" {...submit}>
        {children}
      </Button>
    </Group>
  );
}

/** Words to look for in a list, with a button that clears them once there are some. */
export function SearchInput({
  label,
  placeholder,
  value,
  onChange,
  onClear,
  w,
  testId,
}: {
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  onClear: () => void;
  w: TextInputProps['w'];
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <TextInput
      aria-label={label}
      placeholder={placeholder}
      leftSection={<IconSearch size={16} />}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      rightSection={value ? <CloseButton size="sm" aria-label={t('common.clear')} onClick={onClear} /> : null}
      w={w}
      data-testid={testId}
    />
  );
}

/** A question before a step that cannot be undone: what it does, then Cancel and the step itself. */
export function ConfirmModal({
  opened,
  onClose,
  title,
  children,
  confirm,
  onConfirm,
  loading,
  color = 'red',
  confirmTestId,
}: {
  opened: boolean;
  onClose: () => void;
  title: ReactNode;
  children: ReactNode;
  confirm: ReactNode;
  onConfirm: () => void;
  loading: boolean;
  color?: string;
  confirmTestId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <Stack>
        {children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color={color} loading={loading} onClick={onConfirm} data-testid={confirmTestId}>
            {confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * A write refused: the message, then the server's issues one by one (each with its field's name, given
 * `fieldLabel`), from `minIssues` of them (fewer: the message says it all).
 */
export function ErrorAlert({
  error,
  title,
  fieldLabel,
  minIssues = 1,
}: {
  error: unknown;
  title?: ReactNode;
  fieldLabel?: (field: string) => string;
  minIssues?: number;
}) {
  const message = useErrorMessage();
  const issues = error instanceof ApiError ? error.issues : [];
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={title} role="alert">
      <Text size="sm">{message(error)}</Text>
      {issues.length >= minIssues && (
        <List size="sm" mt={4}>
          {issues.map((i) => (
            <List.Item key={`${i.field}-${i.code}-${i.message}`}>
              {i.field && fieldLabel ? `${fieldLabel(i.field)} · ` : ''}
              {i.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

/** A bar kept in view at the bottom of the page while what it acts on scrolls: a form's save, an import's run. */
export function StickyBar({ bg, children }: { bg: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" shadow="sm" style={{ position: 'sticky', bottom: 12, zIndex: 5 }} bg={bg}>
      {children}
    </Paper>
  );
}
