// The presences table's column chooser: a checkbox per column that may be hidden (the selection and
// the name always show). Without a view applied the choice is kept in the browser for the account;
// with one, it is part of the view (saved when the view is updated).
import { Button, Checkbox, Popover, Stack, Text } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { IconColumns3 } from '@tabler/icons-react';
import { useTranslation } from '../../i18n/useTranslation';
import { OPTIONAL_COLUMNS, type OptionalColumn, readStoredColumns, toggleColumn } from './viewState';

/** Each column's name, as its header says it. */
const LABEL = {
  platform: 'field.platform',
  unit: 'field.unit',
  owner: 'field.owner',
  status: 'field.status',
  audience: 'field.audience',
  last_activity: 'field.lastActivityOn',
} as const satisfies Record<OptionalColumn, string>;

export function ColumnsMenu({
  columns,
  onChange,
  viewName,
}: {
  /** The optional columns shown; null: all of them. */
  columns: OptionalColumn[] | null;
  onChange: (columns: OptionalColumn[] | null) => void;
  /** The view applied, whose columns these are (null: the person's own choice). */
  viewName: string | null;
}) {
  const { t } = useTranslation();
  const hidden = columns ? OPTIONAL_COLUMNS.length - columns.length : 0;
  return (
    <Popover position="bottom-end" shadow="md" width={280} withinPortal>
      <Popover.Target>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconColumns3 size={16} />}
          data-testid="columns-menu"
          aria-label={
            hidden
              ? `${t('views.columns.menu')} (${OPTIONAL_COLUMNS.length - hidden}/${OPTIONAL_COLUMNS.length})`
              : undefined
          }
        >
          {t('views.columns.menu')}
          {hidden > 0 && (
            <Text span size="xs" c="dimmed" ml={6}>
              {OPTIONAL_COLUMNS.length - hidden}/{OPTIONAL_COLUMNS.length}
            </Text>
          )}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <div>
            <Text size="sm" fw={600}>
              {t('views.columns.title')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('views.columns.hint')}
            </Text>
          </div>
          <Stack gap={8}>
            {OPTIONAL_COLUMNS.map((c) => (
              <Checkbox
                key={c}
                size="sm"
                label={t(LABEL[c])}
                checked={!columns || columns.includes(c)}
                onChange={(e) => onChange(toggleColumn(columns, c, e.currentTarget.checked))}
                data-testid={`column-${c}`}
              />
            ))}
          </Stack>
          <Button
            variant="subtle"
            size="xs"
            onClick={() => onChange(null)}
            disabled={columns === null}
            style={{ alignSelf: 'flex-start' }}
            px={4}
          >
            {t('views.columns.all')}
          </Button>
          <Text size="xs" c="dimmed">
            {viewName ? t('views.columns.inView', { name: viewName }) : t('views.columns.remembered')}
          </Text>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

/** The columns a person shows when no view is applied, kept in this browser for their account. */
export function useOwnColumns(userId: number | undefined) {
  return useLocalStorage<OptionalColumn[] | null>({
    key: `vigie.columns.presences.${userId ?? 'anonymous'}`,
    defaultValue: null,
    getInitialValueInEffect: false,
    serialize: (v) => JSON.stringify(v),
    deserialize: (v) => readStoredColumns(v),
  });
}
