// The audit's data as the web app fetches it (src/audit/routes.ts): settings, audits with their items,
// the action plan and its progress, message templates and KPIs. Writes go through useAuditWrite,
// which refetches what they change: a decision also changes the registry (status, owner, unit).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type {
  Audit,
  AuditSummary,
  Decision,
  Kpi,
  KpiInput,
  MessageLanguage,
  RuleSettings,
  Task,
  TaskPatch,
  TaskStatus,
  Template,
  TemplateKind,
} from '../../../src/audit/model';
import { api, query } from '../app/api';

export interface SettingsAnswer {
  settings: RuleSettings;
  defaults: RuleSettings;
}

export interface UnitProgress {
  unitId: number | null;
  unit: string | null;
  total: number;
  done: number;
  byStatus: Record<TaskStatus, number>;
}

export interface PreviewAnswer {
  text: string;
  length: number;
  limit: number | null;
  shortened: boolean;
}

export interface TaskFilters {
  unitId?: number | null;
  status?: TaskStatus | null;
}

const validId = (id: number) => Number.isInteger(id) && id > 0;

export function useAuditSettings() {
  return useQuery({ queryKey: ['audit-settings'], queryFn: () => api<SettingsAnswer>('/audit-settings') });
}

export function useAudits() {
  return useQuery({ queryKey: ['audits'], queryFn: () => api<AuditSummary[]>('/audits') });
}

export function useAudit(id: number) {
  return useQuery({
    queryKey: ['audit', id],
    queryFn: () => api<Audit>(`/audits/${id}`),
    enabled: validId(id),
    retry: false,
  });
}

export function useAuditTasks(id: number, filters: TaskFilters = {}) {
  return useQuery({
    queryKey: ['audit', id, 'tasks', filters],
    queryFn: ({ signal }) =>
      api<Task[]>(`/audits/${id}/tasks${query({ unitId: filters.unitId, status: filters.status })}`, {
        signal,
      }),
    enabled: validId(id),
    placeholderData: keepPreviousData,
  });
}

export function useAuditProgress(id: number) {
  return useQuery({
    queryKey: ['audit', id, 'progress'],
    queryFn: () => api<UnitProgress[]>(`/audits/${id}/progress`),
    enabled: validId(id),
  });
}

export function useTemplates() {
  return useQuery({ queryKey: ['audit-templates'], queryFn: () => api<Template[]>('/audit-templates') });
}

export function useKpis(presenceId: number) {
  return useQuery({
    queryKey: ['presence', presenceId, 'kpis'],
    queryFn: () => api<Kpi[]>(`/presences/${presenceId}/kpis`),
    enabled: validId(presenceId),
  });
}

export function useKpiSuggestions(presenceId: number, enabled = true) {
  return useQuery({
    queryKey: ['presence', presenceId, 'kpi-suggestions'],
    queryFn: () => api<KpiInput[]>(`/presences/${presenceId}/kpi-suggestions`),
    enabled: enabled && validId(presenceId),
  });
}

export interface PreviewInput {
  kind: TemplateKind;
  language: MessageLanguage;
  platform: string;
  body?: string;
  presenceId?: number;
  auditId?: number;
}

export function previewTemplate(input: PreviewInput, signal?: AbortSignal) {
  return api<PreviewAnswer>('/audit-templates/preview', { method: 'POST', body: input, signal });
}

/** Refetches the audits, their plans and the registry (a decision changes presences too). */
export function useAuditRefresh() {
  const client = useQueryClient();
  return useCallback(
    () => client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'platforms' }),
    [client],
  );
}

export interface DecideBody {
  decision: Decision;
  into: number | null;
  reason: string;
  ownerId?: number | null;
  deputyId?: number | null;
  custodianId?: number | null;
  unitId?: number | null;
}

export function useDecide(auditId: number, presenceId: number) {
  const refresh = useAuditRefresh();
  return useMutation({
    mutationFn: (body: DecideBody) =>
      api<{ item: unknown; tasks: Task[] }>(`/audits/${auditId}/decisions/${presenceId}`, {
        method: 'POST',
        body,
      }),
    onSuccess: () => void refresh(),
  });
}

export function useUndoDecision(auditId: number, presenceId: number) {
  const refresh = useAuditRefresh();
  return useMutation({
    mutationFn: () =>
      api<{ item: unknown }>(`/audits/${auditId}/decisions/${presenceId}`, { method: 'DELETE' }),
    onSuccess: () => void refresh(),
  });
}

/** Moves a task at once on the board, then asks the server; a refusal puts it back. */
export function usePatchTask(auditId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: TaskPatch }) =>
      api<Task>(`/tasks/${id}`, { method: 'PATCH', body: patch }),
    onMutate: async ({ id, patch }) => {
      await client.cancelQueries({ queryKey: ['audit', auditId, 'tasks'] });
      const before = client.getQueriesData<Task[]>({ queryKey: ['audit', auditId, 'tasks'] });
      client.setQueriesData<Task[]>({ queryKey: ['audit', auditId, 'tasks'] }, (tasks) =>
        tasks?.map((t) =>
          t.id === id
            ? {
                ...t,
                ...(patch.status ? { status: patch.status } : {}),
                ...(patch.dueOn ? { dueOn: patch.dueOn } : {}),
                ...(patch.message !== undefined ? { message: patch.message } : {}),
              }
            : t,
        ),
      );
      return { before };
    },
    onError: (_err, _vars, context) => {
      for (const [key, data] of context?.before ?? []) client.setQueryData(key, data);
    },
    onSettled: () => {
      void client.invalidateQueries({ queryKey: ['audit', auditId] });
      void client.invalidateQueries({ queryKey: ['audits'] });
    },
  });
}

/** The address of the report in a format and language; html opens in a tab, the others download. */
export function reportUrl(auditId: number, format: 'html' | 'pdf' | 'csv', lang: string): string {
  return `/api/audits/${auditId}/report${query({ format, lang })}`;
}
