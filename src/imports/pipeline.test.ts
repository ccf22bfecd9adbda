import { expect, it } from 'vitest';
import { operatorAccess } from '../core/access';
import { Invalid } from '../core/errors';
import { forEachDialect } from '../core/testing/dialects';
import { RegistryService } from '../registry/service';
import { batchRecords } from './batches';
import { memorySource } from './memory';
import type { ExportRecord } from './model';
import { importRecords, importSource } from './pipeline';

const manifest = `window.__THAR_CONFIG = ${JSON.stringify({
  userInfo: { accountId: '1234', userName: 'Ombreval_Test', displayName: 'Ombreval Test' },
  dataTypes: {
    tweets: { files: [{ fileName: 'data/tweets.js', globalName: 'YTD.tweets.part0', count: '3' }] },
  },
})}`;
const account = `window.YTD.account.part0 = ${JSON.stringify([
  {
    account: {
      accountId: '1234',
      username: 'Ombreval_Test',
      accountDisplayName: 'Ombreval Test',
      createdAt: '2012-05-04T10:00:00.000Z',
    },
  },
])}`;

function tweet(id: string, at: string, text: string, likes: number, extra: Record<string, unknown> = {}) {
  return {
    tweet: {
      id_str: id,
      created_at: at,
      full_text: text,
      lang: 'fr',
      favorite_count: String(likes),
      retweet_count: '1',
      entities: { user_mentions: [], urls: [] },
      ...extra,
    },
  };
}

function archive(tweets: unknown[], raw?: string, bio?: string) {
  return memorySource('ombreval-archive.zip', {
    'data/manifest.js': manifest,
    'data/account.js': account,
    'data/tweets.js': raw ?? `window.YTD.tweets.part0 = ${JSON.stringify(tweets, null, 1)}`,
    ...(bio === undefined
      ? {}
      : {
          'data/profile.js': `window.YTD.profile.part0 = ${JSON.stringify([
            { profile: { description: { bio, website: 'https://t.co/x', location: '' } } },
          ])}`,
        }),
  });
}

const T1 = tweet('101', 'Wed Mar 03 10:20:30 +0000 2021', 'Bonjour @client1 !', 12, {
  entities: { user_mentions: [{ screen_name: 'client1', id_str: '555', name: 'Client Un' }], urls: [] },
});
const T2 = tweet('102', 'Thu Mar 04 08:00:00 +0000 2021', 'Deuxième message', 3);
const T3 = tweet('103', 'Fri Mar 05 09:00:00 +0000 2021', '@client2 merci', 0, {
  in_reply_to_status_id_str: '999',
  in_reply_to_screen_name: 'client2',
  entities: { user_mentions: [{ screen_name: 'client2', id_str: '556', name: 'Client Deux' }], urls: [] },
});

const meta = { size: 1000, sha256: 'a'.repeat(64) };

