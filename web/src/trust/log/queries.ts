// The change log as the web app asks for it: pages of entries (newest first, keyset pages), the
// verification of the chain, and the export's address. Shapes mirror src/trust/log/routes.ts.
import { type InfiniteData, useInfiniteQuery, useMutation } from '@tanstack/react-query';
import type { LogViewEntry } from '../../../../src/trust/log/view';
import type { LogQuery, VerifyResult } from '../../../../src/trust/model';
import { api, query } from '../../app/api';

export { LOG_ENTITIES, type LogEntity } from '../../../../src/core/log-model';
export type { VerifyResult };
/** An entry as the page shows it: with the names of what it refers to, and the client's address. */
export type LogEntry = LogViewEntry;

/** Entries asked for per page. */
export const LOG_PAGE = 50;

export interface LogPage {
  entries: LogEntry[];
  nextBefore: number | null;
}

/** What POST /log/verify answers: the verdict, and the end of the chain to anchor it. */
export interface VerifyAnswer extends VerifyResult {
  last?: { id: number | null; hash: string };
}

/** The filters a person sets on the page (all optional; empty strings are dropped from the query). */
export type LogFilters = Pick<LogQuery, 'actor' | 'entity' | 'entityId' | 'action' | 'from' | 'to' | 'q'>;

export function useLog(filters: LogFilters, start: number | null = null) {
  return useInfiniteQuery<LogPage, Error, InfiniteData<LogPage>, readonly unknown[], number | null>({
    queryKey: ['log', filters, start],
    queryFn: ({ pageParam, signal }) =>
      api<LogPage>(`/log${query({ ...filters, limit: LOG_PAGE, before: pageParam })}`, { signal }),
    initialPageParam: start,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}

export function useVerifyLog() {
  return useMutation({
    mutationFn: () => api<VerifyAnswer>('/log/verify', { method: 'POST' }),
  });
}

/** The export's address: a plain download, sent with the session cookie. */
export function exportUrl(format: 'csv' | 'jsonl', filters: LogFilters): string {
  return `/api/log/export${query({ format, ...filters })}`;
}
