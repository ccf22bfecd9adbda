// A write has two sides. Its capability's queries.ts sends it and refetches (or updates) what it
// changes; the page that asked adds what the reader sees (a message, a dialog closed, a move) through
// these handlers, which run after the cache's side and, unlike those given to `mutate`, for every call.
import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';

export interface WriteHandlers<TData, TVariables = void> {
  onSuccess?: (data: TData, variables: TVariables) => void;
  onError?: (error: Error, variables: TVariables) => void;
}

/** A write after which the queries under `key` are read again (a list the write changed). */
export function useWriteThenRefetch<TData, TVariables>(
  key: QueryKey,
  mutationFn: (variables: TVariables) => Promise<TData>,
  on: WriteHandlers<TData, TVariables>,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (data, variables) => {
      void client.invalidateQueries({ queryKey: key });
      on.onSuccess?.(data, variables);
    },
    onError: on.onError,
  });
}

/**
 * A write whose answer is the record as stored: it replaces the cached one under `key` at once.
 * `gcTime: 0` keeps what was sent (a secret) out of the mutation cache once the write ends.
 */
export function useWriteThenStore<TData, TVariables>(
  key: QueryKey,
  mutationFn: (variables: TVariables) => Promise<TData>,
  on: WriteHandlers<TData, TVariables>,
  options: { gcTime?: number } = {},
) {
  const client = useQueryClient();
  return useMutation({
    ...options,
    mutationFn,
    onSuccess: (data, variables) => {
      client.setQueryData(key, data);
      on.onSuccess?.(data, variables);
    },
    onError: on.onError,
  });
}
