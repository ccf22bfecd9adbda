// The rules the audit applies, as the organisation sets them: the thresholds that make a presence
// dormant, abandoned or worth investing in, the closing plan's pace, the brand charter; and the
// messages a closure publishes (TemplatesEditor).
import {
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  Card,
  Group,
  List,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Tabs,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import {
  IconAdjustments,
  IconAlertTriangle,
  IconDeviceFloppy,
  IconMessage,
  IconRestore,
} from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { NAME_PATTERN_MAX_LENGTH, namePatternProblem } from '../../../src/audit/charter-pattern';
import { type RuleSettings, ruleSettingsSchema } from '../../../src/audit/model';
import { ApiError } from '../app/api';
import { useFormat } from '../app/format';
import { Loading, PageHeader, QueryError, useDocumentTitle, useErrorMessage, useNotify } from '../app/ui';
import { useTranslation } from '../i18n/useTranslation';
import { type SettingsAnswer, useAuditSettings, useSaveAuditSettings } from './queries';
import { TemplatesEditor } from './TemplatesEditor';

type NumberKey = Exclude<keyof RuleSettings, 'charter'>;

/** How each threshold is typed and shown: shares as percentages, the rest as they are. */
const FIELDS: { group: string; keys: NumberKey[] }[] = [
  { group: 'activity', keys: ['dormantDays', 'abandonedDays', 'minPosts90'] },
  { group: 'engagement', keys: ['minEngagementPerPost', 'decliningShare'] },
  {
    group: 'decisions',
    keys: ['investAudience', 'investPosts90', 'investEngagementPerPost', 'pollAudience'],
  },
  { group: 'plan', keys: ['redirectPosts', 'redirectWeeks', 'taskDays'] },
];
const PERCENT: readonly NumberKey[] = ['decliningShare'];

/** The range ruleSettingsSchema allows for a threshold, and whether it is a whole number. */
function rangeOf(key: NumberKey): { min: number; max: number; int: boolean } {
  const s = ruleSettingsSchema.shape[key];
  return {
    min: s.minValue ?? 0,
    max: s.maxValue ?? Number.MAX_SAFE_INTEGER,
    int: s.isInt ?? false,
  };
}

/** The words for each pattern RE2 refuses (src/audit/charter-pattern.ts). */
const PATTERN_WORDS = {
  'audit.settings.bad_pattern': 'audit.settings.badPattern',
  'audit.settings.pattern_backreference': 'audit.settings.patternBackreference',
  'audit.settings.pattern_lookaround': 'audit.settings.patternLookaround',
} as const;

const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;
const COMMON_LANGUAGES = ['fr', 'en', 'de', 'es', 'it', 'nl', 'pt', 'ar', 'zh', 'ja'];

/** The problems the form can see before asking the server, by field path. */
function useCheck() {
  const { t } = useTranslation();
  const f = useFormat();
  return (s: RuleSettings): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const { keys } of FIELDS) {
      for (const key of keys) {
        const { min, max, int } = rangeOf(key);
        const v = s[key];
        const pct = PERCENT.includes(key);
        const shown = (n: number) => (pct ? f.percent(n) : f.number(n));
        if (!Number.isFinite(v)) out[key] = t('audit.settings.required');
        else if (v < min || v > max)
          out[key] = t('audit.settings.range', { min: shown(min), max: shown(max) });
        else if (int && !Number.isInteger(v)) out[key] = t('audit.settings.whole');
      }
    }
    if (!out.abandonedDays && !out.dormantDays && s.abandonedDays <= s.dormantDays)
      out.abandonedDays = t('audit.settings.abandonedBeforeDormant');
    // The server's own check (RE2, linear time): the browser compiles the pattern, never runs it.
    const pattern = namePatternProblem(s.charter.namePattern);
    if (pattern?.code === 'audit.settings.pattern_too_complex')
      out['charter.namePattern'] = t('audit.settings.patternTooComplex', {
        size: f.number(pattern.params.size),
        max: f.number(pattern.params.max),
      });
    else if (pattern) out['charter.namePattern'] = t(PATTERN_WORDS[pattern.code], pattern.params);
    const bad = s.charter.languages.filter((l) => !LANGUAGE_CODE.test(l));
    if (bad.length) out['charter.languages'] = t('audit.settings.badLanguages', { value: bad.join(', ') });
    return out;
  };
}

