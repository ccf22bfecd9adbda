// "My work": what the signed-in person has to do, gathered from the capabilities that give people
// work (issue #12, "each persona's home"): the audit-plan tasks assigned to their registry person,
// the policies they have not accepted yet, and the handovers they may complete. Shared by the server,
// the CLI, the reminders and the web app: no I/O here.
import { z } from 'zod';
import { TASK_KINDS, TASK_STATUSES, type TaskStatus } from '../audit/model';
import { POLICY_KINDS, reassignmentSchema } from '../trust/model';

/** A task is reminded, and counted on the menu, from this many days before its due date. */
export const DUE_SOON_DAYS = 3;

/** Open tasks: still to do or being done. */
export function isOpen(status: TaskStatus | string): boolean {
  return status === 'todo' || status === 'doing';
}

export type Urgency = 'overdue' | 'soon' | 'later' | 'closed';

/** `day` (YYYY-MM-DD) plus `days`, in UTC (calendar days, no time zone). */
function plusDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * How pressing a task is on `today` (YYYY-MM-DD): overdue once its date has passed, soon when due
 * today or within DUE_SOON_DAYS days, later otherwise; done and skipped tasks are closed.
 */
export function urgency(task: { status: string; dueOn: string }, today: string): Urgency {
  if (!isOpen(task.status)) return 'closed';
  if (task.dueOn < today) return 'overdue';
  return task.dueOn <= plusDays(today, DUE_SOON_DAYS) ? 'soon' : 'later';
}

/** What the menu's badge counts and the reminders mail: open tasks overdue or due soon. */
export function isPressing(task: { status: string; dueOn: string }, today: string): boolean {
  const u = urgency(task, today);
  return u === 'overdue' || u === 'soon';
}

/**
 * Open tasks first, by due date (the most overdue first), then closed ones, the most recently
 * changed first; ties by id, so that the order is stable.
 */
export function compareTasks(
  a: { id: number; status: string; dueOn: string; updatedAt: string },
  b: { id: number; status: string; dueOn: string; updatedAt: string },
): number {
  const open = Number(isOpen(b.status)) - Number(isOpen(a.status));
  if (open) return open;
  if (isOpen(a.status)) return a.dueOn.localeCompare(b.dueOn) || a.id - b.id;
  return b.updatedAt.localeCompare(a.updatedAt) || b.id - a.id;
}

export const workTaskSchema = z.object({
  id: z.number().int(),
  auditId: z.number().int(),
  presenceId: z.number().int(),
  presence: z.object({
    platform: z.string(),
    handle: z.string().nullable(),
    name: z.string().nullable(),
    url: z.string(),
    unit: z.string().nullable(),
  }),
  kind: z.enum(TASK_KINDS),
  /** Order of the task within its presence's plan. */
  step: z.number().int(),
  /** What fills the task's title in the catalogues (`audit.task.<kind>`). */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** The text to publish, for message tasks (redirect, poll, bio, redirect posts). */
  message: z.string().nullable(),
  dueOn: z.string(),
  status: z.enum(TASK_STATUSES),
  updatedAt: z.string(),
});
export type WorkTask = z.infer<typeof workTaskSchema>;

/** A current policy version the user has not accepted yet. */
export const pendingPolicySchema = z.object({
  id: z.number().int(),
  kind: z.enum(POLICY_KINDS),
  version: z.number().int(),
  title: z.string(),
  language: z.enum(['fr', 'en']),
  publishedAt: z.string(),
});
export type PendingPolicy = z.infer<typeof pendingPolicySchema>;

/** How many closed tasks the page lists after the open ones (the most recently closed). */
export const CLOSED_SHOWN = 50;
/** How many open handovers the page lists (the count says how many there are in all). */
export const HANDOVERS_SHOWN = 10;

export const workSchema = z.object({
  /**
   * The registry person this user is: tasks are assigned to people. Null: no person is linked to the
   * account, and no task can be theirs (the list is empty, never someone else's).
   */
  personId: z.number().int().nullable(),
  /** The server's day (UTC), against which tasks are overdue. */
  today: z.string(),
  /** Their open tasks by due date, then up to CLOSED_SHOWN closed ones. */
  tasks: z.array(workTaskSchema),
  policies: z.array(pendingPolicySchema),
  /**
   * Handovers of people who left that this user may complete (those who manage reassignments, within
   * their units); null when their roles do not give them any.
   */
  handovers: z
    .object({
      open: z.number().int(),
      items: z.array(reassignmentSchema),
    })
    .nullable(),
});
export type Work = z.infer<typeof workSchema>;

/** What the person may do with their own task: close it (done, not needed), or open it again. */
export const workTaskPatchSchema = z.object({ status: z.enum(TASK_STATUSES) }).strict();
export type WorkTaskPatch = z.infer<typeof workTaskPatchSchema>;
