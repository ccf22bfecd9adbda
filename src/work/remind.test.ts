// Reminders by e-mail, through a real SMTP server on this machine (smtp-server): who gets a mail, with
// which tasks, in which language, with which links; never twice the same task the same day; a mail
// refused is tried again; and `vigie work remind` without SMTP says what to set and fails (exit 6).
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../audit/rules';
import { putSettingsText } from '../audit/store';
import { run } from '../cli/testing';
import { setClock } from '../core/clock';
import type { Db } from '../core/db';
import { createLogger } from '../core/logger';
import { forEachDialect } from '../core/testing/dialects';
import { smtpMailer } from './mail';
import { remind, remindHourFrom, startReminderTimer } from './remind';
import { accessFor, TODAY, type WorkWorld, workWorld } from './testing';

interface Captured {
  from: string;
  to: string[];
  raw: string;
}

const inbox: Captured[] = [];
/** Recipients the server refuses (a full mailbox). */
const refuse = new Set<string>();
let server: SMTPServer;
let port = 0;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse.has(address.address)) return callback(new Error('Mailbox full'));
      callback();
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (d: Buffer) => {
        raw += d.toString('utf8');
      });
      stream.on('end', () => {
        inbox.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const SMTP = () => ({
  smtpUrl: `smtp://127.0.0.1:${port}`,
  from: 'Vigie <vigie@example.org>',
  publicUrl: null,
});

/** A MIME part's text: quoted-printable or base64 undone, UTF-8 read. */
function decodePart(headers: string, body: string): string {
  const enc = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
  if (enc === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (enc === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

/** The subject, encoded words undone, and the text and HTML parts of a captured mail. */
function read(mail: Captured) {
  const [head = ''] = mail.raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const subjectRaw = /^subject:\s*(.*)$/im.exec(unfolded)?.[1] ?? '';
  const subject = subjectRaw
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_m, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodePart('content-transfer-encoding: quoted-printable', text.replace(/_/g, ' ')),
    );
  const parts: Record<string, string> = {};
  for (const chunk of mail.raw.split(/\r?\n--[^\r\n]+\r?\n/)) {
    const m = /^([\s\S]*?)\r?\n\r?\n([\s\S]*)$/.exec(chunk);
    if (!m) continue;
    const type = /content-type:\s*(text\/(?:plain|html))/i.exec(m[1]!)?.[1]?.toLowerCase();
    if (type) parts[type] = decodePart(m[1]!, m[2]!.replace(/\r?\n--[^\r\n]+--\s*$/, ''));
  }
  return { subject, text: parts['text/plain'] ?? '', html: parts['text/html'] ?? '' };
}

/** Camille (community manager of `mine`) and Dominique (unit manager of the north), both with users. */
async function users(h: Db, w: WorkWorld) {
  const camille = await accessFor(h, w, { login: 'camille.roux@example.org' });
  const dominique = await accessFor(h, w, {
    login: 'dominique.petit@example.org',
    personId: w.people.dominique,
    grants: [{ role: 'unit_manager', unitId: w.units.north, presenceId: null }],
  });
  // An admin without a person: gets no mail (nothing is theirs).
  const admin = await accessFor(h, w, {
    login: 'admin@example.org',
    personId: null,
    grants: [{ role: 'admin', unitId: null, presenceId: null }],
  });
  return { camille, dominique, admin };
}

beforeEach(() => {
  inbox.length = 0;
  refuse.clear();
  setClock(`${TODAY}T09:00:00.000Z`);
});
afterEach(() => setClock(null));

forEachDialect((t) => {
  describe('reminders by e-mail', () => {
    it('mails each person their overdue and soon-due tasks, in French by default, once a day', async () => {
      const w = await workWorld(t.h);
      await users(t.h, w);
      const mailer = smtpMailer(SMTP());
      try {
        const first = await remind(t.h, {
          mailer,
          from: SMTP().from,
          publicUrl: 'https://vigie.example.org',
        });
        expect(first.failed).toEqual([]);
        expect(first.sent.map((s) => [s.to, s.taskIds])).toEqual([
          // Not `later` (due in three weeks), not the done one, not hers out of her scope.
          ['camille.roux@example.org', [w.tasks.overdue, w.tasks.soon]],
          ['dominique.petit@example.org', [w.tasks.othersTask]],
        ]);
        expect(inbox.map((m) => m.to)).toEqual([
          ['camille.roux@example.org'],
          ['dominique.petit@example.org'],
        ]);
        expect(inbox[0]!.from).toBe('vigie@example.org');
        const mail = read(inbox[0]!);
        expect(mail.subject).toBe('Vigie : 2 tâches à faire, dont 1 en retard');
        expect(mail.text).toContain('Bonjour Camille Roux,');
        expect(mail.text).toContain('Exporter l’archive du compte avant sa fermeture');
        expect(mail.text).toContain('en retard depuis le 5 novembre 2026');
        expect(mail.text).toContain('Publier le message réorientant la communauté vers @nord_principal');
        expect(mail.text).toContain('à faire pour le 12 novembre 2026');
        expect(mail.text).toContain('Nous déménageons : suivez-nous sur @nord_principal <b>!</b>');
        expect(mail.text).toContain(`https://vigie.example.org/presences/${w.presences.mine}`);
        expect(mail.text).toContain('https://vigie.example.org/work');
        expect(mail.text).not.toContain('Mesurer');
        // The HTML says the same, the message's markup escaped.
        expect(mail.html).toContain('&lt;b&gt;!&lt;/b&gt;');
        expect(mail.html).not.toContain('<b>!</b>');
        expect(mail.html).toContain(`href="https://vigie.example.org/presences/${w.presences.mine}"`);

        // Again the same day (a restart, a cron job beside the timer): nothing more is sent.
        const again = await remind(t.h, { mailer, from: SMTP().from, publicUrl: null });
        expect(again.sent).toEqual([]);
        expect(again.alreadyReminded).toBe(3);
        expect(inbox).toHaveLength(2);

        // The next day, the open tasks are reminded again; one done meanwhile is not.
        await t.h.db
          .updateTable('audit_tasks')
          .set({ status: 'done' })
          .where('id', '=', w.tasks.overdue)
          .execute();
        const next = await remind(t.h, { mailer, from: SMTP().from, publicUrl: null, day: '2026-11-11' });
        expect(next.sent.map((s) => s.taskIds)).toEqual([[w.tasks.soon], [w.tasks.othersTask]]);
        const plain = read(inbox[2]!);
        // Without a public address, the mail names the page and has no link.
        expect(plain.text).toContain('Ouvrez « Mon travail » dans Vigie');
        expect(plain.text).not.toContain('http');
      } finally {
        mailer.close();
      }
      const rows = await t.h.db.selectFrom('task_reminders').select(['task_id', 'day']).execute();
      expect(rows).toHaveLength(5);
    });

    it('writes in English when the organisation’s charter puts English first', async () => {
      const w = await workWorld(t.h);
      await users(t.h, w);
      const settings = { ...DEFAULT_SETTINGS, charter: { ...DEFAULT_SETTINGS.charter, languages: ['en'] } };
      await putSettingsText(t.h.db, JSON.stringify(settings), 'test', new Date().toISOString());
      const mailer = smtpMailer(SMTP());
      try {
        await remind(t.h, { mailer, from: SMTP().from, publicUrl: null });
      } finally {
        mailer.close();
      }
      const mail = read(inbox[0]!);
      expect(mail.subject).toBe('Vigie: 2 tasks to do, 1 overdue');
      expect(mail.text).toContain('Hello Camille Roux,');
      expect(mail.text).toContain('overdue since 5 November 2026');
      expect(mail.text).toContain('Post the message redirecting the audience to @nord_principal');
    });

    it('gives back the tasks of a mail the server refused, and sends them on the next run', async () => {
      const w = await workWorld(t.h);
      await users(t.h, w);
      refuse.add('camille.roux@example.org');
      const mailer = smtpMailer(SMTP());
      try {
        const r = await remind(t.h, { mailer, from: SMTP().from, publicUrl: null });
        expect(r.failed.map((f) => f.to)).toEqual(['camille.roux@example.org']);
        expect(r.sent.map((s) => s.to)).toEqual(['dominique.petit@example.org']);
        refuse.clear();
        const retry = await remind(t.h, { mailer, from: SMTP().from, publicUrl: null });
        expect(retry.sent.map((s) => [s.to, s.taskIds])).toEqual([
          ['camille.roux@example.org', [w.tasks.overdue, w.tasks.soon]],
        ]);
      } finally {
        mailer.close();
      }
    });

    it('`vigie work remind`: refuses without SMTP (exit 6), dry-runs without sending, sends with it', async () => {
      const w = await workWorld(t.h);
      await users(t.h, w);
      const saved = { url: process.env.VIGIE_SMTP_URL, from: process.env.VIGIE_MAIL_FROM };
      try {
        delete process.env.VIGIE_SMTP_URL;
        delete process.env.VIGIE_MAIL_FROM;
        const none = await run(t.h, ['--as', 'admin@example.org', 'work', 'remind']);
        expect(none.kind).toBe('unavailable');
        expect(none.message).toContain('VIGIE_SMTP_URL');
        const dry = await run(t.h, ['--as', 'admin@example.org', 'work', 'remind', '--dry-run']);
        expect(dry.kind).toBeNull();
        expect(dry.out).toContain('Dry run: 2 reminders would be sent');
        expect(inbox).toEqual([]);
        expect(await t.h.db.selectFrom('task_reminders').selectAll().execute()).toEqual([]);
        // Only an admin sends everyone's reminders.
        expect((await run(t.h, ['--as', 'camille.roux@example.org', 'work', 'remind'])).kind).toBe(
          'forbidden',
        );

        process.env.VIGIE_SMTP_URL = `smtp://127.0.0.1:${port}`;
        process.env.VIGIE_MAIL_FROM = 'vigie@example.org';
        const sent = await run(t.h, ['--as', 'admin@example.org', 'work', 'remind']);
        expect(sent.kind).toBeNull();
        expect(sent.out).toContain('2 reminders sent for 2026-11-10.');
        expect(inbox).toHaveLength(2);
        const twice = await run(t.h, ['--as', 'admin@example.org', 'work', 'remind']);
        expect(twice.out).toContain('0 reminders sent');
        expect(twice.out).toContain('3 tasks were already reminded today.');
        expect(inbox).toHaveLength(2);

        // A sender that is not an address is refused, naming the variable.
        process.env.VIGIE_MAIL_FROM = 'not an address';
        const bad = await run(t.h, ['--as', 'admin@example.org', 'work', 'remind']);
        expect(bad.kind).toBe('invalid');
        expect(bad.message).toContain('VIGIE_MAIL_FROM');
      } finally {
        if (saved.url === undefined) delete process.env.VIGIE_SMTP_URL;
        else process.env.VIGIE_SMTP_URL = saved.url;
        if (saved.from === undefined) delete process.env.VIGIE_MAIL_FROM;
        else process.env.VIGIE_MAIL_FROM = saved.from;
      }
    });

    it('runs from `vigie start` once a day: from the hour set on, each task mailed once', async () => {
      const w = await workWorld(t.h);
      await users(t.h, w);
      const logger = createLogger({ level: 'silent' });
      const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
      // Before the hour: the timer looks, and sends nothing.
      const early = startReminderTimer(t.h, SMTP(), {
        hour: 10,
        logger,
        firstDelayMs: 5,
        everyMs: 20,
        now: () => new Date(`${TODAY}T09:00:00Z`),
      });
      await wait(120);
      early.stop();
      expect(inbox).toEqual([]);
      // From the hour on: the first look sends, the next ones find everything reminded.
      const timer = startReminderTimer(t.h, SMTP(), {
        hour: 9,
        logger,
        firstDelayMs: 5,
        everyMs: 20,
        now: () => new Date(`${TODAY}T09:00:00Z`),
      });
      try {
        for (let i = 0; i < 100 && inbox.length < 2; i++) await wait(20);
        await wait(150);
        await timer.running;
      } finally {
        timer.stop();
      }
      expect(inbox.map((m) => m.to[0])).toEqual(['camille.roux@example.org', 'dominique.petit@example.org']);
      expect(remindHourFrom({})).toBe(7);
      expect(remindHourFrom({ VIGIE_REMIND_HOUR: '18' })).toBe(18);
      expect(() => remindHourFrom({ VIGIE_REMIND_HOUR: '24' })).toThrow(/VIGIE_REMIND_HOUR/);
    });

    it('`vigie work list`: the acting user’s own tasks, overdue ones marked', async () => {
      const w = await workWorld(t.h);
      await users(t.h, w);
      const r = await run(t.h, ['--as', 'camille.roux@example.org', 'work', 'list']);
      expect(r.kind).toBeNull();
      const lines = r.out.split('\n');
      expect(lines.some((l) => l.includes('2026-11-05 (overdue)') && l.includes('Export the account'))).toBe(
        true,
      );
      expect(r.out).not.toContain('sud_officiel');
      const admin = await run(t.h, ['--as', 'admin@example.org', 'work', 'list']);
      expect(admin.out).toContain('not linked to a person');
    });
  });
});