forEachDialect((t) => {
  it('imports an X archive: creates the presence, adds posts and interactions, updates last activity', async () => {
    const r = await importSource(t.h, 'tester', archive([T1, T2, T3]), meta);
    expect(r).toMatchObject({
      platform: 'x',
      posts: 3,
      added: 3,
      updated: 0,
      presence: { platform: 'x', created: true },
    });
    expect(r.interactions).toBeGreaterThanOrEqual(2);
    const p = await new RegistryService(t.h).getPresence(r.presence!.id);
    expect(p).toMatchObject({
      url: 'https://x.com/ombreval_test',
      status: 'active',
      lastActivityOn: '2021-03-05',
    });
    const rows = await t.h.db.selectFrom('posts').selectAll().orderBy('published_at').execute();
    expect(rows.map((x) => [x.external_id, x.published_at, x.likes, x.kind])).toEqual([
      ['101', '2021-03-03T10:20:30.000Z', 12, 'original'],
      ['102', '2021-03-04T08:00:00.000Z', 3, 'original'],
      ['103', '2021-03-05T09:00:00.000Z', 0, 'reply'],
    ]);
    const history = await t.h.db.selectFrom('data_imports').selectAll().execute();
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      actor: 'tester',
      file_name: 'ombreval-archive.zip',
      added: 3,
      sha256: meta.sha256,
    });
  });

  it('is idempotent, and a newer export adds only what is new and updates counts', async () => {
    await importSource(t.h, 'tester', archive([T1, T2, T3]), meta);
    const again = await importSource(t.h, 'tester', archive([T1, T2, T3]), meta);
    expect(again).toMatchObject({ added: 0, updated: 0, presence: { created: false } });
    const T2b = tweet('102', 'Thu Mar 04 08:00:00 +0000 2021', 'Deuxième message', 40);
    const T4 = tweet('104', 'Sat Mar 06 09:00:00 +0000 2021', 'Nouveau', 1);
    const newer = await importSource(t.h, 'tester', archive([T1, T2b, T3, T4]), meta);
    expect(newer).toMatchObject({ posts: 4, added: 1, updated: 1 });
    const count = await t.h.db
      .selectFrom('posts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    expect(Number(count?.n)).toBe(4);
    const interactions = await t.h.db
      .selectFrom('interactions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    expect(Number(interactions?.n)).toBe(
      (await t.h.db.selectFrom('interactions').selectAll().execute()).length,
    );
  });

  it('takes the bio from the export when it has one, recording the change', async () => {
    const first = await importSource(t.h, 'tester', archive([T1], undefined, 'Compte officiel'), meta);
    const id = first.presence!.id;
    const s = new RegistryService(t.h);
    expect((await s.getPresence(id)).bio).toBe('Compte officiel');
    expect((await s.history(operatorAccess('tester'), id)).at(-1)?.diff.bio).toEqual([
      null,
      'Compte officiel',
    ]);

    const bio = 'Compte officiel · ombreval.example';
    await importSource(t.h, 'tester', archive([T1], undefined, bio), meta);
    expect((await s.getPresence(id)).bio).toBe(bio);
    expect((await s.history(operatorAccess('tester'), id))[0]).toMatchObject({
      action: 'update',
      diff: { bio: ['Compte officiel', bio] },
      batch: expect.stringMatching(/^data-import:/),
    });

    // An export without a bio, or with the same one, changes nothing.
    const changes = (await s.history(operatorAccess('tester'), id)).length;
    await importSource(t.h, 'tester', archive([T1]), meta);
    await importSource(t.h, 'tester', archive([T1], undefined, bio), meta);
    expect((await s.getPresence(id)).bio).toBe(bio);
    expect(await s.history(operatorAccess('tester'), id)).toHaveLength(changes);

    // A bio longer than the registry keeps is cut, not refused.
    await importSource(t.h, 'tester', archive([T1], undefined, 'é'.repeat(1200)), meta);
    expect((await s.getPresence(id)).bio).toHaveLength(1000);
  });

  it('leaves the database exactly as before when a file is cut off', async () => {
    const before = await new RegistryService(t.h).listPresences();
    const cut = `window.YTD.tweets.part0 = ${JSON.stringify([T1, T2, T3], null, 1)}`.slice(0, 300);
    const err = await importSource(t.h, 'tester', archive([], cut), meta).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Invalid);
    expect(JSON.stringify((err as Invalid).issues)).toContain('data/tweets.js');
    expect((await new RegistryService(t.h).listPresences()).total).toBe(before.total);
    expect(await t.h.db.selectFrom('posts').selectAll().execute()).toEqual([]);
    expect(await t.h.db.selectFrom('data_imports').selectAll().execute()).toEqual([]);
  });

  it('keeps nothing when reading fails after thousands of posts were written', async () => {
    // `failAfter`: ms the reader waits before failing, so that the failure comes at different
    // moments of the write of the last batches (before it, during its COPY, during its move).
    async function* records(failAfter: number | null): AsyncGenerator<ExportRecord> {
      yield { type: 'account', account: { platform: 'x', handle: 'ombreval_test', externalId: '1234' } };
      for (let i = 0; i < 6000; i++) {
        const at = new Date(Date.UTC(2021, 0, 1) + i * 60_000).toISOString();
        yield {
          type: 'post',
          post: {
            externalId: String(i),
            publishedAt: at,
            text: `n°${i}\t\\`,
            kind: 'original',
            links: [],
            media: [],
            counts: { likes: i },
          },
        };
        yield {
          type: 'interaction',
          interaction: {
            postExternalId: String(i),
            kind: 'mention',
            at,
            other: { platform: 'x', handle: `c${i % 50}` },
          },
        };
      }
      if (failAfter === null) return;
      await new Promise((r) => setTimeout(r, failAfter));
      throw new Invalid('imports.truncated', 'cut off', {});
    }
    const run = (failAfter: number | null) =>
      importRecords(
        t.h,
        'tester',
        { file: 'big.zip', platform: 'x', batches: batchRecords(records(failAfter)) },
        meta,
      );
    for (const failAfter of [0, 20, 80]) {
      await expect(run(failAfter)).rejects.toBeInstanceOf(Invalid);
      for (const table of ['posts', 'interactions', 'data_imports', 'presences'] as const)
        expect(await t.h.db.selectFrom(table).selectAll().execute()).toEqual([]);
    }
    const r = await run(null);
    expect(r).toMatchObject({ posts: 6000, added: 6000, presence: { created: true } });
    expect(await t.h.db.selectFrom('interactions').selectAll().execute()).toHaveLength(6000);
  });

  it('runs concurrent imports of one account and edits of it whole, each post stored once', {
    timeout: 60_000,
  }, async () => {
    const s = new RegistryService(t.h);
    const p = await s.createPresence(operatorAccess('admin'), { url: 'https://x.com/ombreval_test' });
    // Six exports of the same account, overlapping: export n holds posts n*1000 to n*1000+5999.
    async function* records(n: number): AsyncGenerator<ExportRecord> {
      yield { type: 'account', account: { platform: 'x', handle: 'ombreval_test' } };
      for (let i = n * 1000; i < n * 1000 + 6000; i++) {
        const at = new Date(Date.UTC(2021, 0, 1) + i * 60_000).toISOString();
        const post = { externalId: String(i), publishedAt: at, text: `n°${i}`, kind: 'original' as const };
        yield { type: 'post', post: { ...post, links: [], media: [], counts: { likes: n } } };
      }
    }
    const imports = [0, 1, 2, 3, 4, 5].map((n) =>
      importRecords(
        t.h,
        `importer${n}`,
        { file: `export-${n}.zip`, platform: 'x', batches: batchRecords(records(n)) },
        meta,
      ),
    );
    const edits = [0, 1, 2, 3].map((n) =>
      s.updatePresence(operatorAccess(`editor${n}`), p.id, { notes: `n${n}` }),
    );
    const results = await Promise.allSettled([...imports, ...edits]);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const summaries = await Promise.all(imports);
    // Posts 0 to 10,999, each once; every import counted what it added, and together all of them.
    const stored = await t.h.db.selectFrom('posts').select('external_id').execute();
    expect(stored).toHaveLength(11_000);
    expect(summaries.reduce((n, r) => n + r.added, 0)).toBe(11_000);
    const recorded = await t.h.db.selectFrom('data_imports').selectAll().orderBy('id').execute();
    expect(recorded).toHaveLength(6);
    for (const r of recorded) {
      const own = await t.h.db
        .selectFrom('posts')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('import_id', '=', r.id)
        .executeTakeFirstOrThrow();
      // A post a later import updated now names that import: never more than an import added.
      expect(Number(own.n)).toBeLessThanOrEqual(r.added + r.updated);
      expect(r.presence_id).toBe(p.id);
    }
  });

  it('dry-runs without storing anything, and refuses a presence of another platform', async () => {
    const dry = await importSource(t.h, 'tester', archive([T1]), meta, { dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, added: 1, importId: null });
    expect((await new RegistryService(t.h).listPresences()).total).toBe(0);
    const fb = await new RegistryService(t.h).createPresence(operatorAccess('tester'), {
      url: 'https://www.facebook.com/ombreval',
    });
    await expect(
      importSource(t.h, 'tester', archive([T1]), meta, { presenceId: fb.id }),
    ).rejects.toBeInstanceOf(Invalid);
  });
});
