// Platform exports as the web app sees them: the upload and its job, the history of imports, and a
// presence's posts and activity. The shapes mirror the API's answers (src/imports/routes.ts).
import { type InfiniteData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { ExportPlatform, PostKind } from '../../../src/imports/model';
import { type ApiIssue, api, putFile, query } from '../app/api';
import type { WriteHandlers } from '../app/mutations';
import { useRefreshingWrite } from '../registry/queries';

export { EXPORT_PLATFORMS, POST_KINDS } from '../../../src/imports/model';
export type { ExportPlatform, PostKind };

/** The server refuses bodies above this size (MAX_EXPORT_BYTES in src/imports/routes.ts). */
export const MAX_EXPORT_BYTES = 4 * 1024 ** 3;

/** Posts asked for per page of the timeline. */
export const POSTS_PAGE = 50;

export interface UnknownField {
  where: string;
  count: number;
}

export interface ImportSummary {
  file: string;
  size: number;
  sha256: string;
  platform: ExportPlatform;
  presence: { id: number; platform: string; handle: string | null; created: boolean } | null;
  posts: number;
  added: number;
  updated: number;
  interactions: number;
  metrics: number;
  unknownFields: UnknownField[];
  importId: number | null;
  dryRun: boolean;
  durationMs: number;
}

export interface JobError {
  kind: string;
  code: string;
  message: string;
  issues?: Omit<ApiIssue, 'code'>[];
}

export interface ImportJob {
  id: string;
  file: string;
  state: 'running' | 'done' | 'failed';
  read: number;
  total: number;
  summary?: ImportSummary;
  error?: JobError;
}

export interface DataImportRecord {
  id: number;
  at: string;
  actor: string;
  /** Who imported, by name (`actor` is their login); null when not a user. */
  actorName: string | null;
  fileName: string;
  size: number;
  sha256: string;
  platform: ExportPlatform;
  presence: { id: number; platform: string; handle: string | null } | null;
  presenceCreated: boolean;
  posts: number;
  added: number;
  updated: number;
  interactions: number;
  metrics: number;
  unknownFields: UnknownField[];
  durationMs: number;
  /** Days of metrics already stored that it filled in (null: not counted, imports before 011). */
  metricsReplaced: number | null;
  /** When it was rolled back, by whom (login, and name when a user); null while it stands. */
  rolledBackAt: string | null;
  rolledBackBy: string | null;
  rolledBackByName: string | null;
}

/** What rolling back a data import did (POST /api/data-imports/{id}/rollback). */
export interface DataImportRollback {
  importId: number;
  posts: number;
  interactions: number;
  metrics: number;
  presence: 'restored' | 'unchanged' | 'deleted' | 'archived';
}

/** Rolls back a data import; everything shown is read again (posts, the presence, the history). */
export function useRollbackDataImport(on: WriteHandlers<DataImportRollback, number> = {}) {
  return useRefreshingWrite(
    (id: number) => api<DataImportRollback>(`/data-imports/${id}/rollback`, { method: 'POST' }),
    on,
    { onConflict: true },
  );
}

export interface WeekActivity {
  /** Monday of the week, YYYY-MM-DD. */
  week: string;
  posts: number;
  engagement: number;
  perPost: number;
}

export interface DayMetrics {
  day: string;
  audience: number | null;
  audienceGained: number | null;
  impressions: number | null;
  engagements: number | null;
  visits: number | null;
  videoViews: number | null;
}

export interface Activity {
  posts: number;
  first: string | null;
  last: string | null;
  weeks: WeekActivity[];
  metrics: DayMetrics[];
}

export const COUNT_KINDS = ['likes', 'shares', 'replies', 'quotes', 'views', 'saves', 'clicks'] as const;
export type CountKind = (typeof COUNT_KINDS)[number];

export interface Post {
  id: number;
  externalId: string;
  publishedAt: string;
  text: string;
  language: string | null;
  kind: PostKind;
  url: string | null;
  links: string[];
  media: { type: string; ref: string }[];
  counts: Record<CountKind, number | null>;
}

export interface UploadOptions {
  platform: ExportPlatform | 'auto';
  presenceId: number | null;
  dryRun: boolean;
}

/** Sends the file as it is (the server streams it to disk) and answers with the job to follow. */
export function uploadExport(
  file: File,
  options: UploadOptions,
  onProgress: (sent: number, total: number) => void,
  signal?: AbortSignal,
): Promise<{ jobId: string }> {
  const qs = query({
    name: file.name,
    platform: options.platform,
    presenceId: options.presenceId ?? undefined,
    dryRun: options.dryRun,
  });
  return putFile<{ jobId: string }>(`/data-imports${qs}`, file, onProgress, signal);
}

/** The job of an upload, asked for every half second until it ends. */
export function useImportJob(jobId: string | null) {
  return useQuery({
    queryKey: ['data-import-job', jobId],
    queryFn: () => api<ImportJob>(`/data-imports/jobs/${encodeURIComponent(jobId ?? '')}`),
    enabled: jobId !== null,
    staleTime: 0,
    retry: false,
    // Until it ends, or until the server no longer knows it (restarted, or the job expired).
    refetchInterval: (q) =>
      q.state.status === 'error' || (q.state.data && q.state.data.state !== 'running') ? false : 500,
  });
}

export function useDataImports() {
  return useQuery({ queryKey: ['data-imports'], queryFn: () => api<DataImportRecord[]>('/data-imports') });
}

export function usePresenceActivity(id: number) {
  return useQuery({
    queryKey: ['presence', id, 'activity'],
    queryFn: () => api<Activity>(`/presences/${id}/activity`),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** Newest first, a page at a time: each page starts before the last post already shown. */
export function usePresencePosts(id: number, enabled = true) {
  return useInfiniteQuery<Post[], Error, InfiniteData<Post[]>, readonly unknown[], string | null>({
    queryKey: ['presence', id, 'posts'],
    queryFn: ({ pageParam, signal }) =>
      api<Post[]>(`/presences/${id}/posts${query({ limit: POSTS_PAGE, before: pageParam })}`, { signal }),
    initialPageParam: null,
    getNextPageParam: (last) =>
      last.length < POSTS_PAGE ? undefined : (last[last.length - 1]?.publishedAt ?? undefined),
    enabled: enabled && Number.isInteger(id) && id > 0,
  });
}
