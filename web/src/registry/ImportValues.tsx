// The import preview's "Values to recognise": each value of the file Vigie did not understand (or
// read through a mapping), with its count and lines, and a choice of what it means. A meaning
// chosen here is remembered for the file's source when the import succeeds; one remembered can be
// changed here, or forgotten.
import {
  ActionIcon,
  Badge,
  Card,
  Code,
  Group,
  MultiSelect,
  Select,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format';
import { useActorLabel } from '../app/ui';
import { useFieldLabel } from './History';
import type { PreviewValue } from './inventory';
import { COMMON_LANGUAGES, MFA_STATES, RECOVERY_KINDS, STATUSES } from './meta';
import { usePlatforms } from './queries';

/** The meaning that reads a value as an empty cell. */
export const LEAVE_EMPTY = 'ignore';

const DATE_FIELDS = new Set(['audience_date', 'created', 'last_activity']);

/** The key a value is chosen under in the page's state. */
export function choiceKey(field: string, value: string): string {
  return `${field}\u0000${value}`;
}

function MeaningInput({
  value,
  meaning,
  onChange,
  disabled,
  chosenHere,
}: {
  value: PreviewValue;
  meaning: string | null;
  onChange: (meaning: string | null) => void;
  disabled: boolean;
  /** Chosen in this preview (a remembered meaning is changed, or forgotten, not cleared). */
  chosenHere: boolean;
}) {
  const { t, i18n } = useTranslation();
  const platforms = usePlatforms();
  const label = t('import.values.meaningFor', { value: value.value });
  const empty = { value: LEAVE_EMPTY, label: t('import.values.leaveEmpty') };
  const common = {
    'aria-label': label,
    size: 'xs',
    disabled,
    placeholder: t('import.values.choose'),
  } as const;

  if (value.field === 'language') {
    const names = new Intl.DisplayNames([i18n.language], { type: 'language' });
    const codes = meaning && meaning !== LEAVE_EMPTY ? meaning.split('/') : [];
    return (
      <MultiSelect
        {...common}
        searchable
        data={[...new Set([...COMMON_LANGUAGES, ...codes])].map((c) => ({
          value: c,
          label: `${names.of(c) ?? c} (${c})`,
        }))}
        value={codes}
        onChange={(list) => onChange(list.length ? list.join('/') : null)}
      />
    );
  }
  if (DATE_FIELDS.has(value.field) || value.field === 'audience') {
    return <FreeMeaning {...common} field={value.field} meaning={meaning} onChange={onChange} />;
  }
  const data =
    value.field === 'status'
      ? STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))
      : value.field === 'mfa'
        ? MFA_STATES.map((s) => ({ value: s, label: t(`mfa.${s}`) }))
        : value.field === 'recovery'
          ? RECOVERY_KINDS.map((s) => ({ value: s, label: t(`recovery.${s}`) }))
          : (platforms.data ?? []).map((p) => ({ value: p.id, label: p.name }));
  return (
    <Select
      {...common}
      searchable={value.field === 'platform'}
      data={[...data, empty]}
      value={meaning}
      onChange={(v) => onChange(v)}
      clearable={chosenHere}
      allowDeselect={false}
    />
  );
}

