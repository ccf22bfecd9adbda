// The readers of LinkedIn, YouTube, Mastodon, Bluesky and the generic CSV, for the list of readers
// (./index.ts). The generic CSV comes last: it is the fallback when no named platform claims a file.
import type { ExportReader } from '../model';
import { blueskyReader } from './bluesky';
import { csvReader } from './csv';
import { linkedinReader } from './linkedin';
import { mastodonReader } from './mastodon';
import { youtubeReader } from './youtube';

export const MORE_READERS: ExportReader[] = [
  linkedinReader,
  youtubeReader,
  mastodonReader,
  blueskyReader,
  csvReader,
];

export { blueskyReader, csvReader, linkedinReader, mastodonReader, youtubeReader };
