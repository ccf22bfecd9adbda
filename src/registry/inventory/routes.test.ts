import { expect, it } from 'vitest';
import { forEachDialect } from '../../core/testing/dialects';
import { signIn } from '../../trust/testing';

const CSV =
  'Réseau;URL;Entité\nFacebook;https://fr-fr.facebook.com/ombreval.lyon;Région Lyon\nInsta;@ombreval_lyon;Région Lyon\n';

function form(file: Blob | string, name: string, extra: Record<string, string> = {}) {
  const f = new FormData();
  f.append('file', typeof file === 'string' ? new Blob([file]) : file, name);
  for (const [k, v] of Object.entries(extra)) f.append(k, v);
  return { method: 'POST', body: f };
}

forEachDialect((t) => {
  it('previews, then imports an uploaded file, and lists the import', async () => {
    const app = await signIn(t.h, undefined, { login: 'claire@ombreval.example' });
    const preview = await app.request('/api/inventory/preview', form(CSV, 'lyon.csv'));
    expect(preview.status).toBe(200);
    const p = (await preview.json()) as {
      plan: { create: number; newUnits: string[] };
      columns: { header: string; field: string }[];
    };
    expect(p.plan.create).toBe(2);
    expect(p.plan.newUnits).toEqual(['Région Lyon']);
    expect(p.columns.map((c) => c.field)).toEqual(['platform', 'url', 'unit']);
    const done = await app.request('/api/inventory/import', form(CSV, 'lyon.csv', { unit: 'Siège' }));
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ created: 2, unitsCreated: 1 });
    const imports = (await (await app.request('/api/inventory/imports')).json()) as {
      fileName: string;
      sha256: string;
    }[];
    expect(imports[0]).toMatchObject({
      fileName: 'lyon.csv',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('lets a person remap a column and refuses files it cannot read', async () => {
    const app = await signIn(t.h, undefined, { login: 'claire@ombreval.example' });
    const csv = 'Quoi;Où\nx;https://x.com/ombreval\n';
    const unmapped = await app.request('/api/inventory/preview', form(csv, 'strange.csv'));
    expect(unmapped.status).toBe(422);
    const mapped = await app.request(
      '/api/inventory/preview',
      form(csv, 'strange.csv', { map: JSON.stringify({ Où: 'url', Quoi: 'platform' }) }),
    );
    expect(mapped.status).toBe(200);
    const binary = await app.request(
      '/api/inventory/import',
      form(new Blob([new Uint8Array([0, 1, 2, 3, 0, 255, 0, 7])]), 'photo.csv'),
    );
    expect(binary.status).toBe(422);
    const err = (await binary.json()) as { error: { message: string; issues?: { file?: string }[] } };
    expect(JSON.stringify(err)).toContain('photo.csv');
    const none = await app.request('/api/inventory/import', { method: 'POST', body: new FormData() });
    expect(none.status).toBe(422);
  });

  it('tells row errors in the reader’s language', async () => {
    const app = await signIn(t.h, undefined, { login: 'claire@ombreval.example' });
    const bad = 'Réseau;URL;Statut\nx;https://x.com/ombreval;peut-être\n';
    const req = form(bad, 'bad.csv');
    const r = await app.request('/api/inventory/preview', {
      ...req,
      headers: { 'accept-language': 'fr-FR' },
    });
    const body = (await r.json()) as { issues: { line: number; column: string; message: string }[] };
    expect(body.issues[0]).toMatchObject({ line: 2, column: 'Statut' });
    expect(body.issues[0]!.message).not.toMatch(/is not a status/);
    expect(body.issues[0]!.message).toContain('--values "status:peut-être=…"');
    expect(body.issues[0]!.message).toContain('Valeurs à reconnaître');
    const failed = await app.request('/api/inventory/import', {
      ...form(bad, 'bad.csv'),
      headers: { 'accept-language': 'fr' },
    });
    expect(failed.status).toBe(422);
    expect(((await failed.json()) as { error: { message: string } }).error.message).toMatch(
      /^bad\.csv : 1 ligne invalide ; rien n’a été importé\./,
    );
  });

  it('exports the registry as a download in each format', async () => {
    const app = await signIn(t.h, undefined, { login: 'claire@ombreval.example' });
    await app.request('/api/inventory/import', form(CSV, 'lyon.csv'));
    const csv = await app.request('/api/inventory/export?format=csv');
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="vigie-inventory-.*\.csv"/);
    expect(await csv.text()).toContain('ombreval.lyon');
    const xlsx = await app.request('/api/inventory/export?format=xlsx');
    const bytes = new Uint8Array(await xlsx.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
    const json = (await (await app.request('/api/inventory/export?format=json')).json()) as {
      presences: unknown[];
    };
    expect(json.presences).toHaveLength(2);
    expect((await app.request('/api/inventory/export?format=pdf')).status).toBe(422);
  });
});

forEachDialect((t) => {
  it('takes what values mean, remembers it per source, lists it and forgets it', async () => {
    const app = await signIn(t.h, undefined, { login: 'claire@ombreval.example' });
    const csv = 'Réseau;URL;Langue;Statut\nx;https://x.com/ombreval_sud;Multilingue;Veille\n';
    const first = (await (
      await app.request('/api/inventory/preview', form(csv, 'Comptes Sud 2024.csv'))
    ).json()) as {
      source: { key: string };
      values: { field: string; value: string; count: number; meaning: string | null }[];
      plan: { rejected: number };
    };
    expect(first.source.key).toBe('comptes sud');
    expect(first.values.map((v) => [v.field, v.value, v.count, v.meaning])).toEqual([
      ['language', 'Multilingue', 1, null],
      ['status', 'Veille', 1, null],
    ]);
    // The web app's JSON, or the command line's syntax.
    const values = JSON.stringify([
      { field: 'language', value: 'Multilingue', meaning: 'fr/en' },
      { field: 'status', value: 'Veille', meaning: 'dormant' },
    ]);
    const done = await app.request('/api/inventory/import', form(csv, 'Comptes Sud 2024.csv', { values }));
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ created: 1, mappingsRemembered: 2 });
    const again = (await (
      await app.request('/api/inventory/preview', form(csv, 'Comptes Sud 2025 v2.csv'))
    ).json()) as {
      values: { origin: string; mappingId: number }[];
      remembered: unknown[];
      plan: { rejected: number };
    };
    expect(again.plan.rejected).toBe(0);
    expect(again.values.map((v) => v.origin)).toEqual(['remembered', 'remembered']);
    expect(again.remembered).toHaveLength(2);

    const list = (await (await app.request('/api/inventory/value-mappings?source=Comptes%20Sud')).json()) as {
      items: { id: number; value: string; setBy: string }[];
    };
    expect(list.items.map((m) => m.value)).toEqual(['Multilingue', 'Veille']);
    const gone = await app.request(`/api/inventory/value-mappings/${list.items[1]!.id}`, {
      method: 'DELETE',
    });
    expect(gone.status).toBe(200);
    expect(
      (await app.request(`/api/inventory/value-mappings/${list.items[1]!.id}`, { method: 'DELETE' })).status,
    ).toBe(404);
    for (const bad of ['01', '1e0', '-1', 'abc'])
      expect((await app.request(`/api/inventory/value-mappings/${bad}`, { method: 'DELETE' })).status).toBe(
        404,
      );
    const all = (await (await app.request('/api/inventory/value-mappings')).json()) as { items: unknown[] };
    expect(all.items).toHaveLength(1);

    const wrong = await app.request(
      '/api/inventory/preview',
      form(csv, 'Comptes Sud.csv', { values: 'status:Veille=sleepy,langue:x=fr' }),
    );
    expect(wrong.status).toBe(422);
    expect(JSON.stringify(await wrong.json())).toContain('\\"sleepy\\" is not a meaning for status');
    const notJson = await app.request(
      '/api/inventory/preview',
      form(csv, 'Comptes Sud.csv', { values: '[{"field":1}]' }),
    );
    expect(notJson.status).toBe(422);
  });
});