/** A date or a number, typed: sent once it has the right shape, so the preview never fails on it. */
function FreeMeaning({
  field,
  meaning,
  onChange,
  ...rest
}: {
  field: string;
  meaning: string | null;
  onChange: (meaning: string | null) => void;
  'aria-label': string;
  size: 'xs';
  disabled: boolean;
  placeholder: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(meaning ?? '');
  const shape = field === 'audience' ? /^\d{1,13}$/ : /^\d{4}-\d{2}-\d{2}$/;
  const wrong = text !== '' && text !== LEAVE_EMPTY && !shape.test(text);
  const commit = () => {
    if (text === '') onChange(null);
    else if (!wrong) onChange(text);
  };
  return (
    <TextInput
      {...rest}
      placeholder={field === 'audience' ? '12500' : t('import.values.datePlaceholder')}
      value={text}
      error={
        wrong ? t(field === 'audience' ? 'import.values.numberShape' : 'import.values.dateShape') : undefined
      }
      onChange={(e) => setText(e.currentTarget.value.trim())}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
    />
  );
}

export function ImportValues({
  values,
  chosen,
  onChoose,
  onForget,
  source,
  onSource,
  disabled,
}: {
  values: PreviewValue[];
  chosen: Record<string, string>;
  onChoose: (field: string, value: string, meaning: string | null) => void;
  onForget: (id: number) => void;
  source: { key: string; given: boolean };
  onSource: (name: string) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const fieldLabel = useFieldLabel();
  const actorLabel = useActorLabel();
  const [sourceText, setSourceText] = useState(source.given ? source.key : '');
  const open = values.filter(
    (v) => v.meaning === null && chosen[choiceKey(v.field, v.value)] === undefined,
  ).length;

  return (
    <Card data-testid="value-mapping">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md" mb="md">
        <div>
          <Title order={3} fz="lg">
            {t('import.values.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={640}>
            {open > 0
              ? t('import.values.hintOpen', { count: open, value: f.number(open) })
              : t('import.values.hintDone')}
          </Text>
        </div>
        <TextInput
          size="xs"
          w={300}
          label={t('import.values.source')}
          description={t('import.values.sourceHelp')}
          placeholder={source.given ? undefined : source.key}
          value={sourceText}
          disabled={disabled}
          onChange={(e) => setSourceText(e.currentTarget.value)}
          onBlur={() => onSource(sourceText)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onSource(sourceText);
          }}
          data-testid="value-source"
        />
      </Group>
      <Table.ScrollContainer minWidth={760}>
        <Table withTableBorder data-testid="value-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={170}>{t('import.values.field')}</Table.Th>
              <Table.Th>{t('import.values.value')}</Table.Th>
              <Table.Th w={150}>{t('import.values.rows')}</Table.Th>
              <Table.Th w={300}>{t('import.values.meaning')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {values.map((v) => {
              const key = choiceKey(v.field, v.value);
              const meaning = chosen[key] ?? v.meaning;
              return (
                <Table.Tr key={key} data-testid="value-row">
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {fieldLabel(v.field)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('import.values.column', { column: v.column })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{v.value}</Code>
                    <Group gap={6} mt={4}>
                      {chosen[key] === undefined && v.origin === 'remembered' && (
                        <Tooltip
                          label={t('import.values.rememberedBy', {
                            who: actorLabel(v.setBy ?? ''),
                            when: v.setAt ? f.date(v.setAt) : '',
                          })}
                        >
                          <Badge size="xs" variant="light" color="teal" tt="none">
                            {t('import.values.remembered')}
                          </Badge>
                        </Tooltip>
                      )}
                      {meaning === null && (
                        <Badge size="xs" variant="light" color="red" tt="none">
                          {t('import.values.unrecognised')}
                        </Badge>
                      )}
                      {v.mappingId !== null && (
                        <Tooltip label={t('import.values.forget')}>
                          <ActionIcon
                            size="xs"
                            variant="subtle"
                            color="gray"
                            aria-label={t('import.values.forgetValue', { value: v.value })}
                            disabled={disabled}
                            onClick={() => onForget(v.mappingId!)}
                          >
                            <IconTrash size={12} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {t('import.values.count', { count: v.count, value: f.number(v.count) })}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('import.values.lines', {
                        count: v.lines.length,
                        list: f.list(v.lines.map((l) => f.number(l))),
                        more: v.count > v.lines.length ? '…' : '',
                      })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <MeaningInput
                      key={`${key}-${meaning ?? ''}`}
                      value={v}
                      meaning={meaning}
                      disabled={disabled}
                      chosenHere={chosen[key] !== undefined}
                      onChange={(m) => onChoose(v.field, v.value, m)}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
