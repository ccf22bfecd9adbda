// The change log's filters: who, about what (and which number), which action, a date range, and
// text in the change or the reason. Typed text reaches the query after a short pause.
import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { type ReactNode, useEffect, useState } from 'react';
import { DateField } from '../../app/DateField';
import { LOG_ACTIONS } from '../../i18n/log.en';
import { useTranslation } from '../../i18n/useTranslation';
import { useActionLabel, useEntityLabel } from './LogTable';
import { LOG_ENTITIES, type LogFilters } from './queries';

/** A text box that reports its value after the person pauses typing. */
function DebouncedText({
  value,
  onChange,
  ...props
}: {
  value: string;
  onChange: (v: string) => void;
  label: string;
  placeholder?: string;
  leftSection?: ReactNode;
  w?: number;
  'data-testid'?: string;
}) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const report = useDebouncedCallback((v: string) => onChange(v.trim()), 350);
  return (
    <TextInput
      {...props}
      size="sm"
      value={text}
      maxLength={200}
      onChange={(e) => {
        setText(e.currentTarget.value);
        report(e.currentTarget.value);
      }}
    />
  );
}

export function LogFiltersBar({
  value,
  onChange,
}: {
  value: LogFilters;
  onChange: (next: LogFilters) => void;
}) {
  const { t } = useTranslation();
  const entityLabel = useEntityLabel();
  const actionLabel = useActionLabel();
  const set = (patch: Partial<LogFilters>) => {
    const next: LogFilters = { ...value, ...patch };
    for (const k of Object.keys(next) as (keyof LogFilters)[]) {
      if (next[k] === '' || next[k] === undefined || next[k] === null) delete next[k];
    }
    onChange(next);
  };
  const any = Object.keys(value).length > 0;
  const entities = LOG_ENTITIES.map((e) => ({ value: e, label: entityLabel(e) })).sort((a, b) =>
    a.label.localeCompare(b.label),
  );
  const actions = [
    ...LOG_ACTIONS.map((a) => ({ value: a, label: actionLabel(a) })),
    ...(value.action && !(LOG_ACTIONS as readonly string[]).includes(value.action)
      ? [{ value: value.action, label: value.action }]
      : []),
  ];

  return (
    <Group gap="sm" align="flex-end" wrap="wrap" data-testid="log-filters">
      <DebouncedText
        label={t('log.filters.q')}
        placeholder={t('log.filters.qPlaceholder')}
        leftSection={<IconSearch size={15} />}
        value={value.q ?? ''}
        onChange={(q) => set({ q })}
        w={210}
        data-testid="log-filter-q"
      />
      <DebouncedText
        label={t('log.filters.actor')}
        placeholder={t('log.filters.actorPlaceholder')}
        value={value.actor ?? ''}
        onChange={(actor) => set({ actor })}
        w={150}
      />
      <Select
        size="sm"
        w={170}
        label={t('log.filters.entity')}
        placeholder={t('log.filters.anyEntity')}
        data={entities}
        value={value.entity ?? null}
        onChange={(entity) => set({ entity: entity ?? undefined, entityId: undefined })}
        clearable
        searchable
        nothingFoundMessage={t('common.nothingFound')}
      />
      {value.entity && (
        <TextInput
          size="sm"
          w={100}
          label={t('log.filters.entityId')}
          inputMode="numeric"
          value={value.entityId === undefined ? '' : String(value.entityId)}
          onChange={(e) => {
            const raw = e.currentTarget.value.replace(/\D/g, '').slice(0, 12);
            set({ entityId: raw ? Number(raw) : undefined });
          }}
        />
      )}
      <Select
        size="sm"
        w={160}
        label={t('log.filters.action')}
        placeholder={t('log.filters.anyAction')}
        data={actions}
        value={value.action ?? null}
        onChange={(action) => set({ action: action ?? undefined })}
        clearable
      />
      <DateField
        size="sm"
        w={136}
        label={t('log.filters.from')}
        value={value.from ?? ''}
        onChange={(from) => set({ from })}
      />
      <DateField
        size="sm"
        w={136}
        label={t('log.filters.to')}
        value={value.to ?? ''}
        onChange={(to) => set({ to })}
      />
      {any && (
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconFilterOff size={15} />}
          onClick={() => onChange({})}
        >
          {t('log.filters.clear')}
        </Button>
      )}
    </Group>
  );
}
