import fs from 'node:fs';
import os from 'node:os';
import nodePath from 'node:path';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Invalid } from '../core/errors';
import { lieAboutSize, sizeLies, writeZip } from '../core/testing/zip';
import { localiseError } from '../messages';
import { memorySource } from './memory';
import type { ExportSource } from './model';
import {
  JsonItems,
  openSource,
  readJson,
  safeEntryPath,
  separatorBefore,
  spanItemLine,
  zipSourceFromBuffer,
} from './source';

// ---------------------------------------------------------------------------------------------------
// A tiny ZIP writer, so that tests can forge what real tools never write: climbing names, lying
// sizes and checksums, encryption flags, entry counts.

interface ZipSpec {
  name: string;
  data?: string | Uint8Array;
  /** 0 stored, 8 deflated (default). */
  method?: number;
  /** Uncompressed size written in the headers (default: the real one). */
  declaredSize?: number;
  /** Compressed size written in the headers (default: the real one). */
  declaredCompressed?: number;
  crc?: number;
  flags?: number;
}

function makeZip(specs: ZipSpec[], options: { entryCount?: number } = {}): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const s of specs) {
    const name = Buffer.from(s.name, 'utf8');
    const raw = typeof s.data === 'string' ? Buffer.from(s.data) : Buffer.from(s.data ?? []);
    const method = s.method ?? 8;
    const body = method === 8 ? zlib.deflateRawSync(raw) : raw;
    const crc = s.crc ?? zlib.crc32(raw);
    const csize = s.declaredCompressed ?? body.length;
    const usize = s.declaredSize ?? raw.length;
    const flags = (s.flags ?? 0) | 0x800; // UTF-8 names
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x5221, 12);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(csize >>> 0, 18);
    local.writeUInt32LE(usize >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    parts.push(local, name, body);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(0x031e, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(flags, 8);
    c.writeUInt16LE(method, 10);
    c.writeUInt16LE(0, 12);
    c.writeUInt16LE(0x5221, 14);
    c.writeUInt32LE(crc >>> 0, 16);
    c.writeUInt32LE(csize >>> 0, 20);
    c.writeUInt32LE(usize >>> 0, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(0, 38);
    c.writeUInt32LE(offset, 42);
    central.push(c, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = options.entryCount ?? specs.length;
  end.writeUInt16LE(Math.min(count, 0xffff), 8);
  end.writeUInt16LE(Math.min(count, 0xffff), 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, end]);
}

async function readAll(source: ExportSource, entry: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of await source.open(entry)) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The Invalid a promise rejects with (fails the test when it resolves or throws something else). */
async function invalidOf(p: Promise<unknown>): Promise<Invalid> {
  try {
    await p;
  } catch (e) {
    if (e instanceof Invalid) return e;
    throw e;
  }
  throw new Error('expected an Invalid');
}

/** A source whose entries stream in chunks of `size` bytes (1 byte: every boundary is tested). */
function chunked(files: Record<string, string | Uint8Array>, size: number): ExportSource {
  const inner = memorySource('test.zip', files);
  return {
    ...inner,
    async open(p) {
      const b = Buffer.from(typeof files[p] === 'string' ? (files[p] as string) : (files[p] as Uint8Array));
      const chunks: Buffer[] = [];
      for (let i = 0; i < b.length; i += size) chunks.push(b.subarray(i, i + size));
      return Readable.from(chunks);
    },
  };
}

async function collect(items: JsonItems): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const v of items) out.push(v);
  return out;
}

// ---------------------------------------------------------------------------------------------------

