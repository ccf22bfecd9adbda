// Undo and rollback over HTTP (issue #12): the bulk edit's batch in the path, read strictly; the
// refusals in the reader's language; the past imports saying they were rolled back.
import { expect, it } from 'vitest';
import { forEachDialect } from '../core/testing/dialects';
import { batchRecords } from '../imports/batches';
import type { ExportRecord } from '../imports/model';
import { importRecords } from '../imports/pipeline';
import { signIn } from '../trust/testing';

forEachDialect((t) => {
  const api = () => signIn(t.h, undefined, { login: 'claire@ombreval.example' });
  const post = (body?: unknown, lang = 'en') => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': lang },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

  it('undoes a bulk edit named by its batch, once; refuses in French when a presence changed since', async () => {
    const app = await api();
    const ids: number[] = [];
    for (const handle of ['ombreval_a', 'ombreval_b']) {
      const r = await app.request('/api/presences', post({ platform: 'x', handle }));
      ids.push(((await r.json()) as { id: number }).id);
    }
    const bulk = async (status: string) =>
      (await (await app.request('/api/presences/bulk', post({ ids, set: { status } }))).json()) as {
        updated: number;
        batch: string;
      };
    const undo = (batch: string, lang = 'en') =>
      app.request(`/api/presences/bulk/${encodeURIComponent(batch)}/undo`, post(undefined, lang));

    const first = await bulk('dormant');
    expect(first).toMatchObject({ updated: 2, batch: expect.stringMatching(/^bulk:/) });
    const done = await undo(first.batch);
    expect(done.status).toBe(200);
    expect(await done.json()).toEqual({ restored: 2, batch: `undo:${first.batch}` });
    expect((await undo(first.batch)).status).toBe(409);
    // Strictly read: anything but a bulk edit's batch is no such thing.
    for (const bad of ['bulk', `${first.batch}x`, 'import%3A1', '..'])
      expect((await app.request(`/api/presences/bulk/${bad}/undo`, post())).status).toBe(404);

    const second = await bulk('closing');
    await app.request(`/api/presences/${ids[1]}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ notes: 'Relu' }),
    });
    const refused = await undo(second.batch, 'fr-FR');
    expect(refused.status).toBe(409);
    const { error } = (await refused.json()) as {
      error: { code: string; message: string; issues: { field: string; message: string }[] };
    };
    expect(error.code).toBe('bulk.undo_changed');
    expect(error.message).toContain('Cette modification groupée ne peut pas être annulée');
    expect(error.message).toContain('@ombreval_b');
    expect(error.issues).toEqual([expect.objectContaining({ field: `presences.${ids[1]}` })]);
    expect(error.issues[0]!.message).toContain('(Notes)');
  });

  it('rolls back an inventory import and a data import, and the past imports say so', async () => {
    const app = await api();
    const form = new FormData();
    form.append('file', new File(['platform;handle;name\nx;ombreval_inv;Ombreval\n'], 'inventaire.csv'));
    const imported = (await (
      await app.request('/api/inventory/import', { method: 'POST', body: form })
    ).json()) as {
      importId: number;
    };
    const rolled = await app.request(`/api/inventory/imports/${imported.importId}/rollback`, post());
    expect(rolled.status).toBe(200);
    expect(await rolled.json()).toMatchObject({ presencesDeleted: 1 });
    const past = (await (await app.request('/api/inventory/imports')).json()) as Record<string, unknown>[];
    expect(past[0]).toMatchObject({
      id: imported.importId,
      rolledBackBy: 'claire@ombreval.example',
      rolledBackByName: 'claire',
      rolledBackAt: expect.any(String),
    });
    expect((await app.request(`/api/inventory/imports/${imported.importId}/rollback`, post())).status).toBe(
      409,
    );
    expect((await app.request('/api/inventory/imports/01/rollback', post())).status).toBe(404);

    async function* records(): AsyncGenerator<ExportRecord> {
      yield { type: 'account', account: { platform: 'x', handle: 'ombreval_data' } };
      yield {
        type: 'post',
        post: {
          externalId: '1',
          publishedAt: '2026-10-01T10:00:00.000Z',
          text: 'Bonjour',
          kind: 'original',
          links: [],
          media: [],
          counts: {},
        },
      };
    }
    const data = await importRecords(
      t.h,
      'claire@ombreval.example',
      { file: 'x.zip', platform: 'x', batches: batchRecords(records()) },
      { size: 1, sha256: 'a'.repeat(64) },
    );
    const undone = await app.request(`/api/data-imports/${data.importId}/rollback`, post());
    expect(undone.status).toBe(200);
    expect(await undone.json()).toMatchObject({ posts: 1, presence: 'deleted' });
    const history = (await (await app.request('/api/data-imports')).json()) as Record<string, unknown>[];
    expect(history[0]).toMatchObject({ id: data.importId, rolledBackByName: 'claire', metricsReplaced: 0 });
  });
});
