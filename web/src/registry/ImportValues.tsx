// The import preview's "Values to recognise": each value of the file Vigie did not understand (or
// read through a mapping), with its count and lines, and a choice of what it means. A meaning
// chosen here is remembered for the file's source when the import succeeds; one remembered can be
// changed here, or forgotten. Names of people and units are here too: those read without asking
// ("Dumas Aurélie" is Aurélie Dumas), and those close to a known one ("did you mean…"), which wait
// for a person to say who they are or that they are new.
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
import { useFormat } from '../app/format';
import { useActorLabel } from '../app/ui';
import { useTranslation } from '../i18n/useTranslation';
import { useFieldLabel } from './History';
import {
  CREATE_NEW,
  candidateMeaning,
  MATCH_FIELDS,
  type MatchCandidate,
  type PreviewValue,
} from './inventory';
import { COMMON_LANGUAGES, MFA_STATES, RECOVERY_KINDS, STATUSES } from './meta';
import { usePeople, usePlatforms, useUnits } from './queries';

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

  if (MATCH_FIELDS.has(value.field)) {
    return (
      <MatchInput
        value={value}
        meaning={meaning}
        onChange={onChange}
        disabled={disabled}
        chosenHere={chosenHere}
      />
    );
  }
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

/** "Aurélie Dumas (left)" for someone who has left, the name otherwise. */
export function useCandidateLabel() {
  const { t } = useTranslation();
  return (c: Pick<MatchCandidate, 'name' | 'left'>) =>
    c.left ? t('people.nameLeft', { name: c.name }) : c.name;
}

/**
 * Who a name of the file is, or which unit: the ones it may mean first, then everyone else, a new one
 * as written, or nothing. A person is chosen by e-mail address when they have one (names repeat).
 */
function MatchInput({
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
  chosenHere: boolean;
}) {
  const { t } = useTranslation();
  const label = useCandidateLabel();
  const people = usePeople();
  const units = useUnits();
  const isPerson = value.field === 'person';
  const likely = [...(value.candidates ?? [])];
  if (value.target && !likely.some((c) => c.id === value.target!.id)) likely.unshift(value.target);
  const likelyIds = new Set(likely.map((c) => c.id));
  const others: MatchCandidate[] = isPerson
    ? (people.data ?? []).map((p) => ({
        id: p.id,
        name: p.name,
        how: 'same',
        left: p.status === 'left',
        email: p.email,
      }))
    : (units.data ?? []).map((u) => ({ id: u.id, name: u.name, how: 'same' }));
  const option = (c: MatchCandidate) => ({ value: candidateMeaning(c), label: label(c) });
  // Chosen here, the meaning is an option's value; read by the server, it is who it names.
  const current =
    meaning === null || chosenHere || meaning === CREATE_NEW || meaning === LEAVE_EMPTY
      ? meaning
      : value.target
        ? candidateMeaning(value.target)
        : meaning;
  const values = new Set([...likely, ...others].map(candidateMeaning));
  const data = [
    { group: t('import.match.likely'), items: likely.map(option) },
    {
      group: isPerson ? t('import.match.otherPeople') : t('import.match.otherUnits'),
      items: others
        .filter((c) => !likelyIds.has(c.id))
        .sort((a, b) => a.name.localeCompare(b.name))
        .map(option),
    },
    {
      group: t('import.match.orElse'),
      items: [
        ...(current && !values.has(current) && current !== CREATE_NEW && current !== LEAVE_EMPTY
          ? [{ value: current, label: current }]
          : []),
        {
          value: CREATE_NEW,
          label: t(isPerson ? 'import.match.newPerson' : 'import.match.newUnit', { value: value.value }),
        },
        { value: LEAVE_EMPTY, label: t('import.values.leaveEmpty') },
      ],
    },
  ].filter((g) => g.items.length > 0);
  return (
    <Select
      aria-label={t('import.values.meaningFor', { value: value.value })}
      size="xs"
      disabled={disabled}
      placeholder={t(isPerson ? 'import.match.choosePerson' : 'import.match.chooseUnit')}
      searchable
      data={data}
      value={current}
      onChange={(v) => onChange(v)}
      clearable={chosenHere}
      allowDeselect={false}
      data-testid="match-input"
    />
  );
}

/** Under a name of the file: who it was read as and how, or who it may be. */
function MatchNote({ value, meaning }: { value: PreviewValue; meaning: string | null }) {
  const { t, i18n } = useTranslation();
  const label = useCandidateLabel();
  if (meaning === null && value.candidates?.length) {
    const names = new Intl.ListFormat(i18n.language, { type: 'disjunction' }).format(
      value.candidates.map(label),
    );
    return (
      <Text size="xs" c="orange.8" mt={4} data-testid="did-you-mean">
        {t('import.match.didYouMean', { names })}
      </Text>
    );
  }
  if (value.origin === 'recognised' && value.target && value.recognised) {
    return (
      <Text size="xs" c="dimmed" mt={4} data-testid="read-as">
        {t('import.match.readAs', {
          name: label(value.target),
          how: t(`import.match.how.${value.recognised}`),
        })}
      </Text>
    );
  }
  return null;
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
                      {chosen[key] === undefined && v.origin === 'recognised' && (
                        <Badge size="xs" variant="light" color="vigie" tt="none">
                          {t('import.match.recognised')}
                        </Badge>
                      )}
                      {chosen[key] === undefined && v.origin === 'remembered' && (
                        <Tooltip
                          label={t('import.values.rememberedBy', {
                            who: v.setByName ?? actorLabel(v.setBy ?? ''),
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
                          {MATCH_FIELDS.has(v.field)
                            ? t('import.match.toConfirm')
                            : t('import.values.unrecognised')}
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
                    {MATCH_FIELDS.has(v.field) && chosen[key] === undefined && (
                      <MatchNote value={v} meaning={meaning} />
                    )}
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
