// The mail settings from the environment (a wrong one is refused, naming the variable) and the
// reminder's words: both languages, plurals, escaped HTML, links only with a public address.
import { describe, expect, it } from 'vitest';
import { composeReminder, mailConfigFrom, type Reminder } from './mail';

describe('mailConfigFrom', () => {
  it('is null without VIGIE_SMTP_URL: reminders are not sent by e-mail', () => {
    expect(mailConfigFrom({})).toBeNull();
    expect(mailConfigFrom({ VIGIE_SMTP_URL: '  ', VIGIE_MAIL_FROM: 'a@b.c' })).toBeNull();
  });

  it('reads the server, the sender and the public address', () => {
    expect(
      mailConfigFrom({
        VIGIE_SMTP_URL: 'smtps://user:p%40ss@mail.example.org:465',
        VIGIE_MAIL_FROM: 'Vigie <vigie@example.org>',
        VIGIE_PUBLIC_URL: 'https://vigie.example.org/',
      }),
    ).toEqual({
      smtpUrl: 'smtps://user:p%40ss@mail.example.org:465',
      from: 'Vigie <vigie@example.org>',
      publicUrl: 'https://vigie.example.org',
    });
  });

  it('refuses what it cannot use, naming the variable', () => {
    const base = { VIGIE_SMTP_URL: 'smtp://mail.example.org:587', VIGIE_MAIL_FROM: 'vigie@example.org' };
    expect(() => mailConfigFrom({ ...base, VIGIE_SMTP_URL: 'http://mail.example.org' })).toThrow(
      /VIGIE_SMTP_URL/,
    );
    expect(() => mailConfigFrom({ ...base, VIGIE_SMTP_URL: 'not a url' })).toThrow(/VIGIE_SMTP_URL/);
    expect(() => mailConfigFrom({ ...base, VIGIE_MAIL_FROM: '' })).toThrow(/VIGIE_MAIL_FROM/);
    expect(() => mailConfigFrom({ ...base, VIGIE_MAIL_FROM: 'vigie' })).toThrow(/VIGIE_MAIL_FROM/);
    expect(() => mailConfigFrom({ ...base, VIGIE_MAIL_FROM: 'a@b.c\r\nBcc: x@y.z' })).toThrow(
      /VIGIE_MAIL_FROM/,
    );
    expect(() => mailConfigFrom({ ...base, VIGIE_PUBLIC_URL: 'javascript:alert(1)' })).toThrow(
      /VIGIE_PUBLIC_URL/,
    );
  });
});

describe('composeReminder', () => {
  const reminder = (locale: 'fr' | 'en', n = 1): Reminder => ({
    to: 'a@example.org',
    name: 'Ana <Admin>',
    locale,
    today: '2026-11-10',
    tasks: Array.from({ length: n }, (_, i) => ({
      id: i + 1,
      kind: 'update_bio',
      params: { target: '@kept' },
      status: 'todo',
      dueOn: '2026-11-12',
      message: null,
      presenceId: 7,
      presence: { platform: 'x', name: null, handle: 'old', url: 'https://x.com/old' },
    })),
  });

  it('says one task or several, in each language', () => {
    expect(composeReminder(reminder('en', 1), null).subject).toBe('Vigie: 1 task due soon');
    expect(composeReminder(reminder('en', 2), null).subject).toBe('Vigie: 2 tasks due soon');
    expect(composeReminder(reminder('fr', 1), null).subject).toBe('Vigie : 1 tâche à faire bientôt');
    const fr = composeReminder(reminder('fr', 2), 'https://v.example');
    expect(fr.subject).toBe('Vigie : 2 tâches à faire bientôt');
    expect(fr.text).toContain('Mettre à jour la bio pour qu’elle renvoie vers @kept');
    expect(fr.text).toContain('@old (X)');
    expect(fr.text).toContain('https://v.example/presences/7');
  });

  it('escapes what people typed in the HTML version', () => {
    const mail = composeReminder(reminder('en'), null);
    expect(mail.html).toContain('Hello Ana &lt;Admin&gt;,');
    expect(mail.html).not.toContain('<Admin>');
    expect(mail.text).toContain('Hello Ana <Admin>,');
    expect(mail.html).not.toContain('href');
  });
});
