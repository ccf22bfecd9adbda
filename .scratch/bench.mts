import fs from 'node:fs';
import { openSource } from '../src/imports/source';
import { csvReader } from '../src/imports/readers/csv';
import { mastodonReader } from '../src/imports/readers/mastodon';
import type { ExportReader } from '../src/imports/model';

const N = Number(process.env.N ?? 300000);
const dir = '/tmp/vigie-bench';
fs.mkdirSync(dir, { recursive: true });
// CSV
const csvPath = `${dir}/posts.csv`;
if (!fs.existsSync(csvPath)) {
  const w = fs.createWriteStream(csvPath);
  w.write('post_id;published_at;text;language;kind;likes;shares;views;platform;handle\n');
  for (let i = 0; i < N; i++) w.write(`${i};2024-01-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z;"Texte numéro ${i}, avec ""guillemets"" et une phrase assez longue pour ressembler à un post";fr;original;${i % 100};${i % 7};${i * 3};threads;ombreval\n`);
  await new Promise((r) => w.end(r));
}
// Outbox
const mdir = `${dir}/masto`;
if (!fs.existsSync(mdir)) {
  fs.mkdirSync(mdir);
  fs.writeFileSync(`${mdir}/actor.json`, JSON.stringify({ id: 'https://p.fr/users/o', type: 'Person', preferredUsername: 'o', url: 'https://p.fr/@o' }));
  const w = fs.createWriteStream(`${mdir}/outbox.json`);
  w.write('{"@context":"https://www.w3.org/ns/activitystreams","id":"outbox.json","type":"OrderedCollection","totalItems":0,"orderedItems":[');
  for (let i = 0; i < N; i++) {
    const id = `https://p.fr/users/o/statuses/${1000000 + i}`;
    w.write((i ? ',' : '') + JSON.stringify({ id: `${id}/activity`, type: 'Create', actor: 'https://p.fr/users/o', published: '2023-01-10T09:00:00Z', to: ['https://www.w3.org/ns/activitystreams#Public'], cc: ['https://p.fr/users/o/followers'], object: { id, type: 'Note', summary: null, inReplyTo: null, published: '2023-01-10T09:00:00Z', url: `https://p.fr/@o/${i}`, attributedTo: 'https://p.fr/users/o', to: ['https://www.w3.org/ns/activitystreams#Public'], cc: [], sensitive: false, content: `<p>Post ${i} avec un <a href="https://ex.org/${i}">lien</a> <span class="h-card"><a href="https://m.s/@a" class="u-url mention">@<span>a</span></a></span></p>`, contentMap: { fr: 'x' }, attachment: [], tag: [{ type: 'Mention', href: 'https://m.s/users/a', name: '@a@m.s' }] } }));
  }
  w.write(']}');
  await new Promise((r) => w.end(r));
}
async function run(name: string, path: string, reader: ExportReader) {
  const t = performance.now();
  let peak = 0;
  let n = 0;
  const src = await openSource(path);
  for await (const r of reader.read(src)) {
    if (r.type === 'post') n++;
    if ((n & 8191) === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  await src.close();
  const s = (performance.now() - t) / 1000;
  console.log(name, n, 'posts', s.toFixed(1), 's', Math.round(n / s), 'posts/s', 'peak rss MB', Math.round(peak / 1e6));
}
await run('csv', csvPath, csvReader);
await run('mastodon', mdir, mastodonReader);
