// The audit's services (method steps a–h), as routes and commands call them. Each role lives in its
// own file: audits.ts (run, read, report), decisions.ts (decide, undo: the registry follows through
// its own service), tasks.ts (the action plan), settings.ts (thresholds, charter, templates),
// kpis.ts (step h).
import type { Access } from '../core/access';
import type { Db } from '../core/db';
import type { Locale } from '../core/i18n';
import { RegistryService } from '../registry/service';
import type { Q } from '../registry/store';
import { auditReport, getAudit, listAudits, type RunProgress, runAudit } from './audits';
import type { AuditContext } from './context';
import { type AcceptProgress, acceptRecommendations, decide, undo } from './decisions';
import { addKpi, deleteKpi, kpiSuggestions, kpis } from './kpis';
import type {
  AcceptInput,
  AcceptResult,
  Audit,
  AuditItem,
  AuditRun,
  AuditSummary,
  DecideInput,
  Kpi,
  KpiInput,
  RuleSettings,
  Task,
  TaskPatch,
  Template,
  TemplateInput,
} from './model';
import {
  deleteTemplate,
  type PreviewInput,
  previewTemplate,
  readSettings,
  readTemplates,
  saveSettings,
  saveTemplate,
} from './settings';
import { progress, type TaskFilter, tasks, type UnitProgress, updateTask } from './tasks';

export type { RunProgress } from './audits';
export type { AcceptProgress } from './decisions';

export class AuditService {
  private readonly ctx: AuditContext;

  /** `registry`: the service decisions change presences through (the server's, with its hooks). */
  constructor(h: Db, registry: RegistryService = new RegistryService(h)) {
    this.ctx = { h, registry };
  }

  // ---------- settings and templates

  settings(db: Q = this.ctx.h.db): Promise<RuleSettings> {
    return readSettings(db);
  }

  saveSettings(access: Access, input: RuleSettings): Promise<RuleSettings> {
    return saveSettings(this.ctx, access, input);
  }

  templates(db: Q = this.ctx.h.db): Promise<Template[]> {
    return readTemplates(db);
  }

  saveTemplate(access: Access, input: TemplateInput): Promise<Template> {
    return saveTemplate(this.ctx, access, input);
  }

  deleteTemplate(access: Access, input: Omit<TemplateInput, 'body'>): Promise<void> {
    return deleteTemplate(this.ctx, access, input);
  }

  previewTemplate(access: Access, input: PreviewInput) {
    return previewTemplate(this.ctx, access, input);
  }

  // ---------- audits

  /** `locale`: the language of the audit's default name. */
  run(
    access: Access,
    input: AuditRun,
    onProgress?: RunProgress,
    locale: Locale = 'en',
  ): Promise<AuditSummary> {
    return runAudit(this.ctx, access, input, onProgress, locale);
  }

  /** The audits this user may read, newest first; `locale`: the reader's (names Vigie gave). */
  list(access: Access, locale: Locale = 'en'): Promise<AuditSummary[]> {
    return listAudits(this.ctx, access, locale);
  }

  get(access: Access, id: number, locale: Locale = 'en'): Promise<Audit> {
    return getAudit(this.ctx, access, id, locale);
  }

  report(
    access: Access,
    auditId: number,
    format: 'html' | 'pdf' | 'csv',
    locale: Locale,
  ): Promise<{ body: string | Buffer; contentType: string; fileName: string }> {
    return auditReport(this.ctx, access, auditId, format, locale);
  }

  // ---------- decisions (steps d–g)

  decide(
    access: Access,
    auditId: number,
    presenceId: number,
    input: DecideInput,
  ): Promise<{ item: AuditItem; tasks: Task[] }> {
    return decide(this.ctx, access, auditId, presenceId, input);
  }

  undo(access: Access, auditId: number, presenceId: number): Promise<{ item: AuditItem }> {
    return undo(this.ctx, access, auditId, presenceId);
  }

  /**
   * Accepts the recommendation of each presence named, with one reason, all or nothing (those decided
   * meanwhile are left as they are); `onProgress` follows it presence by presence.
   */
  accept(
    access: Access,
    auditId: number,
    input: AcceptInput,
    onProgress?: AcceptProgress,
  ): Promise<AcceptResult> {
    return acceptRecommendations(this.ctx, access, auditId, input, onProgress);
  }

  // ---------- the plan

  tasks(access: Access, auditId: number, filter: TaskFilter = {}): Promise<Task[]> {
    return tasks(this.ctx, access, auditId, filter);
  }

  updateTask(access: Access, id: number, patch: TaskPatch): Promise<Task> {
    return updateTask(this.ctx, access, id, patch);
  }

  /** Plan progress per unit of the presences concerned. */
  progress(access: Access, auditId: number): Promise<UnitProgress[]> {
    return progress(this.ctx, access, auditId);
  }

  // ---------- KPIs (step h)

  kpis(access: Access, presenceId: number): Promise<Kpi[]> {
    return kpis(this.ctx, access, presenceId);
  }

  addKpi(access: Access, presenceId: number, input: KpiInput & { auditId?: number | null }): Promise<Kpi> {
    return addKpi(this.ctx, access, presenceId, input);
  }

  deleteKpi(access: Access, id: number): Promise<void> {
    return deleteKpi(this.ctx, access, id);
  }

  /** KPI suggestions for a presence, from its objective and, when an audit judged it, its facts. */
  kpiSuggestions(access: Access, presenceId: number): Promise<KpiInput[]> {
    return kpiSuggestions(this.ctx, access, presenceId);
  }
}
