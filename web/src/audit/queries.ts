// The audit's data as the web app fetches it (src/audit/routes.ts): settings, audits with their items,
// the action plan and its progress, message templates and KPIs. Writes refetch what they change: a
// decision, a new audit or a KPI also changes the registry (status, owner, unit), so most refetch all.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AcceptResult,
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
import { useWriteThenRefetch, useWriteThenStore, type WriteHandlers } from '../app/mutations';
import { useRefreshingWrite } from '../registry/queries';

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

const SETTINGS_KEY = ['audit-settings'] as const;
const TEMPLATES_KEY = ['audit-templates'] as const;

export function useAuditSettings() {
  return useQuery({ queryKey: SETTINGS_KEY, queryFn: () => api<SettingsAnswer>('/audit-settings') });
}

/** Saves the thresholds; the answer is the settings as stored, put straight into the cache. */
export function useSaveAuditSettings(on: WriteHandlers<SettingsAnswer, RuleSettings> = {}) {
  return useWriteThenStore(
    SETTINGS_KEY,
    (settings: RuleSettings) => api<SettingsAnswer>('/audit-settings', { method: 'PUT', body: settings }),
    on,
  );
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

export interface AuditRun {
  name?: string;
  unitId: number | null;
  asOf?: string;
}

/** Runs a new audit (the server may take a while over a large organisation). */
export function useRunAudit(on: WriteHandlers<AuditSummary, AuditRun> = {}) {
  return useRefreshingWrite((body: AuditRun) => api<AuditSummary>('/audits', { method: 'POST', body }), on);
}

export function useTemplates() {
  return useQuery({ queryKey: TEMPLATES_KEY, queryFn: () => api<Template[]>('/audit-templates') });
}

export interface TemplateKey {
  kind: TemplateKind;
  language: MessageLanguage;
  platform: string;
}

/** Stores the organisation's own text for a kind, language and platform. */
export function useSaveTemplate(on: WriteHandlers<Template, TemplateKey & { body: string }> = {}) {
  return useWriteThenRefetch(
    TEMPLATES_KEY,
    (template: TemplateKey & { body: string }) =>
      api<Template>('/audit-templates', { method: 'PUT', body: template }),
    on,
  );
}

/** Drops the organisation's own text: the built-in one applies again. */
export function useRevertTemplate(on: WriteHandlers<unknown, TemplateKey> = {}) {
  return useWriteThenRefetch(
    TEMPLATES_KEY,
    (key: TemplateKey) => api<unknown>(`/audit-templates${query({ ...key })}`, { method: 'DELETE' }),
    on,
  );
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

/**
 * A template filled for a real presence (or an example): the text being written (empty: the stored
 * one), as the reader types; the last answer stays shown while the next is asked.
 */
export function useTemplatePreview(key: TemplateKey, body: string, presenceId: number | null) {
  return useQuery({
    queryKey: ['template-preview', key, body, presenceId],
    queryFn: ({ signal }) => {
      const input: PreviewInput = {
        ...key,
        ...(body.trim() ? { body } : {}),
        ...(presenceId ? { presenceId } : {}),
      };
      return api<PreviewAnswer>('/audit-templates/preview', { method: 'POST', body: input, signal });
    },
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 60_000,
  });
}

export function useAddKpi(presenceId: number, on: WriteHandlers<Kpi, KpiInput & { auditId?: number }> = {}) {
  return useRefreshingWrite(
    (body: KpiInput & { auditId?: number }) =>
      api<Kpi>(`/presences/${presenceId}/kpis`, { method: 'POST', body }),
    on,
  );
}

export function useRemoveKpi(on: WriteHandlers<unknown, number> = {}) {
  return useRefreshingWrite((id: number) => api<unknown>(`/kpis/${id}`, { method: 'DELETE' }), on);
}

export interface DecideBody {
  decision: Decision;
  into: number | null;
  reason: string;
  ownerId?: number | null;
  deputyId?: number | null;
  custodianId?: number | null;
  unitId?: number | null;
  /** The presence's version the decider saw: a decision on a presence changed since is refused (409). */
  version?: number;
}

/** A decision changes the registry too (status, owner, unit): everything is read again after it. */
export function useDecide(auditId: number, presenceId: number) {
  return useRefreshingWrite(
    (body: DecideBody) =>
      api<{ item: unknown; tasks: Task[] }>(`/audits/${auditId}/decisions/${presenceId}`, {
        method: 'POST',
        body,
      }),
    {},
    // Refused because the presence changed meanwhile: the drawer shows it as it is now.
    { onConflict: true },
  );
}

/**
 * Accepts the recommendation of many presences at once with one reason (all or nothing; those
 * decided meanwhile are left as they are). The registry and the plan change: everything is read again.
 */
export function useAcceptRecommendations(
  auditId: number,
  on: WriteHandlers<AcceptResult, { presenceIds: number[]; reason: string }> = {},
) {
  return useRefreshingWrite(
    (body: { presenceIds: number[]; reason: string }) =>
      api<AcceptResult>(`/audits/${auditId}/decisions/accept`, { method: 'POST', body }),
    on,
  );
}

export function useUndoDecision(auditId: number, presenceId: number) {
  return useRefreshingWrite<{ item: unknown }, void>(
    () => api<{ item: unknown }>(`/audits/${auditId}/decisions/${presenceId}`, { method: 'DELETE' }),
    {},
  );
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
