// Saved views as the web app asks for them (src/views/routes.ts): the user's own views of a table,
// and saving, changing and deleting one. Each write reads the list again.
import { useQuery } from '@tanstack/react-query';
import type { SavedView, ViewInput, ViewPage, ViewPatch } from '../../../src/views/model';
import { api, query } from '../app/api';
import { useWriteThenRefetch, type WriteHandlers } from '../app/mutations';

export type { SavedView, ViewInput, ViewPatch };

export const VIEWS_KEY = ['views'] as const;

export function useViews(page: ViewPage) {
  return useQuery({
    queryKey: [...VIEWS_KEY, page],
    queryFn: ({ signal }) => api<SavedView[]>(`/views${query({ page })}`, { signal }),
  });
}

export function useCreateView(on: WriteHandlers<SavedView, ViewInput> = {}) {
  return useWriteThenRefetch(
    VIEWS_KEY,
    (body: ViewInput) => api<SavedView>('/views', { method: 'POST', body }),
    on,
  );
}

/** Renames one of the user's views, or replaces its filters or columns. */
export function useUpdateView(on: WriteHandlers<SavedView, { id: number; patch: ViewPatch }> = {}) {
  return useWriteThenRefetch(
    VIEWS_KEY,
    ({ id, patch }: { id: number; patch: ViewPatch }) =>
      api<SavedView>(`/views/${id}`, { method: 'PATCH', body: patch }),
    on,
  );
}

export function useDeleteView(on: WriteHandlers<SavedView, number> = {}) {
  return useWriteThenRefetch(
    VIEWS_KEY,
    (id: number) => api<SavedView>(`/views/${id}`, { method: 'DELETE' }),
    on,
  );
}
