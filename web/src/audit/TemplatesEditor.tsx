// The messages a closure publishes (redirect, poll, bio, progressive redirect posts), per language and
// platform: the built-in texts, the organisation's own, a live preview filled for a real presence
// with the platform's length limit, and the way back to the built-in text.
import {
  Alert,
  Badge,
  Box,
  Button,
  Card,
  Grid,
  Group,
  List,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle, IconArrowBackUp, IconDeviceFloppy, IconScissors } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { MessageLanguage, Template, TemplateKind } from '../../../src/audit/model';
import { ApiError } from '../app/api';
import { useFormat } from '../app/format';
import { ErrorAlert } from '../app/forms';
import { Loading, QueryError, useErrorMessage, useNotify } from '../app/ui';
import { currentLanguage } from '../i18n';
import { useTranslation } from '../i18n/useTranslation';
import { PlatformIcon, usePlatformDirectory } from '../registry/platforms';
import { usePresences } from '../registry/queries';
import { MESSAGE_LANGUAGES, TEMPLATE_KINDS, TEMPLATE_PLACEHOLDERS } from './meta';
import {
  type TemplateKey as Key,
  useRevertTemplate,
  useSaveTemplate,
  useTemplatePreview,
  useTemplates,
} from './queries';

const ALL = '*';

const same = (a: Key, b: Key) => a.kind === b.kind && a.language === b.language && a.platform === b.platform;

function TemplateList({
  templates,
  selected,
  onSelect,
}: {
  templates: Template[];
  selected: Key;
  onSelect: (key: Key) => void;
}) {
  const { t } = useTranslation();
  const directory = usePlatformDirectory();
  return (
    <Stack gap="md">
      {TEMPLATE_KINDS.map((kind) => {
        const rows = templates
          .filter((x) => x.kind === kind)
          .sort(
            (a, b) =>
              Number(b.platform === ALL) - Number(a.platform === ALL) ||
              a.platform.localeCompare(b.platform) ||
              a.language.localeCompare(b.language),
          );
        return (
          <Box key={kind}>
            <Text size="xs" fw={700} c="dimmed" tt="uppercase" mb={4} style={{ letterSpacing: '0.05em' }}>
              {t(`audit.templateKind.${kind}`)}
            </Text>
            <Stack gap={2}>
              {rows.map((x) => {
                const active = same(x, selected);
                return (
                  <UnstyledButton
                    key={`${x.kind}/${x.language}/${x.platform}`}
                    onClick={() => onSelect(x)}
                    px={8}
                    py={5}
                    style={{
                      borderRadius: 6,
                      background: active ? 'var(--mantine-color-vigie-light)' : undefined,
                    }}
                    aria-current={active ? 'true' : undefined}
                  >
                    <Group gap={8} wrap="nowrap" justify="space-between">
                      <Group gap={8} wrap="nowrap" style={{ minWidth: 0 }}>
                        {x.platform === ALL ? <Box w={18} /> : <PlatformIcon id={x.platform} size={18} />}
                        <Text size="sm" fw={active ? 600 : undefined} truncate>
                          {x.platform === ALL
                            ? t('audit.templates.everyPlatform')
                            : directory.name(x.platform)}
                        </Text>
                        <Badge size="xs" variant="outline" color="gray">
                          {x.language.toUpperCase()}
                        </Badge>
                      </Group>
                      {!x.builtIn && (
                        <Badge size="xs" variant="light" color="vigie" tt="none">
                          {t('audit.templates.own')}
                        </Badge>
                      )}
                    </Group>
                  </UnstyledButton>
                );
              })}
            </Stack>
          </Box>
        );
      })}
    </Stack>
  );
}

