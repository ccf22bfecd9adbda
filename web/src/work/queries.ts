// "My work" as the web app asks for it (src/work/routes.ts): the user's own tasks, policies to accept
// and handovers, and moving one of their tasks. The menu's badge reads the same query.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TaskStatus } from '../../../src/audit/model';
import type { Work, WorkTask } from '../../../src/work/model';
import { api } from '../app/api';
import type { WriteHandlers } from '../app/mutations';

export type { Work, WorkTask };

export const WORK_KEY = ['work'] as const;

export function useWork(enabled = true) {
  return useQuery({
    queryKey: WORK_KEY,
    queryFn: ({ signal }) => api<Work>('/work', { signal }),
    enabled,
    // The badge follows tasks moved elsewhere (the plan board, another tab) within minutes.
    refetchInterval: 5 * 60_000,
  });
}

/** Marks one of the user's tasks done, not needed or to do again; the list is updated at once. */
export function useSetTaskStatus(on: WriteHandlers<WorkTask, { id: number; status: TaskStatus }> = {}) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: number; status: TaskStatus }) =>
      api<WorkTask>(`/work/tasks/${id}`, { method: 'POST', body: { status } }),
    onSuccess: (task, variables) => {
      client.setQueryData<Work>(WORK_KEY, (work) =>
        work ? { ...work, tasks: work.tasks.map((x) => (x.id === task.id ? task : x)) } : work,
      );
      // The plan board shows the same task.
      void client.invalidateQueries({ queryKey: ['audit'] });
      on.onSuccess?.(task, variables);
    },
    onError: on.onError,
  });
}
