// Finding 7 of the penetration test (issue #10): common passwords were accepted (`123456789012`,
// `passwordpassword`). Every place a password is chosen refuses them, and their look-alikes, with
// an error naming the field and saying why: the first admin, a user created with a password (API
// and CLI), one's own change, and the change that follows an admin's reset (the reset itself only
// ever gives a random temporary password, which the policy accepts).
import { expect, it } from 'vitest';
import { run } from '../cli/testing';
import { forEachDialect } from '../core/testing/dialects';
import { createApp } from '../server/app';
import { passwordIssue } from './password-policy';
import { signIn, TEST_PASSWORD } from './testing';

const LOGIN = 'jeanne.dupont@ombreval.example';

/** What the testers got accepted, and what is derived from it the same way. */
const WEAK = [
  '123456789012',
  'passwordpassword',
  'Password2026!',
  'azertyuiop12',
  `${LOGIN} 2026`,
  'Jeanne et ses trois chats',
  'ombreval pour toujours!',
];
const STRONG = 'lanterne rivière 42 girafe sombre';

type Issue = { field: string; code: string; message: string };

function refusal(body: unknown): Issue {
  const error = (body as { error: { code: string; issues?: Issue[] } }).error;
  expect(error.issues?.length).toBe(1);
  return error.issues?.[0] as Issue;
}

forEachDialect((t) => {
  it('refuses common and personal passwords for the first admin', async () => {
    const { app } = createApp({ db: t.h, setupCode: 'abcde-fghij-klmno-pqrst' });
    const setup = (password: string) =>
      app.request('/api/auth/setup', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'fr' },
        body: JSON.stringify({
          code: 'abcde-fghij-klmno-pqrst',
          login: LOGIN,
          name: 'Jeanne Dupont',
          password,
        }),
      });
    for (const password of WEAK) {
      const res = await setup(password);
      expect(res.status, password).toBe(422);
      const issue = refusal(await res.json());
      expect(issue.field, password).toBe('password');
      expect(issue.code, password).toMatch(/^auth\.password_(common|weak|personal)$/);
      // In the reader's language.
      expect(issue.message, password).toMatch(/^(Ce mot de passe|Le mot de passe)/);
    }
    expect(await t.h.db.selectFrom('users').select('id').execute()).toEqual([]);
    const ok = await setup(STRONG);
    expect(ok.status).toBe(200);
  });

  it('refuses them for a user created with a password, from the API and the CLI', async () => {
    const admin = await signIn(t.h, undefined, { login: 'admin@ombreval.example' });
    for (const password of WEAK) {
      const res = await admin.request('/api/users', {
        method: 'POST',
        json: { login: LOGIN, name: 'Jeanne Dupont', password },
      });
      expect(res.status, password).toBe(422);
      expect(refusal(await res.json()).field, password).toBe('password');
      const cli = await run(
        t.h,
        [
          '--as',
          'admin@ombreval.example',
          'user',
          'add',
          LOGIN,
          '--name',
          'Jeanne Dupont',
          '--password-stdin',
        ],
        `${password}\n`,
      );
      expect(cli.kind, password).toBe('invalid');
      expect(cli.message, password).toMatch(/password/i);
    }
    expect(await t.h.db.selectFrom('users').select('login').where('login', '=', LOGIN).execute()).toEqual([]);
    const api = await admin.request('/api/users', {
      method: 'POST',
      json: { login: LOGIN, name: 'Jeanne Dupont', password: STRONG },
    });
    expect(api.status).toBe(201);
    const cli = await run(
      t.h,
      [
        '--as',
        'admin@ombreval.example',
        'user',
        'add',
        'paul@ombreval.example',
        '--name',
        'Paul',
        '--password-stdin',
      ],
      `${STRONG}\n`,
    );
    expect(cli.kind).toBeNull();
  });

  it('refuses them when one changes one’s own password, after an admin’s reset too', async () => {
    const admin = await signIn(t.h, undefined, { login: 'admin@ombreval.example' });
    const jeanne = await signIn(t.h, [{ role: 'analyst', unitId: null, presenceId: null }], {
      login: LOGIN,
      app: admin.app,
    });
    const change = (current: string, next: string, who = jeanne) =>
      who.request('/api/auth/password', { method: 'POST', json: { current, next } });
    for (const password of WEAK) {
      const res = await change(TEST_PASSWORD, password);
      expect(res.status, password).toBe(422);
      // The change form's new password is `next`.
      expect(refusal(await res.json()).field, password).toBe('next');
    }
    expect((await change(TEST_PASSWORD, STRONG)).status).toBe(204);
    // The admin's reset gives a random temporary password (accepted by the policy)…
    const reset = await admin.request(`/api/users/${jeanne.user.id}/reset-password`, { method: 'POST' });
    const { temporaryPassword } = (await reset.json()) as { temporaryPassword: string };
    expect(await passwordIssue(temporaryPassword, { login: LOGIN, name: 'Jeanne Dupont' })).toBeNull();
    const signedIn = await admin.app.request('/api/auth/signin', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: LOGIN, password: temporaryPassword }),
    });
    expect(signedIn.status).toBe(200);
    const me = (await signedIn.json()) as { csrf: string; user: { mustChangePassword: boolean } };
    expect(me.user.mustChangePassword).toBe(true);
    const cookie = signedIn.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const after = {
      ...jeanne,
      request: async (path: string, init: RequestInit & { json?: unknown } = {}) =>
        await admin.app.request(path, {
          method: init.method,
          headers: { 'content-type': 'application/json', cookie, 'x-vigie-csrf': me.csrf },
          body: JSON.stringify(init.json),
        }),
    };
    // …and the password chosen to replace it goes through the same policy.
    for (const password of WEAK) {
      expect((await change(temporaryPassword, password, after)).status, password).toBe(422);
    }
    expect((await change(temporaryPassword, `${STRONG} encore`, after)).status).toBe(204);
  });
});
