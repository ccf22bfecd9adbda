// The reminder e-mail: where it is sent from (the environment), what it says (pure: plain text and a
// simple HTML version, in the reader's language), and the sending itself (nodemailer over SMTP).
import nodemailer from 'nodemailer';
import type { TaskStatus } from '../audit/model';
import { planMessages } from '../audit/plan-messages';
import { Invalid } from '../core/errors';
import { fill, type Locale, translator } from '../core/i18n';
import { platformName } from '../registry/urls/platforms';
import { workMessages as M, type WorkMessageKey } from './messages';
import { urgency } from './model';

export interface MailConfig {
  /** `smtp://user:pass@host:port` (STARTTLS when the server offers it) or `smtps://…` (TLS at once). */
  smtpUrl: string;
  /** The sender, `Vigie <vigie@example.org>` or a bare address. */
  from: string;
  /** The address people open Vigie at, for links; null: the mail names the page without a link. */
  publicUrl: string | null;
}

function envError(variable: string, code: WorkMessageKey, params: Record<string, string> = {}): Invalid {
  const all = { variable, ...params };
  return new Invalid(code, fill(M[code].en, all), all);
}

/** The public address, without a trailing slash; Invalid naming the variable when it is not http(s). */
export function publicUrlFrom(env: NodeJS.ProcessEnv): string | null {
  const raw = env.VIGIE_PUBLIC_URL?.trim();
  if (!raw) return null;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw envError('VIGIE_PUBLIC_URL', 'work.env.bad_public_url', { value: raw.slice(0, 200) });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    throw envError('VIGIE_PUBLIC_URL', 'work.env.bad_public_url', { value: raw.slice(0, 200) });
  return u.toString().replace(/\/+$/, '');
}

/**
 * The mail settings from VIGIE_SMTP_URL, VIGIE_MAIL_FROM and VIGIE_PUBLIC_URL; null when no SMTP
 * server is configured (reminders are then not sent by e-mail). A variable set wrong is refused,
 * naming it, rather than mailing from a guessed sender.
 */
export function mailConfigFrom(env: NodeJS.ProcessEnv = process.env): MailConfig | null {
  const smtpUrl = env.VIGIE_SMTP_URL?.trim();
  if (!smtpUrl) return null;
  let u: URL;
  try {
    u = new URL(smtpUrl);
  } catch {
    throw envError('VIGIE_SMTP_URL', 'work.env.bad_smtp_url');
  }
  if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:' && u.protocol !== 'smtp+starttls:')
    throw envError('VIGIE_SMTP_URL', 'work.env.bad_smtp_url');
  const from = env.VIGIE_MAIL_FROM?.trim();
  if (!from) throw envError('VIGIE_MAIL_FROM', 'work.env.from_missing');
  if (!/^[^\r\n]*<?[^\s<>@]+@[^\s<>@]+>?$/.test(from))
    throw envError('VIGIE_MAIL_FROM', 'work.env.bad_from', { value: from.slice(0, 200) });
  return { smtpUrl, from, publicUrl: publicUrlFrom(env) };
}

export interface ReminderTask {
  id: number;
  kind: string;
  params: Record<string, string | number>;
  status: TaskStatus | string;
  dueOn: string;
  message: string | null;
  presenceId: number;
  presence: { platform: string; name: string | null; handle: string | null; url: string };
}

export interface Reminder {
  to: string;
  name: string;
  locale: Locale;
  /** The day the reminder is for (YYYY-MM-DD). */
  today: string;
  tasks: ReminderTask[];
}

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

const t = translator(planMessages);
const INTL: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };

function longDate(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The presence as people call it: its name, else @handle, else its address. */
function presenceLabel(p: ReminderTask['presence']): string {
  return p.name ?? (p.handle ? `@${p.handle.replace(/^@/, '')}` : p.url);
}

/** The task's title in the reader's language, dates in its parameters written as dates. */
export function taskTitle(task: Pick<ReminderTask, 'kind' | 'params'>, locale: Locale): string {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(task.params ?? {}))
    params[k] = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? longDate(v, locale) : v;
  return t(locale, `audit.task.${task.kind}`, params);
}

