// Platform exports over HTTP. A ZIP whose headers lie (penetration test, finding 10) ended in a 500
// with a library TypeError in the log: it now ends the job with Vigie's error naming the file and the
// entry, in the reader's language, and nothing is stored.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forEachDialect, freshDb } from '../core/testing/dialects';
import { lieAboutSize, writeZip } from '../core/testing/zip';
import { type SignedInClient, signIn } from '../trust/testing';

const manifest = `window.__THAR_CONFIG = ${JSON.stringify({
  userInfo: { accountId: '1234', userName: 'Ombreval_Test', displayName: 'Ombreval Test' },
  dataTypes: {
    tweets: { files: [{ fileName: 'data/tweets.js', globalName: 'YTD.tweets.part0', count: '50' }] },
  },
})}`;
const tweets = `window.YTD.tweets.part0 = ${JSON.stringify(
  Array.from({ length: 50 }, (_, i) => ({
    tweet: {
      id_str: String(1000 + i),
      created_at: 'Wed Mar 03 10:20:30 +0000 2021',
      full_text: `Message ${i}`,
      favorite_count: '1',
      retweet_count: '0',
      entities: { user_mentions: [], urls: [] },
    },
  })),
  null,
  1,
)}`;

interface JobView {
  state: 'running' | 'done' | 'failed';
  summary?: unknown;
  error?: { kind: string; code: string; message: string; issues: { file?: string; message: string }[] };
}

async function importThrough(
  client: SignedInClient,
  name: string,
  bytes: Buffer,
  lang: string,
): Promise<JobView> {
  const res = await client.request(`/api/data-imports?name=${encodeURIComponent(name)}`, {
    method: 'PUT',
    body: new Uint8Array(bytes),
    headers: { 'accept-language': lang },
  });
  expect(res.status).toBe(202);
  const { jobId } = (await res.json()) as { jobId: string };
  for (;;) {
    const job = (await (
      await client.request(`/api/data-imports/jobs/${jobId}`, { headers: { 'accept-language': lang } })
    ).json()) as JobView;
    if (job.state !== 'running') return job;
    await new Promise((r) => setTimeout(r, 20));
  }
}

forEachDialect((t) => {
  it('ends a ZIP with lying headers in Vigie’s error, naming the file and the entry, with nothing stored', async () => {
    const admin = await signIn(t.h);
    const zip = writeZip({ 'data/manifest.js': manifest, 'data/tweets.js': tweets });
    const entry = zip.entries.find((e) => e.name === 'data/tweets.js')!;
    const cases: [string, Buffer, string][] = [
      // The local header says what other ZIP readers would believe: another size.
      [
        'local.zip',
        lieAboutSize(zip, entry.name, 'size', entry.size * 4, 'local'),
        'imports.zip.entry_damaged',
      ],
      // Both headers claim fewer bytes than the entry inflates to (a bomb's trick): stopped there.
      ['smaller.zip', lieAboutSize(zip, entry.name, 'size', entry.size - 10, 'both'), 'imports.zip.overflow'],
      // Both claim more: the entry ends short.
      [
        'larger.zip',
        lieAboutSize(zip, entry.name, 'size', entry.size + 10, 'both'),
        'imports.zip.entry_damaged',
      ],
      // Compressed bytes beyond the deflate stream's end.
      [
        'longer.zip',
        lieAboutSize(zip, entry.name, 'compressed', entry.compressed + 5, 'both'),
        'imports.zip.entry_damaged',
      ],
    ];
    for (const [name, bytes, code] of cases) {
      const job = await importThrough(admin, name, bytes, 'fr');
      expect(job.state, name).toBe('failed');
      expect(job.error?.kind, name).toBe('invalid');
      expect(job.error?.code, name).toBe(code);
      expect(job.error?.message, name).toContain(`${name}, data/tweets.js`);
      expect(job.error?.issues[0]?.file, name).toBe(`${name}/data/tweets.js`);
      expect(job.error?.message, name).not.toMatch(/TypeError|undefined|stream|Internal/i);
    }
    const local = await importThrough(admin, 'local.zip', cases[0]![1], 'fr');
    expect(local.error?.message).toBe(
      'local.zip, data/tweets.js : ZIP endommagé ou falsifié : son en-tête local et le répertoire central de l’archive ne concordent pas ; le fichier est refusé.',
    );
    // A truncated archive: the file is named.
    const cut = await importThrough(admin, 'cut.zip', zip.buf.subarray(0, zip.buf.length - 30), 'en');
    expect(cut.error?.code).toBe('imports.zip.incomplete');
    expect(cut.error?.message).toBe(
      'cut.zip: incomplete ZIP (interrupted download?): the archive is cut short.',
    );
    // Nothing stored: no presence created from the export's account, no post, no import recorded.
    for (const table of ['presences', 'posts', 'data_imports'] as const) {
      const { n } = await t.h.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(n), table).toBe(0);
    }
    // The same archive, honest, imports.
    const ok = await importThrough(admin, 'ok.zip', zip.buf, 'en');
    expect(ok.state).toBe('done');
    // The history names who imported (the signed-in user's name), the login beside it.
    const history = (await (await admin.request('/api/data-imports')).json()) as {
      fileName: string;
      actor: string;
      actorName: string | null;
    }[];
    expect(history.find((r) => r.fileName === 'ok.zip')).toMatchObject({
      actor: admin.user.login,
      actorName: admin.user.login.split('@')[0],
    });
  });
});

describe.skipIf(process.platform === 'win32')('an upload on its way to disk', () => {
  it('is readable by Vigie’s user only, and a refused upload leaves nothing behind', async () => {
    const h = await freshDb('sqlite');
    try {
      const admin = await signIn(h);
      const before = new Set(fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('vigie-upload-')));
      let controller!: ReadableStreamDefaultController<Uint8Array>;
      const body = new ReadableStream<Uint8Array>({
        start(c) {
          controller = c;
        },
      });
      const umask = process.umask(0o002);
      const upload = admin.request('/api/data-imports?name=export.zip&dryRun=true', {
        method: 'PUT',
        body,
        duplex: 'half',
      } as RequestInit);
      controller.enqueue(new Uint8Array(64 * 1024));
      let dir: string | undefined;
      for (let i = 0; i < 100 && !dir; i++) {
        await new Promise((r) => setTimeout(r, 10));
        dir = fs.readdirSync(os.tmpdir()).find((n) => n.startsWith('vigie-upload-') && !before.has(n));
      }
      expect(dir).toBeDefined();
      const folder = path.join(os.tmpdir(), dir!);
      for (let i = 0; i < 100 && !fs.existsSync(path.join(folder, 'export.zip')); i++)
        await new Promise((r) => setTimeout(r, 10));
      process.umask(umask);
      expect(fs.statSync(folder).mode & 0o777).toBe(0o700);
      expect(fs.statSync(path.join(folder, 'export.zip')).mode & 0o777).toBe(0o600);
      // The client gives up halfway: the partial file goes.
      controller.error(new Error('connection lost'));
      expect((await upload).status).toBeGreaterThanOrEqual(400);
      expect(fs.existsSync(folder)).toBe(false);
    } finally {
      await h.close();
    }
  });
});
