import { expect, it, vi } from 'vitest';
import { operatorAccess } from '../core/access';
import { forEachDialect } from '../core/testing/dialects';
import { RegistryService } from '../registry/service';
import { signIn } from '../trust/testing';
import type { RuleSettings } from './model';

// PDF printing answers as when its waiting line is full (the queue itself: report/pdf.test.ts).
vi.mock('./report/pdf', async (original) => {
  const real = await original<typeof import('./report/pdf')>();
  return {
    ...real,
    printPdf: async () => {
      throw real.printBusy();
    },
  };
});

forEachDialect((t) => {
  /** Signed in as an admin: every request carries the session cookie and the CSRF token. */
  const api = () => signIn(t.h, undefined, { login: 'claire@ombreval.example' });
  const send = (method: string, body: unknown, lang = 'en') => ({
    method,
    headers: { 'content-type': 'application/json', 'accept-language': lang, 'x-vigie-actor': 'Claire' },
    body: JSON.stringify(body),
  });

  it('refuses thresholds out of range, naming the field, and keeps the settings as they were', async () => {
    const app = await api();
    const { settings } = (await (await app.request('/api/audit-settings')).json()) as {
      settings: RuleSettings;
    };
    const low = await app.request('/api/audit-settings', send('PUT', { ...settings, dormantDays: 1 }));
    expect(low.status).toBe(422);
    const body = (await low.json()) as { error: { issues: { field?: string }[] } };
    expect(body.error.issues.map((i) => i.field)).toContain('dormantDays');
    const order = await app.request(
      '/api/audit-settings',
      send('PUT', { ...settings, dormantDays: 400, abandonedDays: 300 }, 'fr'),
    );
    expect(order.status).toBe(422);
    const pattern = await app.request(
      '/api/audit-settings',
      send('PUT', { ...settings, charter: { ...settings.charter, namePattern: '([' } }),
    );
    expect(pattern.status).toBe(422);
    // A backreference needs backtracking: RE2 refuses it, naming the field, in the reader's language.
    const backreference = await app.request(
      '/api/audit-settings',
      send('PUT', { ...settings, charter: { ...settings.charter, namePattern: '(Ombreval) \\1' } }, 'fr'),
    );
    expect(backreference.status).toBe(422);
    const refused = (await backreference.json()) as {
      error: { message: string; issues: { field?: string; message: string }[] };
    };
    expect(refused.error.issues).toEqual([
      expect.objectContaining({
        field: 'charter.namePattern',
        message: expect.stringMatching(/^charter\.namePattern : Le modèle de nom renvoie à un groupe/),
      }),
    ]);
    expect(refused.error.message).toContain('références arrière');
    const after = (await (await app.request('/api/audit-settings')).json()) as { settings: RuleSettings };
    expect(after.settings).toEqual(settings);
    const ok = await app.request('/api/audit-settings', send('PUT', { ...settings, pollAudience: 2500 }));
    expect(ok.status).toBe(200);
  });

  it('runs, reads and decides through the API, and reports in the reader’s language', async () => {
    const app = await api();
    const empty = await app.request('/api/audits', send('POST', {}));
    expect(empty.status).toBe(422);
    const reg = new RegistryService(t.h);
    const kept = await reg.createPresence(operatorAccess('t'), {
      platform: 'x',
      handle: 'ombreval',
      status: 'active',
      audience: 9000,
    });
    const old = await reg.createPresence(operatorAccess('t'), {
      platform: 'facebook',
      handle: 'ombreval.old',
      status: 'abandoned',
      lastActivityOn: '2020-01-01',
      audience: 50,
    });
    const run = await app.request('/api/audits', send('POST', { asOf: '2026-06-30' }, 'fr'));
    expect(run.status).toBe(201);
    const summary = (await run.json()) as { id: number; name: string; presences: number };
    expect(summary.presences).toBe(2);
    expect(summary.name).toBe('Audit de l’organisation au 30 juin 2026');
    const decided = await app.request(
      `/api/audits/${summary.id}/decisions/${old.id}`,
      send('POST', { decision: 'close_redirect', into: kept.id, reason: 'Abandonnée depuis 2020' }),
    );
    expect(decided.status).toBe(200);
    const conflict = await app.request(
      `/api/audits/${summary.id}/decisions/${kept.id}`,
      send('POST', { decision: 'close_redirect', into: null, reason: 'Essai' }, 'fr'),
    );
    expect(conflict.status).toBe(409);
    expect(((await conflict.json()) as { error: { message: string } }).error.message).toContain('celle-ci');
    const csv = await app.request(`/api/audits/${summary.id}/report?format=csv&lang=fr`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('attachment');
    const html = await app.request(`/api/audits/${summary.id}/report?format=html`);
    expect(await html.text()).toContain('<svg');
    const busy = await app.request(`/api/audits/${summary.id}/report?format=pdf&lang=fr`);
    expect(busy.status).toBe(429);
    expect(busy.headers.get('retry-after')).toBe('10');
    expect(((await busy.json()) as { error: { message: string } }).error.message).toBe(
      'Trop de rapports sont en cours d’impression en PDF : réessayez dans 10 secondes.',
    );
    const tasks = (await (await app.request(`/api/audits/${summary.id}/tasks`)).json()) as { id: number }[];
    expect(tasks.length).toBeGreaterThan(0);
    const moved = await app.request(`/api/tasks/${tasks[0]!.id}`, send('PATCH', { status: 'done' }));
    expect(moved.status).toBe(200);
    const bad = await app.request(`/api/tasks/${tasks[0]!.id}`, send('PATCH', { status: 'finished' }));
    expect(bad.status).toBe(422);
  });
});

// Issue 12: the review's bulk accept, and the decider named in a decision's answer.
forEachDialect((t) => {
  const send = (body: unknown, lang = 'en') => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': lang },
    body: JSON.stringify(body),
  });

  it('accepts the recommendations of many presences, refuses them all in the reader’s language, and names the decider', async () => {
    const app = await signIn(t.h, undefined, { login: 'claire.dubois@ombreval.example' });
    const reg = new RegistryService(t.h);
    const op = operatorAccess('t');
    const kept = await reg.createPresence(op, {
      platform: 'x',
      handle: 'ombreval',
      lastActivityOn: '2026-06-20',
    });
    const old = await reg.createPresence(op, {
      platform: 'x',
      handle: 'ombreval_old',
      status: 'abandoned',
      lastActivityOn: '2020-01-01',
    });
    const quiet = await reg.createPresence(op, {
      platform: 'facebook',
      handle: 'ombreval',
      lastActivityOn: '2025-01-01',
    });
    const audit = (await (await app.request('/api/audits', send({ asOf: '2026-06-30' }))).json()) as {
      id: number;
    };

    // A single decision's answer names who decided.
    const one = await app.request(
      `/api/audits/${audit.id}/decisions/${kept.id}`,
      send({ decision: 'maintain', into: null, reason: 'Compte principal' }),
    );
    expect(one.status).toBe(200);
    expect(((await one.json()) as { item: { decision: { byName: string } } }).item.decision.byName).toBe(
      'claire.dubois',
    );

    // `accept` is not read as a presence id: the bulk route answers.
    const refused = await app.request(
      `/api/audits/${audit.id}/decisions/accept`,
      send({ presenceIds: [old.id, quiet.id, old.id], reason: 'Revue du lot' }, 'fr'),
    );
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
      `La présence ${old.id} est nommée plusieurs fois : nommez chaque présence une seule fois.`,
    );
    const bad = await app.request(
      `/api/audits/${audit.id}/decisions/accept`,
      send({ presenceIds: ['1'], reason: 'Revue du lot', extra: true }),
    );
    expect(bad.status).toBe(422);

    const ok = await app.request(
      `/api/audits/${audit.id}/decisions/accept`,
      send({ presenceIds: [old.id, quiet.id, kept.id], reason: 'Revue du lot' }),
    );
    expect(ok.status).toBe(200);
    const r = (await ok.json()) as { accepted: number[]; skipped: number[]; tasks: number };
    expect(r).toMatchObject({ accepted: [old.id, quiet.id], skipped: [kept.id] });
    expect(r.tasks).toBeGreaterThan(0);
    const full = (await (await app.request(`/api/audits/${audit.id}`)).json()) as {
      items: {
        presenceId: number;
        decision: { decision: string; into: number | null; byName: string } | null;
      }[];
    };
    expect(full.items.find((i) => i.presenceId === old.id)?.decision).toMatchObject({
      decision: 'close_redirect',
      into: kept.id,
      byName: 'claire.dubois',
    });

    // Refused: named in French, why under it, nothing decided.
    await app.request(`/api/audits/${audit.id}/decisions/${old.id}`, { method: 'DELETE' });
    await app.request(
      `/api/audits/${audit.id}/decisions/${kept.id}`,
      send({ decision: 'close_redirect', into: null, reason: 'Finalement fermé' }),
    );
    const conflict = await app.request(
      `/api/audits/${audit.id}/decisions/accept`,
      send({ presenceIds: [old.id], reason: 'Revue du lot' }, 'fr'),
    );
    expect(conflict.status).toBe(409);
    const e = (
      (await conflict.json()) as {
        error: { code: string; message: string; issues: { code: string; message: string }[] };
      }
    ).error;
    expect(e.code).toBe('audit.accept.refused');
    expect(e.message).toContain(
      `Rien n’a été accepté : la recommandation pour @ombreval_old (X) (présence ${old.id})`,
    );
    expect(e.issues[0]).toMatchObject({ code: 'audit.conflict.into_ending' });
    expect(e.issues[0]!.message).toContain('Choisissez une présence conservée');
  });
});