/** The reminder as a subject, a plain text and a simple HTML version (same words, same order). */
export function composeReminder(r: Reminder, publicUrl: string | null): ComposedMail {
  const say = (key: WorkMessageKey, params: Record<string, string | number> = {}) =>
    fill(M[key][r.locale], params, r.locale);
  const overdue = r.tasks.filter((x) => urgency(x, r.today) === 'overdue').length;
  const count = r.tasks.length;
  const subject =
    overdue > 0 ? say('work.mail.subject_overdue', { count, overdue }) : say('work.mail.subject', { count });
  const workUrl = publicUrl ? `${publicUrl}/work` : null;
  const lines: string[] = [
    say('work.mail.greeting', { name: r.name }),
    '',
    say('work.mail.intro', { count }),
    '',
  ];
  const items: string[] = [];
  for (const task of r.tasks) {
    const late = urgency(task, r.today) === 'overdue';
    const when = say(late ? 'work.mail.overdue_since' : 'work.mail.due_on', {
      date: longDate(task.dueOn, r.locale),
    });
    const title = taskTitle(task, r.locale);
    const where = `${presenceLabel(task.presence)} (${platformName(task.presence.platform)})`;
    const link = publicUrl ? `${publicUrl}/presences/${task.presenceId}` : null;
    lines.push(`- ${title}`, `  ${where} · ${when}`);
    if (link) lines.push(`  ${link}`);
    if (task.message) {
      lines.push(`  ${say('work.mail.message')}`);
      for (const l of task.message.split(/\r?\n/)) lines.push(`    ${l}`);
    }
    lines.push('');
    const presence = link ? `<a href="${escapeHtml(link)}">${escapeHtml(where)}</a>` : escapeHtml(where);
    items.push(
      [
        '<li style="margin-bottom:12px">',
        `<strong>${escapeHtml(title)}</strong><br>`,
        `${presence} · <span style="color:${late ? '#c92a2a' : '#495057'}">${escapeHtml(when)}</span>`,
        task.message
          ? `<div style="margin-top:4px;color:#495057">${escapeHtml(say('work.mail.message'))}</div><pre style="white-space:pre-wrap;font-family:inherit;background:#f8f9fa;border:1px solid #e9ecef;border-radius:6px;padding:8px;margin:4px 0 0">${escapeHtml(task.message)}</pre>`
          : '',
        '</li>',
      ].join(''),
    );
  }
  lines.push(workUrl ? say('work.mail.all', { url: workUrl }) : say('work.mail.all_no_link'), '');
  lines.push(say('work.mail.why'));
  const open = workUrl
    ? `<p><a href="${escapeHtml(workUrl)}">${escapeHtml(say('work.mail.open'))}</a></p>`
    : `<p>${escapeHtml(say('work.mail.all_no_link'))}</p>`;
  const html = [
    `<!doctype html><html lang="${r.locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#212529">',
    `<p>${escapeHtml(say('work.mail.greeting', { name: r.name }))}</p>`,
    `<p>${escapeHtml(say('work.mail.intro', { count }))}</p>`,
    `<ul style="padding-left:20px">${items.join('')}</ul>`,
    open,
    `<p style="color:#868e96;font-size:12px">${escapeHtml(say('work.mail.why'))}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text: `${lines.join('\n')}\n`, html };
}

/** Sends mails; `send` answers once the SMTP server has accepted the message. */
export interface Mailer {
  send(mail: { from: string; to: string } & ComposedMail): Promise<void>;
  close(): void;
}

export function smtpMailer(config: MailConfig): Mailer {
  const transport = nodemailer.createTransport(config.smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
      });
    },
    close: () => transport.close(),
  };
}
