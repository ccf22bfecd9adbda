// The `vigie` command as a person or a script runs it: a real process on a real SQLite file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runVigie } from './start-testing';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-cli-'));
const db = `sqlite:${path.join(dir, 'cli.db')}`;

const vigie = (...args: string[]) => runVigie(['--db', db, ...args], { LANG: 'en_GB.UTF-8', VIGIE_LANG: '' });

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Each command starts Node and tsx afresh (about two seconds each): a test runs several.
describe('vigie CLI', { timeout: 120_000 }, () => {
  it('imports, lists, exports and re-imports an inventory', () => {
    const csv = path.join(dir, 'inv.csv');
    fs.writeFileSync(
      csv,
      'Réseau;URL;Entité;Responsable\nTwitter;http://twitter.com/Ombreval;Groupe;Inès Boucher\nx;@ombreval;Groupe;\nLinkedIn;https://fr.linkedin.com/company/ombreval/about/;Groupe;\n',
    );
    const dry = vigie('presences', 'import', csv, '--dry-run', '--json');
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.out)).toMatchObject({ dryRun: true, created: 2, merged: 1, newUnits: ['Groupe'] });
    const done = vigie('--as', 'Inès', 'presences', 'import', csv, '--json');
    expect(JSON.parse(done.out)).toMatchObject({ created: 2, merged: 1, importId: 1 });
    const list = JSON.parse(vigie('presences', 'list', '--json', '--platform', 'x').out) as Record<
      string,
      unknown
    >[];
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      platform: 'x',
      handle: 'Ombreval',
      url: 'https://x.com/ombreval',
      unit: 'Groupe',
      owner: 'Inès Boucher',
      status: 'active',
    });
    expect(Object.keys(list[0]!)).toEqual(
      expect.arrayContaining(['id', 'platform', 'handle', 'url', 'name', 'unit', 'status', 'owner']),
    );
    const out = path.join(dir, 'export.xlsx');
    expect(vigie('presences', 'export', '--format', 'xlsx', '--out', out).code).toBe(0);
    expect(JSON.parse(vigie('presences', 'import', out, '--json').out)).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
  });

  it('fails with the exit code of the error and names the file and line', () => {
    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, 'Plateforme;URL;Statut\nx;https://x.com/a;zombie\nx;https://x.com/b;actif\n');
    const r = vigie('--lang', 'fr', 'presences', 'import', bad);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad\.csv/);
    expect(r.err).toMatch(/ligne 2/);
    const skipped = vigie(
      'presences',
      'import',
      bad,
      '--skip-invalid',
      '--rejects',
      path.join(dir, 'rejects.csv'),
      '--json',
    );
    expect(JSON.parse(skipped.out)).toMatchObject({ created: 1, rejected: 1 });
    expect(fs.readFileSync(path.join(dir, 'rejects.csv'), 'utf8')).toContain('zombie');
    expect(vigie('presences', 'list', '--unit', 'Nowhere').code).toBe(3);
    expect(vigie('presences', 'import', path.join(dir, 'missing.csv')).code).toBe(2);
    // The command line's own mistakes are invalid input too; asking for help is not a mistake.
    expect(vigie('presences', 'import').code).toBe(2);
    expect(vigie('presences', 'list', '--no-such-option').code).toBe(2);
    expect(vigie('--help').code).toBe(0);
  });

  it('imports a platform export folder, then lists its posts', () => {
    const archive = path.join(dir, 'x-archive');
    fs.mkdirSync(path.join(archive, 'data'), { recursive: true });
    fs.writeFileSync(
      path.join(archive, 'data', 'account.js'),
      'window.YTD.account.part0 = [{"account":{"accountId":"42","username":"ombreval_cli","accountDisplayName":"Ombreval CLI","createdAt":"2012-05-04T10:00:00.000Z"}}]',
    );
    fs.writeFileSync(
      path.join(archive, 'data', 'tweets.js'),
      'window.YTD.tweets.part0 = [{"tweet":{"id_str":"7","created_at":"Wed Mar 03 10:20:30 +0000 2021","full_text":"Bonjour @client1","lang":"fr","favorite_count":"5","retweet_count":"1","entities":{"user_mentions":[{"screen_name":"client1","id_str":"9","name":"Client"}],"urls":[]}}}]',
    );
    const first = JSON.parse(vigie('import', archive, '--json').out) as Record<string, unknown>[];
    expect(first[0]).toMatchObject({
      platform: 'x',
      posts: 1,
      added: 1,
      updated: 0,
      interactions: 1,
      metrics: 0,
      presence: { handle: 'ombreval_cli', created: true },
    });
    const id = (first[0]!.presence as { id: number }).id;
    expect(JSON.parse(vigie('import', archive, '--json').out)[0]).toMatchObject({
      added: 0,
      presence: { id, created: false },
    });
    const posts = JSON.parse(vigie('posts', 'list', '--presence', String(id), '--json').out) as {
      text: string;
    }[];
    expect(posts.map((p) => p.text)).toEqual(['Bonjour @client1']);
    const cut = path.join(dir, 'cut.js');
    fs.writeFileSync(cut, 'window.YTD.tweets.part0 = [{"tweet":{"id_str":"8","created_at":"Wed Mar 03');
    const bad = vigie('import', cut, '--platform', 'x');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/cut\.js/);
  });

  it('resolves URLs and lists platforms as JSON', () => {
    const r = JSON.parse(
      vigie(
        'presences',
        'resolve',
        'https://m.facebook.com/profile.php?id=42&ref=x',
        'not a url at all',
        '--json',
      ).out,
    );
    expect(r[0]).toMatchObject({
      platform: 'facebook',
      handle: '42',
      url: 'https://www.facebook.com/profile.php?id=42',
    });
    expect(r[1]).toMatchObject({ platform: null });
    const platforms = JSON.parse(vigie('platforms', 'list', '--json').out) as {
      id: string;
      alive: boolean;
    }[];
    expect(platforms.length).toBeGreaterThanOrEqual(35);
    expect(platforms.find((p) => p.id === 'vine')?.alive).toBe(false);
  });

  it('runs an audit of the demo organisation, decides, plans and writes the report', () => {
    const audited = `sqlite:${path.join(dir, 'audit.db')}`;
    const run = (...args: string[]) =>
      runVigie(['--db', audited, ...args], { LANG: 'en_GB.UTF-8', VIGIE_LANG: '' });
    expect(run('audit', 'run').code).toBe(2); // nothing to audit yet (and no user: the local operator acts)
    expect(run('demo').code).toBe(0);
    // Now the organisation has users: the CLI acts as one of them, with their role's rights.
    expect(run('audit', 'run', '--as-of', '2026-11-02').code).toBe(7);
    expect(run('--as', 'nobody@ombreval.example', 'audit', 'list').code).toBe(7);
    const manager = run('--as', 'celine.fabre@ombreval.example', 'audit', 'run', '--as-of', '2026-11-02');
    expect(manager.code).toBe(5); // a unit manager cannot audit the whole organisation
    expect(run('--as', 'chloe.mallet@hublot-plume.example', 'presences', 'export').code).toBe(5); // agency: no export
    process.env.VIGIE_AS = 'helene.marchand@ombreval.example';
    const r = run('audit', 'run', '--as-of', '2026-11-02', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as {
      audit: { id: number; presences: number };
      items: {
        presence: { id: number };
        recommendation: { decision: string; into: number | null; reasons: { text: string }[] };
      }[];
    };
    expect(out.items.length).toBe(out.audit.presences);
    const closing = out.items.find(
      (i) => i.recommendation.decision === 'close_redirect' && i.recommendation.into,
    )!;
    expect(closing.recommendation.reasons[0]!.text.length).toBeGreaterThan(10);
    const id = String(out.audit.id);
    const decided = run(
      'audit',
      'decide',
      id,
      String(closing.presence.id),
      'close_redirect',
      '--into',
      String(closing.recommendation.into),
      '--reason',
      'Abandonné',
    );
    expect(decided.code).toBe(0);
    expect(decided.out).toMatch(/; (1 task|([02-9]|\d{2,}) tasks) in the plan\./);
    const refused = run(
      'audit',
      'decide',
      id,
      String(closing.recommendation.into),
      'merge',
      '--reason',
      'Essai',
    );
    expect(refused.code).toBe(4); // a merge needs its target: a conflict
    expect(JSON.parse(run('audit', 'plan', id, '--json').out).length).toBeGreaterThan(3);
    const csv = path.join(dir, 'findings.csv');
    expect(run('audit', 'report', id, '--format', 'csv', '--out', csv).code).toBe(0);
    expect(fs.readFileSync(csv, 'utf8').split('\n').length).toBeGreaterThan(out.audit.presences);
    const list = run('--lang', 'fr', 'audit', 'list').out;
    expect(list).toContain('Périmètre');
    // Run in English, listed in French: the name Vigie gave is worded in the reader's language.
    expect(list).toContain('Audit de l’organisation au 2 novembre 2026');
    delete process.env.VIGIE_AS;
  });
});