describe('ZIP archives', () => {
  it('lists and streams the entries, folders left out', async () => {
    const zip = makeZip([
      { name: 'data/' },
      { name: 'data/tweets.js', data: 'window.YTD.tweets.part0 = []' },
      { name: 'Your archive.html', data: '<html>', method: 0 },
      { name: '__MACOSX/data/._tweets.js', data: 'junk' },
    ]);
    const source = await zipSourceFromBuffer('archive.zip', zip);
    expect(source.name).toBe('archive.zip');
    expect(source.entries()).toEqual(['data/tweets.js', 'Your archive.html']);
    expect(source.size('data/tweets.js')).toBe(28);
    expect(await readAll(source, 'data/tweets.js')).toBe('window.YTD.tweets.part0 = []');
    expect(await readAll(source, 'Your archive.html')).toBe('<html>');
    const e = await invalidOf(source.open('data/nothing.js'));
    expect(e.code).toBe('imports.source.no_entry');
    await source.close();
    await source.close();
  });

  it('opens a ZIP from a path lazily, and a large entry streams in pieces', async () => {
    const big = 'x'.repeat(3_000_000);
    const file = nodePath.join(tmp, 'big.zip');
    fs.writeFileSync(file, makeZip([{ name: 'a.txt', data: big, method: 0 }]));
    const source = await openSource(file);
    let pieces = 0;
    let size = 0;
    for await (const c of await source.open('a.txt')) {
      pieces++;
      size += (c as Buffer).length;
    }
    expect(size).toBe(3_000_000);
    expect(pieces).toBeGreaterThan(1);
    await source.close();
  });

  it.each([
    ['../../etc/passwd'],
    ['a/../../b'],
    ['..\\..\\windows\\evil.dll'],
    ['/etc/passwd'],
    ['C:/Windows/evil.dll'],
    ['C:\\Windows\\evil.dll'],
    ['data/\u0000.js'],
  ])('refuses the whole archive for the entry %j (path traversal)', async (name) => {
    const zip = makeZip([
      { name: 'data/tweets.js', data: '[]' },
      { name, data: 'root::0:0' },
    ]);
    const e = await invalidOf(zipSourceFromBuffer('evil.zip', zip));
    expect(e.code).toBe('imports.zip.traversal');
    expect(e.message).toContain('evil.zip');
    expect(e.message).toContain('path traversal');
    expect(e.issues[0]?.file).toMatch(/^evil\.zip\//);
  });

  it('normalises names that stay inside', () => {
    expect(safeEntryPath('a/../b')).toBe('b');
    expect(safeEntryPath('./data\\tweets.js')).toBe('data/tweets.js');
    expect(safeEntryPath('a/b/')).toBe('a/b/');
    expect(safeEntryPath('a/..')).toBe('');
    expect(safeEntryPath('..')).toBeNull();
  });

  it('refuses a ZIP bomb: an entry expanding more than 200 times', async () => {
    const zip = makeZip([{ name: 'data/tweets.js', data: Buffer.alloc(5_000_000) }]);
    const e = await invalidOf(zipSourceFromBuffer('bomb.zip', zip));
    expect(e.code).toBe('imports.zip.ratio');
    expect(e.message).toContain('data/tweets.js');
    // Small entries compress as they like.
    const ok = await zipSourceFromBuffer('ok.zip', makeZip([{ name: 'zeros', data: Buffer.alloc(500_000) }]));
    expect(ok.entries()).toEqual(['zeros']);
    await ok.close();
  });

  it('refuses a ZIP bomb: declared sizes above the total limit (default 20 GB, configurable)', async () => {
    const huge = 0xffff_fff0;
    const specs = Array.from({ length: 6 }, (_, i) => ({
      name: `part${i}.bin`,
      method: 0,
      declaredSize: huge,
      declaredCompressed: huge,
    }));
    const e = await invalidOf(zipSourceFromBuffer('bomb.zip', makeZip(specs)));
    expect(e.code).toBe('imports.zip.too_large');
    expect(e.message).toContain('part5.bin');
    const small = makeZip([
      { name: 'a', data: 'x'.repeat(600) },
      { name: 'b', data: 'y'.repeat(600) },
    ]);
    const e2 = await invalidOf(zipSourceFromBuffer('two.zip', small, { limits: { maxTotalBytes: 1000 } }));
    expect(e2.code).toBe('imports.zip.too_large');
    expect(e2.params.entry).toBe('b');
  });

  it('refuses more entries than the limit, counted before reading them', async () => {
    const forged = makeZip([{ name: 'a', data: 'a' }], { entryCount: 65_535 });
    const e = await invalidOf(zipSourceFromBuffer('many.zip', forged, { limits: { maxEntries: 1000 } }));
    expect(e.code).toBe('imports.zip.too_many_entries');
    const five = makeZip(['a', 'b', 'c', 'd', 'e'].map((name) => ({ name, data: name })));
    const e2 = await invalidOf(zipSourceFromBuffer('five.zip', five, { limits: { maxEntries: 3 } }));
    expect(e2.code).toBe('imports.zip.too_many_entries');
    expect(e2.message).toContain('5');
  });

  it('stops an entry that inflates beyond its declared size', async () => {
    const zip = makeZip([{ name: 'data/tweets.js', data: 'z'.repeat(50_000), declaredSize: 100 }]);
    const source = await zipSourceFromBuffer('liar.zip', zip);
    const e = await invalidOf(readAll(source, 'data/tweets.js'));
    expect(e.code).toBe('imports.zip.overflow');
    expect(e.message).toContain('liar.zip');
    expect(e.message).toContain('data/tweets.js');
    await source.close();
  });

  it('stops an entry shorter than declared, or whose checksum is wrong', async () => {
    const short = await zipSourceFromBuffer(
      'short.zip',
      makeZip([{ name: 'a.json', data: '[1,2,3]', declaredSize: 500 }]),
    );
    const e = await invalidOf(readAll(short, 'a.json'));
    expect(e.code).toBe('imports.zip.entry_damaged');
    expect(e.message).toBe(
      'short.zip, a.json: damaged or forged ZIP: the sizes its headers declare do not match its content; the file is refused.',
    );
    const bad = await zipSourceFromBuffer(
      'crc.zip',
      makeZip([{ name: 'a.json', data: '[1,2,3]', crc: 1234 }]),
    );
    const e2 = await invalidOf(readAll(bad, 'a.json'));
    expect(e2.code).toBe('imports.zip.entry_incomplete');
    expect(e2.message).toContain('CRC-32');
    expect(e2.message).toContain('a.json');
  });

  it('says a truncated archive is an incomplete ZIP', async () => {
    const zip = makeZip([{ name: 'data/tweets.js', data: 'window.YTD.tweets.part0 = []'.repeat(100) }]);
    const cut = zip.subarray(0, Math.floor(zip.length * 0.6));
    const e = await invalidOf(zipSourceFromBuffer('cut.zip', cut));
    expect(e.code).toBe('imports.zip.incomplete');
    expect(e.message).toContain('cut.zip: incomplete ZIP (interrupted download?)');
    const file = nodePath.join(tmp, 'cut.zip');
    fs.writeFileSync(file, cut);
    expect((await invalidOf(openSource(file))).code).toBe('imports.zip.incomplete');
    fs.writeFileSync(nodePath.join(tmp, 'empty.zip'), '');
    expect((await invalidOf(openSource(nodePath.join(tmp, 'empty.zip')))).code).toBe('imports.zip.not_zip');
  });

  it('refuses encrypted entries, naming them', async () => {
    const zip = makeZip([
      { name: 'data/account.js', data: '[]' },
      { name: 'data/tweets.js', data: 'secret', method: 0, flags: 1, declaredCompressed: 6 + 12 },
    ]);
    const e = await invalidOf(zipSourceFromBuffer('locked.zip', zip));
    expect(e.code).toBe('imports.zip.encrypted');
    expect(e.message).toContain('data/tweets.js');
    expect(e.message).toContain('encrypted');
  });

  it('refuses compression methods it cannot inflate, when the entry is read', async () => {
    const source = await zipSourceFromBuffer('bz.zip', makeZip([{ name: 'a.json', data: 'x', method: 12 }]));
    const e = await invalidOf(source.open('a.json'));
    expect(e.code).toBe('imports.zip.method');
    expect(e.message).toContain('12');
  });
});

describe('ZIP archives whose headers lie (penetration test, finding 10)', () => {
  const files = {
    'data/manifest.js': `window.__THAR_CONFIG = ${JSON.stringify({ userInfo: { accountId: '1' } })}`,
    'data/tweets.js': `window.YTD.tweets.part0 = ${JSON.stringify(
      Array.from({ length: 200 }, (_, i) => ({ tweet: { id_str: String(i), full_text: `message ${i}` } })),
      null,
      1,
    )}`,
  };

  /** Opens the archive from disk, as the import does, and reads every entry to its end. */
  async function readWhole(bytes: Buffer): Promise<void> {
    const file = nodePath.join(tmp, 'lies.zip');
    fs.writeFileSync(file, bytes);
    const source = await openSource(file);
    try {
      for (const entry of source.entries()) await readAll(source, entry);
    } finally {
      await source.close();
    }
  }

  /** English words of yauzl and zlib that must never reach a person. */
  const LIBRARY = /stream|unexpected|invalid|overflows|mismatch for|signature|TypeError|undefined/i;

  for (const stored of [false, true]) {
    it(`refuses every lie about sizes with Vigie's error, naming the file and the entry (${stored ? 'stored' : 'deflated'})`, async () => {
      const zip = writeZip(files, { stored });
      for (const name of Object.keys(files)) {
        for (const lie of sizeLies(zip, name)) {
          const e = await invalidOf(readWhole(lie.bytes));
          const what = `${name}: ${lie.label}: ${e.message}`;
          expect(e.code, what).toMatch(/^imports\.zip\./);
          expect(e.message, what).toContain('lies.zip');
          // The entry, by name where the directory could be read up to it, else by its place in it.
          if (e.code === 'imports.zip.directory_damaged') expect(e.params.index, what).toMatch(/^[12]$/);
          else expect(e.message, what).toContain(name);
          expect(e.message, what).not.toMatch(LIBRARY);
          const fr = localiseError(e, 'fr');
          expect(fr, what).not.toMatch(LIBRARY);
          expect(fr, what).toContain('lies.zip');
        }
      }
    });
  }

  it('refuses a local header that disagrees with the central directory, which yauzl alone would not read', async () => {
    const zip = writeZip(files);
    const tweets = zip.entries.find((e) => e.name === 'data/tweets.js')!;
    const e = await invalidOf(readWhole(lieAboutSize(zip, tweets.name, 'size', tweets.size * 2, 'local')));
    expect(e.code).toBe('imports.zip.entry_damaged');
    expect(e.message).toBe(
      'lies.zip, data/tweets.js: damaged or forged ZIP: its local header and the central directory disagree; the file is refused.',
    );
    expect(localiseError(e, 'fr')).toBe(
      'lies.zip, data/tweets.js : ZIP endommagé ou falsifié : son en-tête local et le répertoire central de l’archive ne concordent pas ; le fichier est refusé.',
    );
    // Compressed bytes declared beyond the end of the deflate stream, in both headers.
    const longer = lieAboutSize(zip, tweets.name, 'compressed', tweets.compressed + 3, 'both');
    expect((await invalidOf(readWhole(longer))).code).toBe('imports.zip.entry_damaged');
  });

  it('refuses an archive cut anywhere, with the file named', async () => {
    const { buf } = writeZip(files);
    for (let at = 10; at < buf.length; at += Math.ceil(buf.length / 40)) {
      const e = await invalidOf(readWhole(buf.subarray(0, at)));
      expect(e.code).toMatch(/^imports\.zip\./);
      expect(e.message).toContain('lies.zip');
      expect(localiseError(e, 'fr')).not.toMatch(LIBRARY);
    }
  });
});

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'vigie-source-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('folders and single files', () => {
  it('walks a folder; links are followed inside it only', async () => {
    const root = nodePath.join(tmp, 'export');
    const outside = nodePath.join(tmp, 'secret.txt');
    fs.mkdirSync(nodePath.join(root, 'data', 'deep'), { recursive: true });
    fs.writeFileSync(outside, 'secret');
    fs.writeFileSync(nodePath.join(root, 'data', 'tweets.js'), 'window.YTD.tweets.part0 = []');
    fs.writeFileSync(nodePath.join(root, 'data', 'deep', 'x.json'), '{}');
    fs.symlinkSync(outside, nodePath.join(root, 'data', 'leak.txt'));
    fs.symlinkSync(tmp, nodePath.join(root, 'up'));
    fs.symlinkSync(nodePath.join(root, 'data', 'tweets.js'), nodePath.join(root, 'alias.js'));
    fs.symlinkSync(nodePath.join(root, 'data'), nodePath.join(root, 'data', 'deep', 'loop'));
    fs.symlinkSync(nodePath.join(root, 'nowhere'), nodePath.join(root, 'dangling'));
    const source = await openSource(root);
    expect(source.name).toBe('export');
    expect(source.entries().sort()).toEqual(['alias.js', 'data/deep/x.json', 'data/tweets.js']);
    expect(source.size('data/tweets.js')).toBe(28);
    expect(await readAll(source, 'alias.js')).toBe('window.YTD.tweets.part0 = []');
    expect((await invalidOf(source.open('data/leak.txt'))).code).toBe('imports.source.no_entry');
    expect((await invalidOf(source.open('../secret.txt'))).code).toBe('imports.source.no_entry');
    await source.close();
  });

  it('a single file is one entry named by its base name; a missing path says so', async () => {
    const file = nodePath.join(tmp, 'user_data.json');
    fs.writeFileSync(file, '{}');
    const source = await openSource(file);
    expect(source.entries()).toEqual(['user_data.json']);
    expect(source.size('user_data.json')).toBe(2);
    expect(await readAll(source, 'user_data.json')).toBe('{}');
    const e = await invalidOf(openSource(nodePath.join(tmp, 'nope.zip')));
    expect(e.code).toBe('imports.source.not_found');
    expect(e.message).toContain('nope.zip');
  });

  it('a workbook stays one file though it is a ZIP inside', async () => {
    const file = nodePath.join(tmp, 'followers.xlsx');
    fs.writeFileSync(file, makeZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }]));
    const source = await openSource(file);
    expect(source.entries()).toEqual(['followers.xlsx']);
  });
});

