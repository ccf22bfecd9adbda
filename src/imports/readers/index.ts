// The readers of this folder, and the choice of a reader for an export.
//
// `READERS` holds the X, Facebook, Instagram and TikTok readers; ./all.ts adds the LinkedIn, YouTube,
// Mastodon, Bluesky and generic CSV readers to them (`ALL_READERS`), the list the pipeline passes to
// `detectReader`.

import type { ExportPlatform, ExportReader, ExportSource } from '../model';
import { importsInvalid } from '../source';
import { facebookReader, instagramReader } from './meta';
import { tiktokReader } from './tiktok';
import { xReader } from './x';

export const READERS: ExportReader[] = [xReader, facebookReader, instagramReader, tiktokReader];

/** The least score at which a reader is trusted without being named. */
export const DETECT_THRESHOLD = 0.5;

const LABELS: Record<ExportPlatform, string> = {
  x: 'X (Twitter)',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  youtube: 'YouTube',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  tiktok: 'TikTok',
  csv: 'CSV',
};

export const platformLabel = (p: ExportPlatform): string => LABELS[p] ?? p;

/**
 * The reader for an export. `auto`: the best-scoring reader, if it scores at least 0.5 (the first
 * of equals, in list order). A named platform: its reader, unless it sees nothing of its format in
 * the export; then the message says what the export looks like instead, when another reader is
 * sure of it. Throws `Invalid` naming the export otherwise.
 */
export async function detectReader(
  source: ExportSource,
  readers: readonly ExportReader[] = READERS,
  platform: ExportPlatform | 'auto' = 'auto',
): Promise<ExportReader> {
  const scores = await Promise.all(
    readers.map(async (r) => {
      try {
        const s = await r.detect(source);
        return Number.isFinite(s) ? Math.max(0, Math.min(1, s)) : 0;
      } catch {
        return 0; // a reader that cannot even look says nothing
      }
    }),
  );
  let best = -1;
  for (let i = 0; i < readers.length; i++) if (best < 0 || scores[i]! > scores[best]!) best = i;
  const file = source.name;

  if (platform !== 'auto') {
    const i = readers.findIndex((r) => r.platform === platform);
    if (i >= 0 && scores[i]! > 0) return readers[i]!;
    const other =
      best >= 0 && scores[best]! >= DETECT_THRESHOLD && readers[best]!.platform !== platform
        ? readers[best]
        : undefined;
    if (other)
      throw importsInvalid('imports.detect.other', file, {
        other: platformLabel(other.platform),
        named: platformLabel(platform),
      });
    throw importsInvalid('imports.detect.not_named', file, { named: platformLabel(platform) });
  }

  if (best >= 0 && scores[best]! >= DETECT_THRESHOLD) return readers[best]!;
  const names = [...new Set(readers.map((r) => platformLabel(r.platform)))].join(', ');
  throw importsInvalid('imports.detect.none', file, { platforms: names });
}