function Preview({ keyOf, body, presenceId }: { keyOf: Key; body: string; presenceId: number | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  const message = useErrorMessage();
  const [debounced] = useDebouncedValue(body, 400);
  const preview = useTemplatePreview(keyOf, debounced, presenceId);

  if (preview.isPending) return <Loading height={100} />;
  if (preview.isError)
    return (
      <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
        <Text size="sm">{message(preview.error)}</Text>
        {preview.error instanceof ApiError && preview.error.issues.length > 0 && (
          <List size="sm" mt={4}>
            {preview.error.issues.map((i) => (
              <List.Item key={`${i.code}-${i.message}`}>{i.message}</List.Item>
            ))}
          </List>
        )}
      </Alert>
    );
  const p = preview.data;
  const over = p.limit !== null && p.length > p.limit;
  const share = p.limit ? Math.min(1, p.length / p.limit) : 0;
  return (
    <Stack gap="xs" data-testid="template-preview">
      <Paper
        withBorder
        p="md"
        bg="var(--mantine-color-gray-0)"
        style={{ opacity: preview.isFetching ? 0.7 : 1 }}
      >
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {p.text}
        </Text>
      </Paper>
      <Group gap="sm">
        <Text size="sm" c={over ? 'red.8' : share > 0.9 ? 'orange.8' : 'dimmed'} fw={500}>
          {p.limit === null
            ? t('audit.templates.lengthNoLimit', { length: f.number(p.length), count: p.length })
            : t('audit.templates.length', {
                length: f.number(p.length),
                limit: f.number(p.limit),
                count: p.length,
              })}
        </Text>
        {p.shortened && (
          <Tooltip label={t('audit.templates.shortenedHint')} multiline maw={300}>
            <Badge color="orange" variant="light" tt="none" leftSection={<IconScissors size={12} />}>
              {t('audit.templates.shortened')}
            </Badge>
          </Tooltip>
        )}
      </Group>
    </Stack>
  );
}

export function TemplatesEditor() {
  const { t } = useTranslation();
  const notify = useNotify();
  const directory = usePlatformDirectory();
  const templates = useTemplates();
  const [key, setKey] = useState<Key>({ kind: 'redirect', language: currentLanguage(), platform: ALL });
  const [body, setBody] = useState('');
  const [presenceId, setPresenceId] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const presences = usePresences(key.platform === ALL ? {} : { platform: key.platform });

  const list = templates.data ?? [];
  const exact = list.find((x) => same(x, key));
  const fallback = list.find((x) => same(x, { ...key, platform: ALL }));
  const effective = exact ?? fallback;
  const own = exact !== undefined && !exact.builtIn;
  const startBody = effective?.body ?? '';
  const dirty = body !== startBody || (exact === undefined && key.platform !== ALL && body.trim() !== '');

  // Another template chosen, or the list refetched after a save: the editor shows it as stored.
  useEffect(() => setBody(startBody), [startBody]);

  const save = useSaveTemplate({ onSuccess: () => notify.success(t('audit.templates.saved')) });
  const revert = useRevertTemplate({
    onSuccess: () => notify.success(t('audit.templates.reverted')),
    onError: (err) => notify.error(err),
  });

  const platformOptions = useMemo(
    () => [
      { value: ALL, label: t('audit.templates.everyPlatform') },
      ...directory.list.filter((p) => p.alive).map((p) => ({ value: p.id, label: p.name })),
    ],
    [directory.list, t],
  );
  const presenceOptions = useMemo(
    () =>
      (presences.data?.items ?? []).slice(0, 500).map((p) => ({
        value: String(p.id),
        label: `${p.name ?? p.handle ?? p.url} · ${directory.name(p.platform)}`,
      })),
    [presences.data, directory],
  );

  const insert = (placeholder: string) => {
    const el = area.current;
    const token = `{${placeholder}}`;
    if (!el) {
      setBody((b) => b + token);
      return;
    }
    const start = el.selectionStart ?? body.length;
    const end = el.selectionEnd ?? body.length;
    const next = body.slice(0, start) + token + body.slice(end);
    setBody(next);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(start + token.length, start + token.length);
    });
  };

  if (templates.isPending) return <Loading />;
  if (templates.isError)
    return <QueryError error={templates.error} onRetry={() => void templates.refetch()} />;

  const select = (next: Key) => {
    setKey(next);
    save.reset();
    setPresenceId(null);
  };

  return (
    <Grid gap="lg" align="flex-start">
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Card>
          <Text fw={600} mb={4}>
            {t('audit.templates.listTitle')}
          </Text>
          <Text size="xs" c="dimmed" mb="md">
            {t('audit.templates.listHint')}
          </Text>
          <TemplateList templates={list} selected={key} onSelect={select} />
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Card>
          <Stack gap="md">
            <Group gap="md" align="flex-end" wrap="wrap">
              <Select
                label={t('audit.templates.kind')}
                data={TEMPLATE_KINDS.map((k) => ({ value: k, label: t(`audit.templateKind.${k}`) }))}
                value={key.kind}
                onChange={(v) => v && select({ ...key, kind: v as TemplateKind })}
                allowDeselect={false}
                w={260}
                size="xs"
              />
              <Box>
                <Text size="sm" fw={500} mb={4}>
                  {t('field.language')}
                </Text>
                <SegmentedControl
                  value={key.language}
                  onChange={(v) => select({ ...key, language: v as MessageLanguage })}
                  data={MESSAGE_LANGUAGES.map((l) => ({ value: l, label: l.toUpperCase() }))}
                  size="xs"
                />
              </Box>
              <Select
                label={t('field.platform')}
                data={platformOptions}
                value={key.platform}
                onChange={(v) => v && select({ ...key, platform: v })}
                searchable
                allowDeselect={false}
                w={220}
                size="xs"
                nothingFoundMessage={t('common.nothingFound')}
              />
            </Group>
            <Text size="sm" c="dimmed">
              {t(`audit.templateKindHint.${key.kind}`)}
            </Text>
            {key.platform !== ALL && !exact && (
              <Alert variant="light" color="blue" p="xs">
                <Text size="sm">{t('audit.templates.inherits')}</Text>
              </Alert>
            )}
            <Box>
              <Group justify="space-between" mb={4}>
                <Text size="sm" fw={500}>
                  {t('audit.templates.body')}
                </Text>
                <Group gap={6}>
                  <Badge variant="light" color={own ? 'vigie' : 'gray'} tt="none">
                    {own ? t('audit.templates.own') : t('audit.templates.builtIn')}
                  </Badge>
                  {own && (
                    <Button
                      variant="subtle"
                      color="red"
                      size="compact-xs"
                      leftSection={<IconArrowBackUp size={13} />}
                      loading={revert.isPending}
                      onClick={() => revert.mutate(key)}
                      data-testid="template-revert"
                    >
                      {t('audit.templates.revert')}
                    </Button>
                  )}
                </Group>
              </Group>
              <Textarea
                ref={area}
                value={body}
                onChange={(e) => {
                  setBody(e.currentTarget.value);
                  save.reset();
                }}
                autosize
                minRows={5}
                maxRows={14}
                maxLength={5000}
                aria-label={t('audit.templates.body')}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
                name="body"
                data-testid="template-body"
              />
              <Group gap={6} mt={6} wrap="wrap">
                <Text size="xs" c="dimmed">
                  {t('audit.templates.insert')}
                </Text>
                {TEMPLATE_PLACEHOLDERS[key.kind].map((p) => (
                  <Tooltip key={p} label={t(`audit.placeholder.${p}` as 'audit.placeholder.name')}>
                    <Button
                      size="compact-xs"
                      variant="light"
                      color="gray"
                      onClick={() => insert(p)}
                      ff="monospace"
                    >
                      {`{${p}}`}
                    </Button>
                  </Tooltip>
                ))}
              </Group>
              <Text size="xs" c="dimmed" mt={6}>
                {t('audit.templates.syntax')}
              </Text>
            </Box>

            {save.isError && <ErrorAlert error={save.error} />}

            <Group justify="flex-end" gap="sm">
              <Group gap="sm">
                <Button
                  variant="default"
                  size="sm"
                  disabled={body === startBody}
                  onClick={() => setBody(startBody)}
                >
                  {t('common.reset')}
                </Button>
                <Button
                  size="sm"
                  leftSection={<IconDeviceFloppy size={16} />}
                  disabled={!dirty || body.trim() === ''}
                  loading={save.isPending}
                  onClick={() => save.mutate({ ...key, body })}
                  data-testid="template-save"
                >
                  {t('audit.templates.save')}
                </Button>
              </Group>
            </Group>

            <Box pt="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
              <Group justify="space-between" align="flex-end" mb="sm">
                <Box>
                  <Text fw={600}>{t('audit.templates.preview')}</Text>
                  <Text size="xs" c="dimmed">
                    {t('audit.templates.previewHint')}
                  </Text>
                </Box>
                <Select
                  aria-label={t('audit.templates.previewFor')}
                  placeholder={t('audit.templates.previewSample')}
                  data={presenceOptions}
                  value={presenceId}
                  onChange={setPresenceId}
                  searchable
                  clearable
                  w={300}
                  size="xs"
                  nothingFoundMessage={t('common.nothingFound')}
                />
              </Group>
              <Preview keyOf={key} body={body} presenceId={presenceId ? Number(presenceId) : null} />
            </Box>
          </Stack>
        </Card>
      </Grid.Col>
    </Grid>
  );
}