function ThresholdsForm({ answer }: { answer: SettingsAnswer }) {
  const { t } = useTranslation();
  const f = useFormat();
  const notify = useNotify();
  const message = useErrorMessage();
  const check = useCheck();
  const [draft, setDraft] = useState<RuleSettings>(answer.settings);
  useEffect(() => setDraft(answer.settings), [answer.settings]);

  const save = useSaveAuditSettings({ onSuccess: () => notify.success(t('audit.settings.saved')) });

  const dirty = JSON.stringify(draft) !== JSON.stringify(answer.settings);
  const atDefaults = JSON.stringify(draft) === JSON.stringify(answer.defaults);
  const local = check(draft);
  // The server's word on each field, until the field changes again.
  const server = useMemo(() => {
    const out: Record<string, string> = {};
    if (save.error instanceof ApiError)
      for (const i of save.error.issues) if (i.field) out[i.field] = i.message;
    return out;
  }, [save.error]);
  const errorOf = (path: string) =>
    local[path] ?? (save.isError && save.variables ? server[path] : undefined);
  const unplaced =
    save.error instanceof ApiError
      ? save.error.issues.filter((i) => !i.field || !document.querySelector(`[data-path="${i.field}"]`))
      : [];

  const setNumber = (key: NumberKey, v: string | number) => {
    const n = v === '' ? Number.NaN : Number(v);
    setDraft((d) => ({ ...d, [key]: PERCENT.includes(key) ? n / 100 : n }));
    save.reset();
  };
  const setCharter = (patch: Partial<RuleSettings['charter']>) => {
    setDraft((d) => ({ ...d, charter: { ...d.charter, ...patch } }));
    save.reset();
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (Object.keys(local).length === 0) save.mutate(draft);
      }}
    >
      <Stack gap="lg">
        {FIELDS.map(({ group, keys }) => (
          <Card key={group}>
            <Title order={3} fz="md">
              {t(`audit.settings.group.${group}` as 'audit.settings.group.activity')}
            </Title>
            <Text size="sm" c="dimmed" mb="md">
              {t(`audit.settings.groupHint.${group}` as 'audit.settings.groupHint.activity')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg" verticalSpacing="lg">
              {keys.map((key) => {
                const { min, max, int } = rangeOf(key);
                const pct = PERCENT.includes(key);
                const value = draft[key];
                const def = answer.defaults[key];
                const shown = (n: number) => (pct ? f.percent(n) : f.number(n));
                return (
                  <NumberInput
                    key={key}
                    label={t(`audit.settings.field.${key}.label`)}
                    description={
                      <>
                        {t(`audit.settings.field.${key}.help`)}{' '}
                        <Text span size="xs" c="dimmed" fs="italic">
                          {t('audit.settings.rangeHint', {
                            min: shown(min),
                            max: shown(max),
                            default: shown(def),
                          })}
                        </Text>
                      </>
                    }
                    value={Number.isFinite(value) ? (pct ? Math.round(value * 1000) / 10 : value) : ''}
                    onChange={(v) => setNumber(key, v)}
                    min={pct ? min * 100 : min}
                    max={pct ? max * 100 : max}
                    allowDecimal={!int}
                    decimalScale={pct ? 1 : int ? 0 : 2}
                    suffix={pct ? ' %' : undefined}
                    hideControls
                    rightSection={
                      pct ? undefined : (
                        <Text size="xs" c="dimmed" pr="sm" style={{ whiteSpace: 'nowrap' }}>
                          {t(`audit.settings.field.${key}.unit`)}
                        </Text>
                      )
                    }
                    rightSectionWidth="auto"
                    inputWrapperOrder={['label', 'input', 'description', 'error']}
                    thousandSeparator={f.locale === 'fr-FR' ? '\u202f' : ','}
                    decimalSeparator={f.locale === 'fr-FR' ? ',' : '.'}
                    error={errorOf(key)}
                    name={key}
                    data-path={key}
                    styles={{ input: value !== def ? { fontWeight: 600 } : undefined }}
                  />
                );
              })}
            </SimpleGrid>
          </Card>
        ))}

        <Card>
          <Title order={3} fz="md">
            {t('audit.settings.group.charter')}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {t('audit.settings.groupHint.charter')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
            <TextInput
              label={t('audit.settings.field.namePattern.label')}
              description={t('audit.settings.field.namePattern.help')}
              value={draft.charter.namePattern}
              onChange={(e) => setCharter({ namePattern: e.currentTarget.value })}
              maxLength={NAME_PATTERN_MAX_LENGTH}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              placeholder="^Ombreval"
              error={errorOf('charter.namePattern')}
              name="namePattern"
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              data-path="charter.namePattern"
            />
            <TextInput
              label={t('audit.settings.field.requiredLink.label')}
              description={t('audit.settings.field.requiredLink.help')}
              value={draft.charter.requiredLink}
              onChange={(e) => setCharter({ requiredLink: e.currentTarget.value })}
              maxLength={200}
              placeholder="ombreval.example"
              error={errorOf('charter.requiredLink')}
              name="requiredLink"
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              data-path="charter.requiredLink"
            />
            <TagsInput
              label={t('audit.settings.field.languages.label')}
              description={t('audit.settings.field.languages.help')}
              value={draft.charter.languages}
              onChange={(v) => setCharter({ languages: v.map((l) => l.trim()) })}
              data={COMMON_LANGUAGES.map((code) => ({
                value: code,
                label: `${f.languageName(code)} (${code})`,
              }))}
              maxTags={30}
              clearable
              error={errorOf('charter.languages')}
              name="languages"
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              data-path="charter.languages"
            />
          </SimpleGrid>
        </Card>

        {save.isError && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
            {message(save.error)}
            {unplaced.length > 0 && (
              <List size="sm" mt={4}>
                {unplaced.map((i) => (
                  <List.Item key={`${i.field}-${i.message}`}>
                    {i.field ? `${i.field} · ` : ''}
                    {i.message}
                  </List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}

        <Paper
          withBorder
          p="md"
          bg={dirty ? 'var(--mantine-color-vigie-0)' : 'gray.0'}
          style={{ position: 'sticky', bottom: 12, zIndex: 3 }}
        >
          <Group justify="space-between" gap="sm">
            <Text size="sm" c={Object.keys(local).length > 0 ? 'red.8' : 'dimmed'}>
              {Object.keys(local).length > 0
                ? t('audit.settings.fixFirst')
                : dirty
                  ? t('audit.settings.unsaved')
                  : t('audit.settings.appliesNext')}
            </Text>
            <Group gap="sm">
              <Button
                variant="subtle"
                color="gray"
                leftSection={<IconRestore size={16} />}
                disabled={atDefaults}
                onClick={() => {
                  setDraft(answer.defaults);
                  save.reset();
                }}
              >
                {t('audit.settings.defaults')}
              </Button>
              <Button
                variant="default"
                disabled={!dirty}
                onClick={() => {
                  setDraft(answer.settings);
                  save.reset();
                }}
              >
                {t('common.reset')}
              </Button>
              <Button
                type="submit"
                disabled={!dirty || Object.keys(local).length > 0}
                loading={save.isPending}
                leftSection={<IconDeviceFloppy size={16} />}
                data-testid="settings-save"
              >
                {t('common.save')}
              </Button>
            </Group>
          </Group>
        </Paper>
      </Stack>
    </form>
  );
}

const TABS = ['rules', 'templates'] as const;
type Tab = (typeof TABS)[number];

export function AuditSettingsPage() {
  const { t } = useTranslation();
  const settings = useAuditSettings();
  const [search, setSearch] = useSearchParams();
  const tab: Tab = search.get('tab') === 'templates' ? 'templates' : 'rules';
  useDocumentTitle(t('nav.auditSettings'));

  return (
    <>
      <Breadcrumbs mb="xs">
        <Anchor component={Link} to="/audits" size="sm">
          {t('nav.audits')}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t('nav.auditSettings')}
        </Text>
      </Breadcrumbs>
      <PageHeader title={t('audit.settings.title')} description={t('audit.settings.description')} />
      <Tabs
        value={tab}
        onChange={(v) => setSearch(v === 'templates' ? { tab: 'templates' } : {}, { replace: true })}
      >
        <Tabs.List mb="lg">
          <Tabs.Tab value="rules" leftSection={<IconAdjustments size={16} />}>
            {t('audit.settings.tabRules')}
          </Tabs.Tab>
          <Tabs.Tab value="templates" leftSection={<IconMessage size={16} />} data-testid="tab-templates">
            {t('audit.settings.tabTemplates')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="rules">
          {settings.isPending ? (
            <Loading />
          ) : settings.isError ? (
            <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
          ) : (
            <ThresholdsForm answer={settings.data} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="templates">{tab === 'templates' && <TemplatesEditor />}</Tabs.Panel>
      </Tabs>
    </>
  );
}
