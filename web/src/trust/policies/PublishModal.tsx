// For policy managers: a new version of the policy or of the charter. It starts from the current
// text (publishing never edits it: the new version is a new document), shows a preview, and puts the
// server's refusals under the field they name.
import {
  Alert,
  Box,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconEye, IconInfoCircle, IconPencil } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useErrorMessage, useNotify } from '../../app/ui';
import { issuesByField } from '../forms';
import { PolicyBody } from './PolicyBody';
import { byKind, KINDS, type Policy, type PolicyDraft, type PolicyKind, usePublish } from './queries';
import { usePoliciesText } from './text';

/** The server's limits (src/trust/model.ts policyInputSchema). */
const TITLE_MAX = 300;
const SUMMARY_MAX = 2000;
const BODY_MAX = 200_000;

function draftFrom(kind: PolicyKind, list: readonly Policy[], language: string): PolicyDraft {
  const { current } = byKind(list, kind);
  return {
    kind,
    title: current?.title ?? '',
    language: current?.language ?? (language.startsWith('fr') ? 'fr' : 'en'),
    body: current?.body ?? '',
    summary: '',
  };
}

export function PublishModal({
  opened,
  kind,
  policies,
  onClose,
  onPublished,
}: {
  opened: boolean;
  /** The kind to start with (the tab the manager was reading). */
  kind: PolicyKind;
  policies: readonly Policy[];
  onClose: () => void;
  /** The new version, once published (the page shows its kind). */
  onPublished?: (p: Policy) => void;
}) {
  const { say, language } = usePoliciesText();
  const notify = useNotify();
  const message = useErrorMessage();
  const publish = usePublish();
  const [draft, setDraft] = useState<PolicyDraft>(() => draftFrom(kind, policies, language));
  const [tab, setTab] = useState<string | null>('write');
  const [tried, setTried] = useState(false);

  // Each opening starts again from the current version of the kind asked.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on opening, not while typing.
  useEffect(() => {
    if (!opened) return;
    setDraft(draftFrom(kind, policies, language));
    setTab('write');
    setTried(false);
    publish.reset();
  }, [opened, kind]);

  const current = byKind(policies, draft.kind).current;
  const nextVersion = (current?.version ?? 0) + 1;
  const server = issuesByField(publish.error);
  const problem = (field: 'title' | 'body', value: string) =>
    tried && !value.trim() ? say('publish.required') : server[field];

  const change = (patch: Partial<PolicyDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const switchKind = (k: PolicyKind) => setDraft(draftFrom(k, policies, language));

  const submit = () => {
    setTried(true);
    if (!draft.title.trim() || !draft.body.trim()) {
      if (!draft.body.trim()) setTab('write');
      return;
    }
    const summary = draft.summary?.trim() ? draft.summary.trim() : null;
    publish.mutate(
      { ...draft, title: draft.title.trim(), summary },
      {
        onSuccess: (p) => {
          notify.success(say('publish.done', { version: p.version, kind: say(`kindLower.${p.kind}`) }));
          onClose();
          onPublished?.(p);
        },
      },
    );
  };

  const generalError =
    publish.error &&
    !Object.keys(server).some((f) => ['title', 'body', 'summary', 'language', 'kind'].includes(f))
      ? publish.error
      : null;

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={say('publish.title')}
      size="xl"
      closeOnClickOutside={false}
      data-testid="publish-modal"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        noValidate
      >
        <Stack gap="md">
          <Box>
            <Text size="sm" fw={500} mb={4}>
              {say('publish.kind')}
            </Text>
            <SegmentedControl
              fullWidth
              value={draft.kind}
              onChange={(v) => switchKind(v as PolicyKind)}
              data={KINDS.map((k) => ({ value: k, label: say(`kind.${k}`) }))}
              aria-label={say('publish.kind')}
            />
          </Box>
          <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />} p="xs">
            <Text size="sm">
              {current ? `${say('publish.startedFrom', { version: current.version })} ` : ''}
              {say('publish.next', { version: nextVersion })}
            </Text>
          </Alert>
          <Group align="flex-start" wrap="nowrap">
            <TextInput
              label={say('publish.docTitle')}
              value={draft.title}
              onChange={(e) => change({ title: e.currentTarget.value })}
              maxLength={TITLE_MAX}
              required
              error={problem('title', draft.title)}
              name="title"
              style={{ flex: 1, minWidth: 0 }}
            />
            <Select
              label={say('publish.language')}
              value={draft.language}
              onChange={(v) => change({ language: v === 'en' ? 'en' : 'fr' })}
              data={[
                { value: 'fr', label: say('language.fr') },
                { value: 'en', label: say('language.en') },
              ]}
              allowDeselect={false}
              error={server.language}
              name="language"
              w={180}
            />
          </Group>
          <Textarea
            label={say('publish.summary')}
            description={say('publish.summaryHint')}
            placeholder={say('publish.summaryPlaceholder')}
            value={draft.summary ?? ''}
            onChange={(e) => change({ summary: e.currentTarget.value })}
            maxLength={SUMMARY_MAX}
            autosize
            minRows={2}
            maxRows={6}
            error={server.summary}
            name="summary"
          />
          <Box>
            <Text size="sm" fw={500}>
              {say('publish.body')}{' '}
              <Text span c="red" aria-hidden>
                *
              </Text>
            </Text>
            <Text size="xs" c="dimmed" mb={6}>
              {say('publish.bodyHint')}
            </Text>
            <Tabs value={tab} onChange={setTab} variant="outline">
              <Tabs.List>
                <Tabs.Tab value="write" leftSection={<IconPencil size={14} />}>
                  {say('publish.write')}
                </Tabs.Tab>
                <Tabs.Tab value="preview" leftSection={<IconEye size={14} />}>
                  {say('publish.preview')}
                </Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="write" pt="xs">
                <Textarea
                  aria-label={say('publish.body')}
                  value={draft.body}
                  onChange={(e) => change({ body: e.currentTarget.value })}
                  maxLength={BODY_MAX}
                  autosize
                  minRows={12}
                  maxRows={24}
                  error={problem('body', draft.body)}
                  name="body"
                  styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
                />
              </Tabs.Panel>
              <Tabs.Panel value="preview" pt="xs">
                <Box
                  p="md"
                  mih={200}
                  mah={480}
                  style={{
                    overflow: 'auto',
                    border: '1px solid var(--mantine-color-gray-3)',
                    borderRadius: 'var(--mantine-radius-sm)',
                  }}
                >
                  {draft.body.trim() ? (
                    <PolicyBody body={draft.body} testId="policy-preview" />
                  ) : (
                    <Text size="sm" c="dimmed">
                      {say('publish.previewEmpty')}
                    </Text>
                  )}
                </Box>
              </Tabs.Panel>
            </Tabs>
          </Box>
          {generalError && (
            <Alert color="red" variant="light">
              {message(generalError)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {say('publish.cancel')}
            </Button>
            <Button type="submit" loading={publish.isPending} data-testid="publish-submit">
              {say('publish.submit', { version: nextVersion })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
