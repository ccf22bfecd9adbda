// Every reader Vigie has, in the order detection prefers them on a tie: the X, Facebook, Instagram and
// TikTok readers (./index.ts), then LinkedIn, YouTube, Mastodon and Bluesky; the generic CSV comes
// last, the fallback when no named platform claims a file.
import type { ExportReader } from '../model';
import { blueskyReader } from './bluesky';
import { csvReader } from './csv';
import { READERS } from './index';
import { linkedinReader } from './linkedin';
import { mastodonReader } from './mastodon';
import { youtubeReader } from './youtube';

export const ALL_READERS: ExportReader[] = [
  ...READERS,
  linkedinReader,
  youtubeReader,
  mastodonReader,
  blueskyReader,
  csvReader,
];