describe('JSON records, streamed', () => {
  const tricky = [
    { id: 1, text: 'brackets ] } [ { inside "quotes" and \\ backslashes \\', nested: { a: [1, [2, 3]] } },
    { id: 2, text: 'émoji 😀 and café', empty: {} },
    'a string record',
    42,
    null,
    [1, 2],
  ];

  it.each([1, 2, 3, 7, 4096])(
    'splits a root array into records whatever the chunk size (%i)',
    async (size) => {
      const text = `window.YTD.tweets.part0 = ${JSON.stringify(tricky, null, 2)}`;
      const items = new JsonItems(chunked({ 'data/tweets.js': text }, size), 'data/tweets.js', {
        assignment: true,
      });
      expect(await collect(items)).toEqual(tricky);
      expect(items.assigned).toBe('window.YTD.tweets.part0');
      expect(items.completed).toBe(6);
    },
  );

  it('gives each record its number and the line it starts on', async () => {
    const text = '[\n  {"a": 1},\n  {\n    "b": 2\n  },\n  {"c": 3}\n]\n';
    const items = new JsonItems(memorySource('t', { 'x.json': text }), 'x.json');
    const seen: [number, number][] = [];
    for await (const _ of items) seen.push([items.record, items.line]);
    expect(seen).toEqual([
      [1, 2],
      [2, 3],
      [3, 6],
    ]);
  });

  it('streams the arrays of a root object, member by member', async () => {
    const text = JSON.stringify({
      profile_v2: { name: 'x' },
      comments_v2: [{ a: 1 }, { a: 2 }],
      empty: [],
      n: 3,
      s: 'ok',
    });
    const items = new JsonItems(memorySource('t', { 'c.json': text }), 'c.json');
    const seen: unknown[] = [];
    for await (const v of items) seen.push([items.key, items.inArray, v]);
    expect(seen).toEqual([
      ['profile_v2', false, { name: 'x' }],
      ['comments_v2', true, { a: 1 }],
      ['comments_v2', true, { a: 2 }],
      ['n', false, 3],
      ['s', false, 'ok'],
    ]);
    expect(await readJson(memorySource('t', { 'c.json': text }), 'c.json')).toEqual({
      profile_v2: { name: 'x' },
      comments_v2: [{ a: 1 }, { a: 2 }],
      n: 3,
      s: 'ok',
    });
  });

  it('reads an assignment whose value is an object (X manifest), never evaluating it', async () => {
    const text = '\ufeffwindow.__THAR_CONFIG = {\n  "userInfo" : { "accountId" : "1" }\n};\n';
    expect(await readJson(memorySource('t', { 'm.js': text }), 'm.js', { assignment: true })).toEqual({
      userInfo: { accountId: '1' },
    });
    const evil = 'alert(1); window.x = [1]';
    const e = await invalidOf(readJson(memorySource('t', { 'm.js': evil }), 'm.js', { assignment: true }));
    expect(e.code).toBe('imports.json.not_assignment');
  });

  it('counts without parsing', async () => {
    const text = `window.YTD.follower.part0 = ${JSON.stringify(Array.from({ length: 1000 }, (_, i) => ({ follower: { accountId: String(i) } })))}`;
    const items = new JsonItems(memorySource('t', { 'f.js': text }), 'f.js', {
      assignment: true,
      parse: false,
    });
    expect(await items.count()).toBe(1000);
  });

  it('reports progress in bytes read so far', async () => {
    const seen: number[] = [];
    const items = new JsonItems(memorySource('t', { 'a.json': '[1,2,3,4,5,6,7,8,9]' }), 'a.json', {
      ctx: { onBytes: (n) => seen.push(n) },
    });
    await collect(items);
    expect(seen.at(-1)).toBe(19);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('says where a truncated file stops', async () => {
    const text = 'window.YTD.tweets.part0 = [\n  {"a": 1},\n  {"b": 2},\n  {"c": "cut he';
    const e = await invalidOf(
      collect(
        new JsonItems(memorySource('x.zip', { 'data/tweets.js': text }), 'data/tweets.js', {
          assignment: true,
        }),
      ),
    );
    expect(e.code).toBe('imports.json.truncated');
    expect(e.message).toContain('x.zip, data/tweets.js');
    expect(e.message).toContain('record 3');
    expect(e.message).toContain('line 4');
    expect(e.issues[0]).toMatchObject({ file: 'x.zip/data/tweets.js', line: 4 });
    const unclosed = '[\n{"a": 1},\n{"b": 2}\n';
    const e2 = await invalidOf(
      collect(new JsonItems(memorySource('x.zip', { 'a.json': unclosed }), 'a.json')),
    );
    expect(e2.code).toBe('imports.json.unclosed');
    expect(e2.message).toContain('complete records: 2');
  });

  it('names the line of a syntax error inside a record', async () => {
    const text = '[\n  {"a": 1},\n  {\n    "b": 2\n    "c": 3\n  }\n]';
    const e = await invalidOf(collect(new JsonItems(memorySource('x', { 'a.json': text }), 'a.json')));
    expect(e.code).toBe('imports.json.syntax');
    expect(e.issues[0]?.line).toBe(5);
    const between = '[{"a": 1} {"b": 2}]';
    const e2 = await invalidOf(collect(new JsonItems(memorySource('x', { 'a.json': between }), 'a.json')));
    expect(e2.code).toBe('imports.json.syntax');
    const after = '[{"a": 1}] trailing';
    expect(
      (await invalidOf(collect(new JsonItems(memorySource('x', { 'a.json': after }), 'a.json')))).code,
    ).toBe('imports.json.trailing');
    const html = '<!DOCTYPE html><html>';
    const e3 = await invalidOf(collect(new JsonItems(memorySource('x', { 'a.json': html }), 'a.json')));
    expect(e3.code).toBe('imports.json.not_json');
    expect(e3.message).toContain('found "<!DOCTY');
  });

  it('refuses text that is not UTF-8, and says so', async () => {
    const latin1 = Buffer.from('[{"text": "caf\u00e9"}]', 'latin1');
    const e = await invalidOf(collect(new JsonItems(memorySource('x', { 'a.json': latin1 }), 'a.json')));
    expect(e.code).toBe('imports.json.encoding');
    const utf16 = Buffer.from('\ufeff[{"a": 1}]', 'utf16le');
    expect(
      (await invalidOf(collect(new JsonItems(memorySource('x', { 'a.json': utf16 }), 'a.json')))).code,
    ).toBe('imports.json.encoding');
  });

  describe('many records parsed a span at a time', () => {
    // Pretty-printed like the platforms' exports; texts hold what could fool a splitter.
    const records = Array.from({ length: 400 }, (_, i) => ({
      tweet: {
        id_str: String(i),
        full_text: i % 3 ? `line one\n  },\n  {\nand "quoted" } ] { [ \\ café ${i}` : `é${'x'.repeat(i * 7)}`,
        entities: { urls: i % 2 ? [{ u: 'a' }, { u: 'b' }] : [] },
      },
    }));
    const text = `window.YTD.tweets.part0 = ${JSON.stringify(records, null, 2)}`;
    async function read(size: number, body = text) {
      const items = new JsonItems(chunked({ 'data/tweets.js': body }, size), 'data/tweets.js', {
        assignment: true,
      });
      const out: [number, number, unknown][] = [];
      for await (const v of items) out.push([items.record, items.line, v]);
      return out;
    }

    it('gives the same records and lines as the byte-by-byte scan', async () => {
      const exact = await read(5); // chunks too small for any span: the exact path only
      expect(exact.map((r) => r[2])).toEqual(records);
      const starts = text.split('\n').flatMap((l, k) => (/^ {2}\{$|\[ ?\{$/.test(l) ? [k + 1] : []));
      expect(exact.map((r) => r[1])).toEqual(starts);
      for (const size of [4096, 65536, 1 << 20]) expect(await read(size)).toEqual(exact);
    });

    it('finds a syntax error after the first span, on its line', async () => {
      const lines = text.split('\n');
      const at = lines.findIndex((l, k) => k > lines.length / 2 && l.includes('"id_str"'));
      lines[at] = lines[at]!.replace(/,$/, '');
      const e = await invalidOf(read(65536, lines.join('\n')));
      expect(e.code).toBe('imports.json.syntax');
      expect(e.issues[0]?.line).toBe(at + 2);
    });

    it('refuses bytes that are not UTF-8 inside a span, naming the line', async () => {
      const buf = Buffer.from(text);
      const at = buf.indexOf('café 301');
      buf[at + 3] = 0xe9; // a lone Latin-1 é
      buf[at + 4] = 0x20;
      const e = await invalidOf(read(1 << 20, buf as unknown as string));
      expect(e.code).toBe('imports.json.encoding');
      expect(e.issues[0]?.line).toBe(text.slice(0, text.indexOf('café 301')).split('\n').length);
    });

    it('learns the separator only from a record boundary that holds a newline', () => {
      const sep = (t: string) => separatorBefore(Buffer.from(t), t.length - 1)?.toString() ?? null;
      expect(sep('[\n  {\n  },\n  {')).toBe('\n  },\n  {');
      expect(sep('[ {\n  "a": 1\n}, {')).toBe('\n}, {');
      expect(sep('[{"a":1},{')).toBeNull(); // minified: `},{` is met inside records too
      expect(sep('[{"a":1}, {')).toBeNull();
      expect(sep('[1, {')).toBeNull();
    });

    it('finds the line of the n-th record of a span', () => {
      const span = '{"a": "{ [ \\" ]"},\n{\n"b": [1, {"c": 2}]\n},\n\n{"d": 1}';
      expect([0, 1, 2].map((k) => spanItemLine(span, 10, k))).toEqual([10, 11, 15]);
    });
  });

  it('says an empty file is empty, and refuses a record larger than the limit', async () => {
    expect(
      (await invalidOf(collect(new JsonItems(memorySource('x', { 'a.json': '  ' }), 'a.json')))).code,
    ).toBe('imports.json.empty');
    const big = `[${JSON.stringify({ text: 'y'.repeat(5000) })}]`;
    const e = await invalidOf(
      collect(new JsonItems(memorySource('x', { 'a.json': big }), 'a.json', { maxRecordBytes: 1000 })),
    );
    expect(e.code).toBe('imports.json.record_too_large');
    const e2 = await invalidOf(readJson(memorySource('x', { 'a.json': big }), 'a.json', { maxBytes: 100 }));
    expect(e2.code).toBe('imports.json.entry_too_large');
  });
});
