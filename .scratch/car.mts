import fs from 'node:fs';
import { CarWriter } from '@ipld/car';
import * as dagCbor from '@ipld/dag-cbor';
import { CID } from 'multiformats/cid';
import { sha256 } from 'multiformats/hashes/sha2';
import { Readable } from 'node:stream';
import { openSource } from '../src/imports/source';
import { blueskyReader } from '../src/imports/readers/bluesky';
const N = Number(process.env.N ?? 200000);
const path = '/tmp/vigie-bench/repo.car';
const DID = 'did:plc:ewvi7nxzyoun6zhxrhs64oiz';
async function block(v: unknown) { const bytes = dagCbor.encode(v); return { cid: CID.create(1, dagCbor.code, await sha256.digest(bytes)), bytes }; }
if (!fs.existsSync(path)) {
  const recs = [];
  const keys: [string, CID][] = [];
  for (let i = 0; i < N; i++) {
    const b = await block({ $type: 'app.bsky.feed.post', text: `Post numéro ${i} avec un lien https://ex.org/${i}`, createdAt: new Date(1.7e12 + i * 60000).toISOString(), langs: ['fr'], facets: [{ index: { byteStart: 0, byteEnd: 4 }, features: [{ $type: 'app.bsky.richtext.facet#link', uri: `https://ex.org/${i}` }] }] });
    recs.push(b); keys.push([`app.bsky.feed.post/3k${String(i).padStart(11, 'a')}`, b.cid]);
    const like = await block({ $type: 'app.bsky.feed.like', subject: { uri: `at://${DID}/app.bsky.feed.post/x${i}`, cid: 'x' }, createdAt: new Date(1.7e12 + i).toISOString() });
    recs.push(like); keys.push([`app.bsky.feed.like/3l${String(i).padStart(11, 'a')}`, like.cid]);
  }
  keys.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const nodes = [];
  for (let i = 0; i < keys.length; i += 32) {
    let prev = '';
    const e = keys.slice(i, i + 32).map(([k, v]) => { let p = 0; while (p < prev.length && prev[p] === k[p]) p++; prev = k; return { k: new TextEncoder().encode(k.slice(p)), p, t: null, v }; });
    nodes.push(await block({ e, l: null }));
  }
  const commit = await block({ did: DID, version: 3, data: nodes[0]!.cid, rev: 'r', prev: null, sig: new Uint8Array(64) });
  const { writer, out } = CarWriter.create([commit.cid]);
  const done = new Promise((r) => Readable.from(out).pipe(fs.createWriteStream(path)).on('finish', r));
  await writer.put(commit);
  for (const n of nodes) await writer.put(n);
  for (const r of recs) await writer.put(r);
  await writer.close();
  await done;
}
const t = performance.now();
let n = 0; let peak = 0;
const src = await openSource(path);
for await (const r of blueskyReader.read(src)) { if (r.type === 'post') n++; if ((n & 8191) === 0) { const m = process.memoryUsage(); peak = Math.max(peak, m.rss); (globalThis as any).heap = Math.max((globalThis as any).heap ?? 0, m.heapUsed); (globalThis as any).ab = Math.max((globalThis as any).ab ?? 0, m.arrayBuffers); } }
const s = (performance.now() - t) / 1000;
console.log('bluesky', n, 'posts', s.toFixed(1), 's', Math.round(n / s), 'posts/s; size MB', Math.round(fs.statSync(path).size / 1e6), 'peak rss MB', Math.round(peak / 1e6), 'heap', Math.round((globalThis as any).heap/1e6), 'ab', Math.round((globalThis as any).ab/1e6));
