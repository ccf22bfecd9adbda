// Reminders by e-mail: each active user linked to a registry person receives, once a day, the open
// audit tasks of theirs that are overdue or due within DUE_SOON_DAYS days — the same tasks, within the
// same scope, as their "My work" page shows. A task is reminded at most once per UTC day, whoever
// runs the reminders (`vigie work remind` from cron, the timer of `vigie start`, both, two servers):
// each task is claimed in `task_reminders` before its mail goes, and given back if the mail fails.

import { readSettings } from '../audit/settings';
import { type Access, buildAccess } from '../core/access';
import { addDays, nowIso, today } from '../core/clock';
import type { Db } from '../core/db';
import { Invalid } from '../core/errors';
import { fill, type Locale } from '../core/i18n';
import type { Logger } from '../core/logger';
import { grantRows, unitTree } from '../trust/store';
import { composeReminder, type MailConfig, type Mailer, smtpMailer } from './mail';
import { workMessages as M } from './messages';
import { DUE_SOON_DAYS } from './model';
import { tasksOf } from './service';
import * as store from './store';

export interface RemindOptions {
  /** The day the reminders are for (YYYY-MM-DD, UTC); today by default. */
  day?: string;
  /** Lists who would receive what, sends nothing and records nothing. */
  dryRun?: boolean;
  /** Where the links point; null: the mail names the page without links. */
  publicUrl: string | null;
  from: string;
  /** Needed unless `dryRun`. */
  mailer: Mailer | null;
}

export interface RemindResult {
  day: string;
  /** The mails sent (or, dry, that would be), with the ids of the tasks each reminds. */
  sent: { userId: number; login: string; to: string; locale: Locale; taskIds: number[] }[];
  /** Tasks left out because they were reminded already that day. */
  alreadyReminded: number;
  /** Mails the SMTP server refused or could not take (their tasks are tried again on the next run). */
  failed: { userId: number; login: string; to: string; error: string }[];
}

/**
 * The language of the mails. People and users carry no language preference, so it is the
 * organisation's: the first of its brand charter's languages that Vigie speaks, else French.
 */
export async function organisationLocale(db: Db['db']): Promise<Locale> {
  const settings = await readSettings(db);
  for (const l of settings.charter.languages) {
    const base = l.slice(0, 2).toLowerCase();
    if (base === 'fr' || base === 'en') return base;
  }
  return 'fr';
}

async function accessOf(h: Db, r: { userId: number; login: string; personId: number }): Promise<Access> {
  return buildAccess({
    userId: r.userId,
    actor: r.login,
    personId: r.personId,
    grants: await grantRows(h.db, r.userId),
    units: await unitTree(h.db),
  });
}

export async function remind(h: Db, opts: RemindOptions): Promise<RemindResult> {
  const day = opts.day ?? today();
  const dueBy = addDays(day, DUE_SOON_DAYS);
  const locale = await organisationLocale(h.db);
  const result: RemindResult = { day, sent: [], alreadyReminded: 0, failed: [] };
  if (!opts.dryRun && !opts.mailer) throw new Error('remind: a mailer is needed unless dryRun');
  for (const r of await store.reminderRecipients(h.db)) {
    const access = await accessOf(h, r);
    const due = await tasksOf(h.db, access, { open: true, dueBy });
    if (!due.length) continue;
    const ids = due.map((x) => x.id);
    let taken: number[];
    if (opts.dryRun) {
      const done = await store.remindedOn(h.db, day, ids);
      taken = ids.filter((id) => !done.has(id));
    } else {
      taken = await store.claimReminders(h.db, ids, { day, userId: r.userId, email: r.email, at: nowIso() });
    }
    result.alreadyReminded += ids.length - taken.length;
    if (!taken.length) continue;
    const tasks = due.filter((x) => taken.includes(x.id));
    const entry = { userId: r.userId, login: r.login, to: r.email, locale, taskIds: taken };
    if (opts.dryRun) {
      result.sent.push(entry);
      continue;
    }
    const mail = composeReminder({ to: r.email, name: r.name, locale, today: day, tasks }, opts.publicUrl);
    try {
      await opts.mailer!.send({ from: opts.from, to: r.email, ...mail });
      result.sent.push(entry);
    } catch (e) {
      await store.releaseReminders(h.db, taken, day);
      result.failed.push({ userId: r.userId, login: r.login, to: r.email, error: (e as Error).message });
    }
  }
  return result;
}

/** The UTC hour from which the daily timer sends (VIGIE_REMIND_HOUR, 0–23; 7 by default). */
export function remindHourFrom(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.VIGIE_REMIND_HOUR?.trim();
  if (!raw) return 7;
  if (!/^\d{1,2}$/.test(raw) || Number(raw) > 23) {
    const params = { variable: 'VIGIE_REMIND_HOUR', value: raw.slice(0, 40) };
    throw new Invalid('work.env.bad_hour', fill(M['work.env.bad_hour'].en, params), params);
  }
  return Number(raw);
}

export interface ReminderTimer {
  /** The run under way, if any (tests wait for it). */
  readonly running: Promise<unknown> | null;
  stop(): void;
}

/**
 * The daily reminders of `vigie start` when SMTP is configured: the clock is looked at every hour
 * (and a minute after the start), and from `hour` (UTC) on, the reminders run. Once a day in effect:
 * later runs of the same day find every task already reminded, and send nothing; a mail that failed
 * is tried again the next hour. The timer never keeps the process alive.
 */
export function startReminderTimer(
  h: Db,
  config: MailConfig,
  options: { hour: number; logger: Logger; firstDelayMs?: number; everyMs?: number; now?: () => Date },
): ReminderTimer {
  const mailer = smtpMailer(config);
  const now = options.now ?? (() => new Date());
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running || now().getUTCHours() < options.hour) return;
    running = remind(h, { mailer, from: config.from, publicUrl: config.publicUrl })
      .then((r) => {
        if (r.sent.length || r.failed.length)
          options.logger.info(
            { event: 'work-reminders', day: r.day, sent: r.sent.length, failed: r.failed.length },
            'task reminders sent',
          );
        for (const f of r.failed)
          options.logger.warn(
            { event: 'work-reminder-failed', login: f.login, error: f.error },
            'reminder not sent',
          );
      })
      .catch((e: unknown) =>
        options.logger.error({ err: e, event: 'work-reminders' }, 'task reminders failed'),
      )
      .finally(() => {
        running = null;
      });
  };
  const first = setTimeout(tick, options.firstDelayMs ?? 60_000);
  const every = setInterval(tick, options.everyMs ?? 3_600_000);
  first.unref();
  every.unref();
  return {
    get running() {
      return running;
    },
    stop() {
      clearTimeout(first);
      clearInterval(every);
      mailer.close();
    },
  };
}
