// The password policy on its own (finding 7 of the penetration test, issue #10): the common-password
// list is data of at least 3,000 entries, and the passwords the testers got accepted, or ones
// derived the same way, are refused with a reason in English and French.
import { describe, expect, it } from 'vitest';
import { localiseIssue } from '../messages';
import { commonPasswordCount, contextWords, passwordIssue } from './password-policy';
import { temporaryPassword } from './passwords';
import { TEST_PASSWORD } from './testing';

const claire = {
  login: 'claire.martin@ombreval.example',
  name: 'Claire Martin',
  email: 'claire.martin@ombreval.example',
  organisation: 'Groupe Ombreval',
};

describe('the password policy', () => {
  it('ships a common-password list of at least 3,000 entries', async () => {
    expect(await commonPasswordCount()).toBeGreaterThanOrEqual(3000);
  });

  it('refuses the passwords of the finding and their look-alikes, saying why', async () => {
    const refused: [string, string][] = [
      ['123456789012', 'auth.password_common'],
      ['passwordpassword', 'auth.password_common'],
      ['Password2026!', 'auth.password_common'],
      ['azertyuiop12', 'auth.password_common'],
      ['azertyuiopqsdf', 'auth.password_weak'],
      ['  PASSWORD2026  ', 'auth.password_common'],
      ['!!Dragon!!2026##', 'auth.password_common'],
      ['soleil-soleil-soleil', 'auth.password_common'],
      ['Motdepassé1234', 'auth.password_common'],
      ['qwertyuiopasdf', 'auth.password_weak'],
      ['1q2w3e4r5t6y7u', 'auth.password_weak'],
      ['abcdefghijklmn', 'auth.password_weak'],
      ['xxxxxxxxxxxxxxxx', 'auth.password_weak'],
      // The login, the name, the e-mail, the organisation, Vigie: inside, in any case and form.
      ['claire.martin@ombreval.example!', 'auth.password_personal'],
      ['Mon chat s’appelle Claire', 'auth.password_personal'],
      ['martin et ses trois vélos', 'auth.password_personal'],
      ['OMBREVAL pour toujours 42', 'auth.password_personal'],
      ['ma vigie préférée du port', 'auth.password_personal'],
      ['C-l-a-i-r-e-M-a-r-t-i-n', 'auth.password_personal'],
    ];
    for (const [password, code] of refused) {
      const issue = await passwordIssue(password, claire);
      expect(issue?.code, password).toBe(code);
      expect(issue?.field, password).toBe('password');
    }
    // The field is the one the password came in (`next` when changing one's own).
    expect((await passwordIssue('123456789012', claire, 'next'))?.field).toBe('next');
  });

  it('explains itself in English and in French, with zxcvbn’s warning translated', async () => {
    const weak = await passwordIssue('azertyuiopqsdf', claire);
    expect(weak).not.toBeNull();
    const en = localiseIssue(weak!, 'en').message;
    const fr = localiseIssue(weak!, 'fr').message;
    expect(en).toMatch(/^This password is too easy to guess\. Straight rows of keys .* Choose a longer one/);
    expect(fr).toMatch(
      /^Ce mot de passe est trop facile à deviner\. Les lignes droites de touches .*\. Choisissez/,
    );
    const common = (await passwordIssue('Password2026!', claire))!;
    expect(localiseIssue(common, 'fr').message).toMatch(/fait partie des plus courants/);
    const personal = (await passwordIssue('ma vigie préférée du port', claire))!;
    expect(localiseIssue(personal, 'en').message).toMatch(/organisation’s name or “Vigie”/);
    expect(localiseIssue(personal, 'fr').message).toMatch(/ni « Vigie »/);
  });

  it('accepts strong passphrases, the test password and temporary passwords', async () => {
    for (const password of [
      TEST_PASSWORD,
      'une girafe mange du pain',
      'rivière-sombre-42-lanterne',
      'a long enough passphrase',
      temporaryPassword(),
    ]) {
      expect(await passwordIssue(password, claire), password).toBeNull();
    }
  });

  it('finds the organisation in the e-mail domain, not in a mail provider’s', () => {
    const words = contextWords({ login: 'jo@ombreval.fr', email: 'jo.durand@gmail.com' }).forbidden;
    expect(words).toContain('ombreval');
    expect(words).toContain('durand');
    expect(words).toContain('vigie');
    expect(words).not.toContain('gmail');
    expect(contextWords({ login: 'x@y.fr', organisation: 'Groupe Ombreval' }).forbidden).not.toContain(
      'groupe',
    );
  });
});

describe('the cost of the check', () => {
  it('stays short for long, hostile passwords (the server has one thread)', async () => {
    await passwordIssue('warm the dictionaries up', claire);
    for (const password of ['P@ssw0rd!'.repeat(22), '4@$3!1|0'.repeat(25), '4@43|!1$0(+7%2'.repeat(14)]) {
      const started = performance.now();
      await passwordIssue(password, claire);
      expect(performance.now() - started, password).toBeLessThan(2000);
    }
  });
});
