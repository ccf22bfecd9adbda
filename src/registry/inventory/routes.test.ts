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
    const failed = await app.request('/api/inventory/import', {
      ...form(bad, 'bad.csv'),
      headers: { 'accept-language': 'fr' },
    });
    expect(failed.status).toBe(422);
    expect(((await failed.json()) as { error: { message: string } }).error.message).toMatch(
      /ligne\(s\) invalide/,
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
