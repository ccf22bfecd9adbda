// Small pieces of the imports pages: durations, a SHA-256 fingerprint one can copy,
// the mark of an export format, and links that only ever lead to web pages.
import { ActionIcon, Code, CopyButton, Group, ThemeIcon, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconFileSpreadsheet } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useFormat } from '../app/format';
import { useTranslation } from '../i18n/useTranslation';
import { PlatformIcon } from '../registry/platforms';
import type { ExportPlatform } from './queries';

/** "850 ms", "4.2 s", "3.5 min", "1.2 h" — in the reader's language. */
export function useDuration() {
  const f = useFormat();
  return useMemo(() => {
    const display = f.locale === 'fr-FR' ? 'short' : 'narrow';
    const unit = (u: string, digits: number) =>
      new Intl.NumberFormat(f.locale, {
        style: 'unit',
        unit: u,
        unitDisplay: display,
        maximumFractionDigits: digits,
      });
    const ms = unit('millisecond', 0);
    const s = unit('second', 1);
    const min = unit('minute', 1);
    const h = unit('hour', 1);
    return (duration: number): string => {
      if (duration < 1000) return ms.format(duration);
      if (duration < 60_000) return s.format(duration / 1000);
      if (duration < 3_600_000) return min.format(duration / 60_000);
      return h.format(duration / 3_600_000);
    };
  }, [f.locale]);
}

/** The first characters of a SHA-256, the whole of it in a tooltip, and a button to copy it. */
export function ShortSha({ sha }: { sha: string }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={sha} maw={560} multiline style={{ wordBreak: 'break-all' }}>
        <Code style={{ whiteSpace: 'nowrap' }}>{sha.slice(0, 12)}…</Code>
      </Tooltip>
      <CopyButton value={sha}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t('dataImports.copied') : t('dataImports.copySha')}>
            <ActionIcon
              variant="subtle"
              color={copied ? 'teal' : 'gray'}
              size="sm"
              onClick={copy}
              aria-label={t('dataImports.copySha')}
            >
              {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}

/** The mark of an export format: the platform's, or a spreadsheet for the generic CSV. */
export function FormatIcon({ platform, size = 26 }: { platform: ExportPlatform; size?: number }) {
  if (platform !== 'csv') return <PlatformIcon id={platform} size={size} />;
  return (
    <ThemeIcon size={size} radius="sm" variant="light" color="gray" style={{ flex: 'none' }} aria-hidden>
      <IconFileSpreadsheet size={Math.round(size * 0.66)} stroke={1.8} />
    </ThemeIcon>
  );
}

/** Exports carry addresses written by anyone: only web addresses become links. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}
