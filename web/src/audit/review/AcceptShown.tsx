// The review's bulk accept: once filters are set, the recommendation taken for every row shown that is
// still to decide, with one reason, in one request (all or nothing, on the server). The reason is the
// reviewer's: a standard one is only ever text put in the field, seen before it is sent.
import { Alert, Box, Button, Group, Modal, Paper, Progress, Stack, Text, Textarea } from '@mantine/core';
import { IconChecks } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import type { Audit, AuditItem } from '../../../../src/audit/model';
import { ApiError } from '../../app/api';
import { useFormat } from '../../app/format';
import { ErrorAlert, FormButtons } from '../../app/forms';
import { useNotify } from '../../app/ui';
import { useTranslation } from '../../i18n/useTranslation';
import { DecisionBadge } from '../bits';
import { useAcceptRecommendations } from '../queries';
import { ACCEPT_MAX, acceptable, byRecommendation } from './filters';

/** The presence a refusal names (the server's `audit.accept.refused` carries its id). */
function refusedPresence(error: unknown): number | null {
  if (!(error instanceof ApiError) || error.code !== 'audit.accept.refused') return null;
  const id = Number(error.params.id);
  return Number.isInteger(id) && id > 0 ? id : null;
}

export function AcceptShown({
  audit,
  items,
  onOpen,
}: {
  audit: Audit;
  /** The rows shown, in their order. */
  items: AuditItem[];
  onOpen: (presenceId: number) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const notify = useNotify();
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const [elapsed, setElapsed] = useState(0);
  const eligible = useMemo(() => acceptable(items), [items]);
  // What the dialog asks about is what it sends, even if the list is read again meanwhile.
  const [chosen, setChosen] = useState<AuditItem[]>([]);
  const counts = useMemo(() => byRecommendation(chosen), [chosen]);
  const accept = useAcceptRecommendations(audit.id, {
    onSuccess: (r) => {
      setOpened(false);
      const done = t('audit.accept.done', {
        count: r.accepted.length,
        value: f.number(r.accepted.length),
        tasks: f.number(r.tasks),
      });
      const skipped = r.skipped.length
        ? ` ${t('audit.accept.skipped', { count: r.skipped.length, value: f.number(r.skipped.length) })}`
        : '';
      notify.success(`${done}${skipped}`);
    },
  });

  // One request does it all: the seconds go by on screen, as when an audit runs, so it shows it works.
  useEffect(() => {
    if (!accept.isPending) return;
    setElapsed(0);
    const started = Date.now();
    const timer = window.setInterval(() => setElapsed(Math.floor((Date.now() - started) / 1000)), 500);
    return () => window.clearInterval(timer);
  }, [accept.isPending]);

  // The dialog starts afresh each time it opens.
  // biome-ignore lint/correctness/useExhaustiveDependencies: resets the dialog when it opens.
  useEffect(() => {
    if (opened) {
      setReason('');
      accept.reset();
    }
  }, [opened]);

  const n = chosen.length;
  const tooMany = n > ACCEPT_MAX;
  const reasonOk = reason.trim().length >= 3;
  const refused = refusedPresence(accept.error);
  const close = () => !accept.isPending && setOpened(false);

  return (
    <>
      {eligible.length > 0 && (
        <Button
          size="xs"
          variant="light"
          leftSection={<IconChecks size={16} />}
          onClick={() => {
            setChosen(eligible);
            setOpened(true);
          }}
          data-testid="accept-shown"
        >
          {t('audit.accept.open', { count: eligible.length, value: f.number(eligible.length) })}
        </Button>
      )}
      <Modal
        opened={opened}
        onClose={close}
        title={t('audit.accept.title', { count: n, value: f.number(n) })}
        size="lg"
        closeOnClickOutside={!accept.isPending}
        closeOnEscape={!accept.isPending}
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!reasonOk || tooMany || accept.isPending) return;
            accept.mutate({ presenceIds: chosen.map((i) => i.presenceId), reason: reason.trim() });
          }}
        >
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t('audit.accept.intro')}
            </Text>
            <Box>
              <Text size="sm" fw={500} mb={6}>
                {t('audit.accept.summary')}
              </Text>
              <Group gap="xs" data-testid="accept-summary">
                {counts.map(([d, count]) => (
                  <Group key={d} gap={4} wrap="nowrap">
                    <DecisionBadge decision={d} size="md" />
                    <Text size="sm" fw={600}>
                      {f.number(count)}
                    </Text>
                  </Group>
                ))}
              </Group>
            </Box>
            {tooMany && (
              <Alert color="orange" variant="light" role="alert">
                {t('audit.accept.tooMany', { max: f.number(ACCEPT_MAX) })}
              </Alert>
            )}
            <Box>
              <Textarea
                label={t('audit.accept.reason')}
                description={t('audit.accept.reasonHelp')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                autosize
                minRows={2}
                maxRows={6}
                maxLength={2000}
                required
                disabled={accept.isPending}
                error={reason.length > 0 && !reasonOk ? t('audit.decide.reasonShort') : undefined}
                data-autofocus
                name="reason"
                data-testid="accept-reason"
              />
              <Button
                variant="subtle"
                size="compact-xs"
                mt={4}
                disabled={accept.isPending}
                onClick={() => setReason(t('audit.accept.standardReason'))}
              >
                {t('audit.accept.useStandard')}
              </Button>
            </Box>
            {accept.isPending && (
              <Paper withBorder p="md" bg="var(--mantine-color-vigie-0)" aria-live="polite">
                <Text size="sm" fw={600}>
                  {t('audit.accept.running', { count: n, value: f.number(n) })}
                </Text>
                <Progress value={100} animated striped mt="sm" aria-label={t('audit.accept.progress')} />
                <Text size="xs" c="dimmed" mt={6}>
                  {t('audit.accept.elapsed', { value: elapsed })}
                </Text>
              </Paper>
            )}
            {accept.isError && (
              <Stack gap={6}>
                <ErrorAlert error={accept.error} title={t('audit.accept.refused')} />
                {refused !== null && (
                  <Group justify="flex-end">
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => {
                        setOpened(false);
                        onOpen(refused);
                      }}
                    >
                      {t('audit.accept.openRefused')}
                    </Button>
                  </Group>
                )}
              </Stack>
            )}
            <FormButtons
              onCancel={close}
              cancelDisabled={accept.isPending}
              loading={accept.isPending}
              disabled={!reasonOk || tooMany}
              leftSection={<IconChecks size={16} />}
              data-testid="accept-submit"
            >
              {t('audit.accept.submit', { count: n, value: f.number(n) })}
            </FormButtons>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
