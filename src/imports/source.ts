// An export as the person gives it (a ZIP archive, a folder, a single file) opened as an
// `ExportSource`, and the JSON inside its entries read as a stream of records.
//
// Safety, decided here once for every reader:
// - ZIP entry names are decoded and checked by us (yauzl's own check is off so that the message can
//   name the entry): a backslash counts as `/`; a name that is absolute (`/etc`, `C:…`), holds a NUL,
//   or still climbs out (`..`) once normalised refuses the WHOLE archive ("path traversal").
// - ZIP bombs are refused from the central directory, before anything is inflated: more entries than
//   `maxEntries`, more declared uncompressed bytes than `maxTotalBytes`, or an entry above
//   `ratioMinBytes` that claims to expand more than `maxRatio` times. While reading, an entry that
//   inflates beyond its declared size (yauzl's `validateEntrySizes`) or whose CRC-32 does not match
//   stops the read with an error naming it.
// - Encrypted entries are refused when the archive is opened; the platforms never encrypt exports.
// - A folder is walked once; symbolic links are followed only when they lead inside the folder, and
//   only the paths that walk found can be opened. ZIP archives are read lazily (central directory
//   first, each entry inflated as it is streamed), never loaded whole.
// - Office documents (`.xlsx`, `.ods`…) are ZIP files too, but a person giving one means the
//   workbook itself: they are single-file sources.
//
// The JSON side (`JsonItems`): the platforms' exports are an array of records (X's `tweets.js`,
// Instagram's `posts_1.json`) or an object whose values are such arrays (`{"comments_v2": [...]}`).
// A byte-level scanner finds each record's bounds (strings, escapes and nesting tracked, no regular
// expression) and hands each record alone to `JSON.parse`. It was measured against stream-json's
// parser + `streamArray` on a pretty-printed 160 MB, 100,000-tweet file: 1.7 s against 9.6 s, at the
// same flat memory; a 1,000,000-post import needs that margin. Only one record is ever held at a
// time (capped by `maxRecordBytes`), the assignment prefix of X's `.js` files is skipped as text and
// never evaluated, and every error names the entry and the line (and record) where reading stopped.
import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import nodePath from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import yauzl from 'yauzl';
import { Invalid, type Issue } from '../core/errors';
import { issueFrom, type Params } from '../core/i18n';
import { openEntryChecked, printableEntryName, ZipEntryFault, type ZipReason, zipReason } from '../core/zip';
import { importsMessages } from './messages';
import type { ExportSource, ReadContext } from './model';
import { reasonOf } from './readers/support';

// ---------------------------------------------------------------------------------------------------
// Errors

type Code = keyof typeof importsMessages;

/** Where in an export a problem is: the entry (file inside the export), its line, a field. */
export interface Where {
  entry?: string;
  line?: number;
  field?: string;
}

/**
 * An `Invalid` from the imports catalogue. `file` is the export as the person named it; the issue's
 * `file` is `export/entry` when there is an entry, so that both are named.
 */
export function importsInvalid(code: Code, file: string, params: Params = {}, where: Where = {}): Invalid {
  const all: Params = { file, ...params };
  const at: Omit<Issue, 'code' | 'params' | 'message'> = {
    file: where.entry && where.entry !== file ? `${file}/${where.entry}` : file,
  };
  if (where.entry !== undefined) all.entry = where.entry;
  if (where.line !== undefined) {
    at.line = where.line;
    all.line = String(where.line);
  }
  if (where.field !== undefined) {
    at.field = where.field;
    all.field = where.field;
  }
  const issue = issueFrom(importsMessages, code, all, at);
  return new Invalid(code, issue.message, issue.params, [issue]);
}

/** A name from an archive, made safe to print: control characters shown as `?`, length capped. */
const printable = printableEntryName;

// ---------------------------------------------------------------------------------------------------
// Opening an export

export interface SourceLimits {
  /** Total declared uncompressed size of a ZIP archive. Default 20 GB. */
  maxTotalBytes: number;
  /** Largest compression ratio of an entry larger than `ratioMinBytes`. Default 200 (to 1). */
  maxRatio: number;
  /** Entries up to this size are not held to `maxRatio` (tiny files compress well). Default 1 MB. */
  ratioMinBytes: number;
  /** Entries in an archive, files in a folder. Default 200,000. */
  maxEntries: number;
}

export const DEFAULT_SOURCE_LIMITS: Readonly<SourceLimits> = {
  maxTotalBytes: 20 * 1024 ** 3,
  maxRatio: 200,
  ratioMinBytes: 1024 ** 2,
  maxEntries: 200_000,
};

export interface SourceOptions {
  limits?: Partial<SourceLimits>;
}

const READ_CHUNK = 256 * 1024;

/** Extensions of ZIP-based documents that are one file to their reader, not an archive of files. */
// LinkedIn names some of its XLSX workbooks `.xls`: they are ZIPs inside, and stay one document.
const ZIP_DOCUMENTS = /\.(?:xlsx|xls|xlsm|xltx|ods|docx|pptx)$/i;

/** Opens a ZIP archive, a folder or a single file as an export. The caller closes it. */
export async function openSource(path: string, options: SourceOptions = {}): Promise<ExportSource> {
  const limits = { ...DEFAULT_SOURCE_LIMITS, ...options.limits };
  const name = nodePath.basename(nodePath.resolve(path));
  let st: fs.Stats;
  try {
    st = await fsp.stat(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw importsInvalid('imports.source.not_found', name);
    throw importsInvalid('imports.source.unreadable', name, { reason: reasonOf(e) });
  }
  if (st.isDirectory()) return folderSource(path, name, limits);
  if (!st.isFile()) throw importsInvalid('imports.source.unreadable', name, { reason: 'not a regular file' });
  const head = await readHead(path, name);
  if (isZip(head) && !ZIP_DOCUMENTS.test(path)) {
    let zip: yauzl.ZipFile;
    try {
      zip = await yauzl.openPromise(path, ZIP_OPTIONS);
    } catch (e) {
      throw zipOpenError(name, e);
    }
    return zipSource(zip, name, limits);
  }
  if (/\.zip$/i.test(path)) throw importsInvalid('imports.zip.not_zip', name);
  return singleFileSource(path, name, st.size);
}

/** A ZIP archive received whole (a web upload). */
export async function zipSourceFromBuffer(
  name: string,
  bytes: Uint8Array,
  options: SourceOptions = {},
): Promise<ExportSource> {
  const limits = { ...DEFAULT_SOURCE_LIMITS, ...options.limits };
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!isZip(buf)) throw importsInvalid('imports.zip.not_zip', name);
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buf, ZIP_OPTIONS);
  } catch (e) {
    throw zipOpenError(name, e);
  }
  return zipSource(zip, name, limits);
}

async function readHead(path: string, name: string): Promise<Buffer> {
  let fh: fsp.FileHandle | undefined;
  try {
    fh = await fsp.open(path, 'r');
    const b = Buffer.alloc(4);
    const { bytesRead } = await fh.read(b, 0, 4, 0);
    return b.subarray(0, bytesRead);
  } catch (e) {
    throw importsInvalid('imports.source.unreadable', name, { reason: reasonOf(e) });
  } finally {
    await fh?.close();
  }
}

/** `PK\3\4` (a local file header) or `PK\5\6` (an empty archive's end record). */
function isZip(b: Uint8Array): boolean {
  return (
    b.length >= 4 &&
    b[0] === 0x50 &&
    b[1] === 0x4b &&
    ((b[2] === 3 && b[3] === 4) || (b[2] === 5 && b[3] === 6))
  );
}

// ---------------------------------------------------------------------------------------------------
// ZIP

const ZIP_OPTIONS: yauzl.Options = {
  lazyEntries: true,
  autoClose: false,
  // Names are decoded and checked here, to refuse them with the entry named.
  decodeStrings: false,
  validateEntrySizes: true,
  strictFileNames: false,
};

/**
 * The path an entry name stands for, relative and with `/`, or null when it is unsafe: absolute,
 * with a NUL, or climbing out of the archive once normalised (`a/../../b` → `../b`).
 */
export function safeEntryPath(raw: string): string | null {
  if (raw.includes('\0')) return null;
  const s = raw.replace(/\\/g, '/');
  if (s.startsWith('/') || /^[a-zA-Z]:/.test(s)) return null;
  const norm = nodePath.posix.normalize(s);
  if (norm === '..' || norm.startsWith('../')) return null;
  return norm === '.' || norm === './' ? '' : norm;
}

async function zipSource(zip: yauzl.ZipFile, name: string, limits: SourceLimits): Promise<ExportSource> {
  const entries = new Map<string, yauzl.Entry>();
  /** Entries read from the central directory so far. */
  let read = 0;
  try {
    if (zip.entryCount > limits.maxEntries)
      throw importsInvalid('imports.zip.too_many_entries', name, {
        count: zip.entryCount,
        limit: limits.maxEntries,
      });
    let total = 0;
    for await (const entry of zip.eachEntry()) {
      read++;
      const raw = yauzl.getFileNameLowLevel(
        entry.generalPurposeBitFlag,
        entry.fileNameRaw,
        entry.extraFields,
        false,
      );
      const path = safeEntryPath(raw);
      if (path === null) throw importsInvalid('imports.zip.traversal', name, {}, { entry: printable(raw) });
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes) {
        const params = { total: mb(total), limit: mb(limits.maxTotalBytes) };
        throw importsInvalid('imports.zip.too_large', name, params, { entry: path });
      }
      const size = entry.uncompressedSize;
      if (size > limits.ratioMinBytes && size > limits.maxRatio * entry.compressedSize) {
        const ratio = Math.round(size / Math.max(entry.compressedSize, 1));
        throw importsInvalid('imports.zip.ratio', name, { ratio, limit: limits.maxRatio }, { entry: path });
      }
      if (path === '' || path.endsWith('/')) continue; // a folder
      if (entry.isEncrypted()) throw importsInvalid('imports.zip.encrypted', name, {}, { entry: path });
      // macOS's resource forks, added when a person re-zips a folder: never data.
      if (path.startsWith('__MACOSX/')) continue;
      if (!entries.has(path)) entries.set(path, entry);
    }
  } catch (e) {
    zip.close();
    if (e instanceof Invalid) throw e;
    // The directory broke at an entry whose name could not be read: its place in the archive is named.
    if (read < zip.entryCount)
      throw importsInvalid('imports.zip.directory_damaged', name, {
        index: String(read + 1),
        ...reasonParams(zipReason(e)),
      });
    throw zipOpenError(name, e);
  }
  // Errors while reading reach the entry streams; one emitted on the archive with nobody listening
  // (the file handle failing to close) would otherwise crash the process.
  zip.on('error', () => {});
  const list = [...entries.keys()];
  let closed = false;
  return {
    name,
    entries: () => list.slice(),
    size: (p) => entries.get(p)?.uncompressedSize ?? 0,
    async open(p) {
      const entry = entries.get(p);
      if (!entry) throw importsInvalid('imports.source.no_entry', name, {}, { entry: p });
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
        throw importsInvalid('imports.zip.method', name, { method: entry.compressionMethod }, { entry: p });
      let raw: Readable;
      try {
        // Its local header must agree with the central directory (what other ZIP readers would
        // believe), and its bytes with both: sizes and CRC-32 are checked as it streams.
        raw = await openEntryChecked(zip, entry);
      } catch (e) {
        throw entryError(name, p, entry, e);
      }
      return checked(raw, (e) => entryError(name, p, entry, e));
    },
    async close() {
      if (closed) return;
      closed = true;
      zip.close();
    },
  };
}

const mb = (bytes: number) => Math.round(bytes / 1024 ** 2);

// The ZIP library's own words never reach a person: its errors are classified (src/core/zip.ts) and
// the reason is given in English and French.
function zipOpenError(name: string, e: unknown): Invalid {
  const why = zipReason(e);
  if (why.fault === 'encrypted') return importsInvalid('imports.zip.encrypted', name, {}, { entry: '?' });
  return importsInvalid('imports.zip.incomplete', name, reasonParams(why));
}

const reasonParams = (why: ZipReason) => ({ reason: why.reason, reason_fr: why.reason_fr });

function entryError(name: string, path: string, entry: yauzl.Entry, e: unknown): Invalid {
  if (e instanceof Invalid) return e;
  if (e instanceof ZipEntryFault && e.overflow)
    return importsInvalid('imports.zip.overflow', name, { size: entry.uncompressedSize }, { entry: path });
  const why = zipReason(e);
  if (why.fault === 'encrypted') return importsInvalid('imports.zip.encrypted', name, {}, { entry: path });
  // Cut short, or damaged in transit (the checksum): an incomplete download. Sizes or headers that
  // disagree with the data: a damaged, or forged, archive.
  const code =
    why.fault === 'truncated' || why.fault === 'crc'
      ? 'imports.zip.entry_incomplete'
      : 'imports.zip.entry_damaged';
  return importsInvalid(code, name, reasonParams(why), { entry: path });
}

/** Passes the checked entry through, its errors mapped to Vigie's (naming the file and the entry). */
function checked(raw: Readable, fail: (e: unknown) => Error): Readable {
  const out = new PassThrough();
  raw.on('error', (e) => out.destroy(fail(e)));
  out.on('close', () => raw.destroy());
  raw.pipe(out);
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Folders and single files

const inside = (root: string, real: string) => real === root || real.startsWith(root + nodePath.sep);

async function folderSource(dir: string, name: string, limits: SourceLimits): Promise<ExportSource> {
  let root: string;
  try {
    root = await fsp.realpath(dir);
  } catch (e) {
    throw importsInvalid('imports.source.unreadable', name, { reason: reasonOf(e) });
  }
  /** Entry path → the file's real path (inside root). */
  const files = new Map<string, string>();
  const sizes = new Map<string, number>();
  const seen = new Set<string>([root]);
  const walk = async (abs: string, rel: string): Promise<void> => {
    let list: fs.Dirent[];
    try {
      list = await fsp.readdir(abs, { withFileTypes: true });
    } catch (e) {
      throw importsInvalid('imports.source.unreadable', name, { reason: reasonOf(e) }, { entry: rel || '.' });
    }
    list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const d of list) {
      const childRel = rel ? `${rel}/${d.name}` : d.name;
      let real = nodePath.join(abs, d.name);
      let isDir = d.isDirectory();
      let isFile = d.isFile();
      if (d.isSymbolicLink()) {
        try {
          real = await fsp.realpath(real);
          const st = await fsp.stat(real);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // dangling
        }
        if (!inside(root, real)) continue; // never outside the folder
      }
      if (isDir) {
        if (seen.has(real)) continue; // a link back up: walked already
        seen.add(real);
        await walk(real, childRel);
      } else if (isFile) {
        files.set(childRel, real);
        if (files.size > limits.maxEntries)
          throw importsInvalid('imports.source.too_many_files', name, { limit: limits.maxEntries });
      }
    }
  };
  await walk(root, '');
  const list = [...files.keys()];
  return {
    name,
    entries: () => list.slice(),
    size(p) {
      const real = files.get(p);
      if (real === undefined) return 0;
      let s = sizes.get(p);
      if (s === undefined) {
        try {
          s = fs.statSync(real).size;
        } catch {
          s = 0;
        }
        sizes.set(p, s);
      }
      return s;
    },
    async open(p) {
      const real = files.get(p);
      if (real === undefined) throw importsInvalid('imports.source.no_entry', name, {}, { entry: p });
      let now: string;
      try {
        // Checked again: the file may have been replaced by a link since the walk.
        now = await fsp.realpath(real);
      } catch (e) {
        throw importsInvalid('imports.source.read_failed', name, { reason: reasonOf(e) }, { entry: p });
      }
      if (!inside(root, now)) throw importsInvalid('imports.zip.traversal', name, {}, { entry: p });
      return fs.createReadStream(now, { highWaterMark: READ_CHUNK });
    },
    async close() {},
  };
}

function singleFileSource(path: string, name: string, size: number): ExportSource {
  return {
    name,
    entries: () => [name],
    size: (p) => (p === name ? size : 0),
    async open(p) {
      if (p !== name) throw importsInvalid('imports.source.no_entry', name, {}, { entry: p });
      return fs.createReadStream(path, { highWaterMark: READ_CHUNK });
    },
    async close() {},
  };
}

// ---------------------------------------------------------------------------------------------------
// JSON records, streamed

export interface JsonItemsOptions {
  /** X's `.js` files: `window.YTD.tweets.part0 = [ … ]`; the assignment is skipped, never evaluated. */
  assignment?: boolean;
  /** False: records are only counted (a list of followers). Default true. */
  parse?: boolean;
  /** One record larger than this is refused. Default 64 MiB. */
  maxRecordBytes?: number;
  /** The whole entry larger than this is refused (small files read whole). Default: no limit. */
  maxBytes?: number;
  ctx?: ReadContext;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const NL = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const SEMICOLON = 0x3b;
const BOM = [0xef, 0xbb, 0xbf];

// Scanner states
const S_PREFIX = 0;
const S_ROOT = 1;
const S_ARR_VALUE = 2;
const S_ARR_AFTER = 3;
const S_OBJ_KEY = 4;
const S_OBJ_COLON = 5;
const S_OBJ_VALUE = 6;
const S_OBJ_AFTER = 7;
const S_END = 8;
/** Capturing a record: an object or array, a string, another scalar. */
const S_CONTAINER = 9;
const S_STRING = 10;
const S_SCALAR = 11;

/**
 * The records of a JSON (or X `.js`) entry, one at a time: the elements of a root array, or for a
 * root object each value, with array values streamed element by element (`key` names the member).
 *
 *     const items = new JsonItems(source, 'data/tweets.js', { assignment: true });
 *     for await (const value of items) use(value, items.record, items.line);
 */
export class JsonItems implements AsyncIterable<unknown> {
  /** The root object's member the current record belongs to (undefined for a root array). */
  key: string | undefined;
  /** Whether the current record is an element of an array (else a member's whole value). */
  inArray = false;
  /** 1-based number of the current record in the entry. */
  record = 0;
  /** Line the current record starts on (found on demand for records read in a span, see `fastSpan`). */
  get line(): number {
    if (this.curLine < 0) this.curLine = spanItemLine(this.spanText, this.spanLine, -this.curLine - 1);
    return this.curLine;
  }
  /** Records completed so far (all of them, once iteration is over). */
  completed = 0;
  /** The assignment's target for `.js` files, e.g. `window.YTD.tweets.part0`. */
  assigned = '';
  /** Whether the root is an array (known once the first record is read). */
  rootIsArray = false;

  private readonly parse: boolean;
  private readonly maxRecord: number;
  private readonly maxBytes: number;
  private state: number;
  private scanLine = 1;
  private offset = 0;
  private depth = 0;
  private inStr = false;
  private esc = false;
  private inner = false;
  private curKey: string | undefined;
  private capStart = 0;
  private capLine = 1;
  private capIsKey = false;
  private capBytes = 0;
  private readonly parts: Buffer[] = [];
  private readonly readyValues: unknown[] = [];
  private readonly readyLines: number[] = [];
  private readonly readyKeys: (string | undefined)[] = [];
  private readonly readyInArray: boolean[] = [];
  private curLine = 1;
  /** The bytes between two records of the array, as first met (e.g. `\n  },\n  {`), to find spans. */
  private separator: Buffer | null = null;
  private fastOff = false;
  /** The last span read whole: its text and first line, to find a record's line when asked. */
  private spanText = '';
  private spanLine = 1;

  constructor(
    private readonly source: ExportSource,
    readonly entry: string,
    private readonly options: JsonItemsOptions = {},
  ) {
    this.parse = options.parse !== false;
    this.maxRecord = options.maxRecordBytes ?? 64 * 1024 ** 2;
    this.maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
    this.state = options.assignment ? S_PREFIX : S_ROOT;
  }

  /** An error about the current record (a missing or invalid field), naming the entry, record and line. */
  invalid(
    code: 'imports.record.missing' | 'imports.record.invalid' | 'imports.record.not_object',
    field: string,
    value?: unknown,
  ): Invalid {
    const params: Params = { record: String(this.record) };
    if (value !== undefined)
      params.value = printable(typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));
    return importsInvalid(code, this.source.name, params, { entry: this.entry, line: this.line, field });
  }

  private fail(code: Code, params: Params, line: number): Invalid {
    return importsInvalid(code, this.source.name, params, { entry: this.entry, line });
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<unknown> {
    let stream: Readable;
    try {
      stream = await this.source.open(this.entry);
    } catch (e) {
      if (e instanceof Invalid) throw e;
      throw importsInvalid(
        'imports.source.read_failed',
        this.source.name,
        { reason: reasonOf(e) },
        { entry: this.entry },
      );
    }
    const onBytes = this.options.ctx?.onBytes;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer | string>) {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        this.feed(buf);
        onBytes?.(this.offset);
        const n = this.readyValues.length;
        if (n === 0) continue;
        const base = this.completed - n;
        for (let k = 0; k < n; k++) {
          this.record = base + k + 1;
          this.curLine = this.readyLines[k]!;
          this.key = this.readyKeys[k];
          this.inArray = this.readyInArray[k]!;
          yield this.readyValues[k];
        }
        this.readyValues.length = 0;
        this.readyLines.length = 0;
        this.readyKeys.length = 0;
        this.readyInArray.length = 0;
      }
    } catch (e) {
      if (e instanceof Invalid) throw e;
      const params = { reason: reasonOf(e) };
      throw importsInvalid('imports.source.read_failed', this.source.name, params, { entry: this.entry });
    } finally {
      stream.destroy();
    }
    this.finish();
  }

  /** Reads to the end, counting records without parsing them when `parse` is false. */
  async count(): Promise<number> {
    for await (const _ of this) {
      // counting
    }
    return this.completed;
  }

  private feed(buf: Buffer): void {
    const len = buf.length;
    this.offset += len;
    if (this.offset > this.maxBytes)
      throw this.fail(
        'imports.json.entry_too_large',
        { size: this.source.size(this.entry) || this.offset, limit: this.maxBytes },
        1,
      );
    const start = this.offset - len;
    let line = this.scanLine;
    let state = this.state;
    let i = 0;
    if (state >= S_CONTAINER) this.capStart = 0;
    while (i < len) {
      if (state === S_CONTAINER) {
        const end = this.scanContainer(buf, i);
        line += this.lines;
        if (end < 0) break;
        i = end;
        state = this.complete(buf, i);
        continue;
      }
      if (state === S_STRING) {
        let esc = this.esc;
        let closed = false;
        for (; i < len; i++) {
          const c = buf[i]!;
          if (esc) esc = false;
          else if (c === BACKSLASH) esc = true;
          else if (c === QUOTE) {
            closed = true;
            break;
          } else if (c === NL) line++; // invalid in JSON; JSON.parse will say so, on the right line
        }
        this.esc = esc;
        if (!closed) break;
        i++;
        state = this.complete(buf, i);
        continue;
      }
      if (state === S_SCALAR) {
        for (; i < len; i++) {
          const c = buf[i]!;
          if (
            c === COMMA ||
            c === RBRACE ||
            c === RBRACKET ||
            c === SPACE ||
            c === NL ||
            c === CR ||
            c === TAB
          )
            break;
        }
        if (i === len) break;
        state = this.complete(buf, i); // the delimiter is read again below
        continue;
      }
      const c = buf[i]!;
      if (c === NL) {
        line++;
        i++;
        continue;
      }
      if (c === SPACE || c === TAB || c === CR) {
        i++;
        continue;
      }
      if (start + i < 3 && c === BOM[start + i] && state <= S_ROOT) {
        i++;
        continue;
      }
      // A NUL between tokens: UTF-16 (every other byte of ASCII text is zero), not UTF-8.
      if (c === 0 || ((c === 0xff || c === 0xfe) && state <= S_ROOT))
        throw this.fail('imports.json.encoding', { encoding: 'UTF-16?' }, line);
      switch (state) {
        case S_PREFIX:
          if (c === LBRACKET || c === LBRACE) {
            if (!/^[A-Za-z_$][\w$]*(?:\.[\w$]+)*=$/.test(this.assigned))
              throw this.fail('imports.json.not_assignment', {}, line);
            this.assigned = this.assigned.slice(0, -1);
            state = S_ROOT;
            continue;
          }
          if (
            this.assigned.length > 512 ||
            !(c === 0x2e || c === 0x3d || c === 0x24 || c === 0x5f || isAlnum(c))
          )
            throw this.fail('imports.json.not_assignment', {}, line);
          this.assigned += String.fromCharCode(c);
          i++;
          continue;
        case S_ROOT:
          if (c === LBRACKET) {
            this.rootIsArray = true;
            state = S_ARR_VALUE;
          } else if (c === LBRACE) state = S_OBJ_KEY;
          else throw this.fail('imports.json.not_json', { found: foundAt(buf, i) }, line);
          i++;
          continue;
        case S_ARR_VALUE:
        case S_OBJ_VALUE:
          if (c === RBRACKET && state === S_ARR_VALUE) {
            state = this.closeArray();
            i++;
            continue;
          }
          if (c === LBRACKET && state === S_OBJ_VALUE) {
            this.inner = true;
            state = S_ARR_VALUE;
            i++;
            continue;
          }
          if (c === LBRACE && state === S_ARR_VALUE && this.parse && !this.fastOff) {
            const end = this.fastSpan(buf, i, line);
            if (end > 0) {
              line += this.lines;
              i = end;
              state = S_ARR_AFTER;
              continue;
            }
          }
          this.capStart = i;
          this.capLine = line;
          this.capIsKey = false;
          this.capBytes = 0;
          if (c === LBRACE || c === LBRACKET) {
            this.depth = 1;
            this.inStr = false;
            this.esc = false;
            state = S_CONTAINER;
            i++;
          } else if (c === QUOTE) {
            this.esc = false;
            state = S_STRING;
            i++;
          } else if (c === 0x2d || (c >= 0x30 && c <= 0x39) || c === 0x74 || c === 0x66 || c === 0x6e) {
            state = S_SCALAR;
          } else throw this.fail('imports.json.not_json', { found: foundAt(buf, i) }, line);
          continue;
        case S_ARR_AFTER:
          if (c === COMMA) state = S_ARR_VALUE;
          else if (c === RBRACKET) state = this.closeArray();
          else
            throw this.fail(
              'imports.json.syntax',
              { reason: `expected "," or "]", found "${foundAt(buf, i)}"` },
              line,
            );
          i++;
          continue;
        case S_OBJ_KEY:
          if (c === QUOTE) {
            this.capStart = i;
            this.capLine = line;
            this.capIsKey = true;
            this.capBytes = 0;
            this.esc = false;
            state = S_STRING;
          } else if (c === RBRACE) state = S_END;
          else
            throw this.fail(
              'imports.json.syntax',
              { reason: `expected a key, found "${foundAt(buf, i)}"` },
              line,
            );
          i++;
          continue;
        case S_OBJ_COLON:
          if (c !== COLON)
            throw this.fail(
              'imports.json.syntax',
              { reason: `expected ":", found "${foundAt(buf, i)}"` },
              line,
            );
          state = S_OBJ_VALUE;
          i++;
          continue;
        case S_OBJ_AFTER:
          if (c === COMMA) state = S_OBJ_KEY;
          else if (c === RBRACE) state = S_END;
          else
            throw this.fail(
              'imports.json.syntax',
              { reason: `expected "," or "}", found "${foundAt(buf, i)}"` },
              line,
            );
          i++;
          continue;
        default:
          // S_END: `;` may close a `.js` file.
          if (c !== SEMICOLON) throw this.fail('imports.json.trailing', {}, line);
          i++;
      }
    }
    if (state >= S_CONTAINER) {
      const piece = buf.subarray(this.capStart);
      this.parts.push(piece);
      this.capBytes += piece.length;
      if (this.capBytes > this.maxRecord) throw this.tooLarge();
    }
    this.scanLine = line;
    this.state = state;
  }

  /** Newlines met by the last `scanContainer` or `fastSpan`. */
  private lines = 0;

  /**
   * The fast path for the many records of an array (a million tweets): from the record starting at
   * `i`, the span up to the last separator between records in this chunk is parsed with ONE
   * `JSON.parse`, instead of being scanned byte by byte. It is sound: the span starts where a record
   * starts, so if `[span]` parses, the span ends between two records (a cut inside a string or inside
   * a nested value cannot parse). A span that does not parse goes the exact way, which says where the
   * error is; the fast path is then off for this entry. The separator is the one met between the
   * first records: with pretty-printed exports (every platform's) it holds a newline, which no JSON
   * string can contain, so it is found only between records. Returns the index past the span or -1.
   */
  private fastSpan(buf: Buffer, i: number, line: number): number {
    if (!this.separator) {
      if (this.completed > 0) this.separator = separatorBefore(buf, i);
      return -1;
    }
    const sep = this.separator;
    const at = buf.lastIndexOf(sep);
    if (at <= i) return -1;
    const end = at + sep.indexOf(RBRACE) + 1;
    let text: string;
    let values: unknown[];
    try {
      // Invalid UTF-8 throws here: the exact path then names the encoding and the line.
      text = UTF8.decode(buf.subarray(i, end));
      values = JSON.parse(`[${text}]`) as unknown[];
    } catch {
      this.fastOff = true;
      return -1;
    }
    const n = values.length;
    this.completed += n;
    this.spanText = text;
    this.spanLine = line;
    const inArray = this.rootIsArray || this.inner;
    for (let k = 0; k < n; k++) {
      this.readyValues.push(values[k]);
      this.readyLines.push(-k - 1);
      this.readyKeys.push(this.curKey);
      this.readyInArray.push(inArray);
    }
    this.lines = newlines(text, text.length);
    return end;
  }

  /**
   * The hot loop: scans a record (object or array) from `i`; returns the index just past its end,
   * or -1 when the chunk ends first (the state is kept for the next chunk). Kept small, so that V8
   * optimises it well: a string is skipped in a tight inner loop.
   */
  private scanContainer(buf: Buffer, start: number): number {
    const len = buf.length;
    let i = start;
    let depth = this.depth;
    let inStr = this.inStr;
    let lines = 0;
    if (inStr && this.esc) {
      i++; // the byte after a backslash that ended the previous chunk
      this.esc = false;
    }
    for (;;) {
      if (inStr) {
        for (;;) {
          if (i >= len) {
            this.depth = depth;
            this.inStr = true;
            this.lines = lines;
            return -1;
          }
          const c = buf[i++]!;
          if (c === QUOTE) break;
          if (c === BACKSLASH) {
            if (i >= len) {
              this.depth = depth;
              this.inStr = true;
              this.esc = true;
              this.lines = lines;
              return -1;
            }
            i++;
          }
        }
        inStr = false;
      }
      if (i >= len) {
        this.depth = depth;
        this.inStr = false;
        this.lines = lines;
        return -1;
      }
      const c = buf[i++]!;
      if (c === QUOTE) inStr = true;
      else if (c === LBRACE || c === LBRACKET) depth++;
      else if (c === RBRACE || c === RBRACKET) {
        if (--depth === 0) {
          this.depth = 0;
          this.inStr = false;
          this.lines = lines;
          return i;
        }
      } else if (c === NL) lines++;
    }
  }

  private tooLarge(): Invalid {
    const params = { record: String(this.completed + 1), limit: Math.round(this.maxRecord / 1024 ** 2) };
    return this.fail('imports.json.record_too_large', params, this.capLine);
  }

  private closeArray(): number {
    if (this.inner) {
      this.inner = false;
      return S_OBJ_AFTER;
    }
    return S_END;
  }

  /** A record (or a key) ends at `end` in `buf`: decode, parse, queue; returns the next state. */
  private complete(buf: Buffer, end: number): number {
    let bytes: Buffer;
    if (this.parts.length) {
      this.parts.push(buf.subarray(0, end));
      bytes = Buffer.concat(this.parts);
      this.parts.length = 0;
    } else {
      bytes = buf.subarray(this.capStart, end);
    }
    if (bytes.length > this.maxRecord) throw this.tooLarge();
    if (this.capIsKey) {
      this.curKey = this.parseText(bytes) as string;
      return S_OBJ_COLON;
    }
    this.completed++;
    if (this.parse) {
      this.readyValues.push(this.parseText(bytes));
      this.readyLines.push(this.capLine);
      this.readyKeys.push(this.curKey);
      this.readyInArray.push(this.rootIsArray || this.inner);
    }
    return this.rootIsArray || this.inner ? S_ARR_AFTER : S_OBJ_AFTER;
  }

  private parseText(bytes: Buffer): unknown {
    const text = bytes.toString('utf8');
    if (text.includes('\ufffd') && !isUtf8(bytes)) {
      const bad = text.indexOf('\ufffd');
      throw this.fail(
        'imports.json.encoding',
        { encoding: 'Latin-1 / Windows-1252?' },
        this.capLine + newlines(text, bad),
      );
    }
    try {
      return JSON.parse(text);
    } catch (e) {
      const reason = reasonOf(e);
      const pos = /position (\d+)/.exec(reason)?.[1];
      const line = this.capLine + (pos === undefined ? 0 : newlines(text, Number(pos)));
      throw this.fail('imports.json.syntax', { reason }, line);
    }
  }

  private finish(): void {
    const state = this.state;
    if (state === S_END) return;
    if (state <= S_ROOT) throw this.fail('imports.json.empty', {}, this.scanLine);
    if (state >= S_CONTAINER && !this.capIsKey)
      throw this.fail('imports.json.truncated', { record: String(this.completed + 1) }, this.capLine);
    throw this.fail('imports.json.unclosed', { records: this.completed }, this.scanLine);
  }
}

function isAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function newlines(text: string, upTo: number): number {
  let n = 0;
  for (let k = text.indexOf('\n'); k >= 0 && k < upTo; k = text.indexOf('\n', k + 1)) n++;
  return n;
}

/** Faster than `Buffer#toString` on non-ASCII text, and it refuses invalid UTF-8. */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * What separates two records, when `i` (a record's `{`) is preceded in `buf` by a line holding only
 * the previous record's `}` and a comma: `\n  },\n  {`. Null otherwise (no fast path then).
 */
export function separatorBefore(buf: Buffer, i: number): Buffer | null {
  let k = i - 1;
  const ws = (c: number | undefined) => c === SPACE || c === TAB || c === CR || c === NL;
  let newline = false;
  while (k >= 0 && ws(buf[k])) newline ||= buf[k--] === NL;
  if (k < 0 || buf[k] !== COMMA) return null;
  k--;
  while (k >= 0 && ws(buf[k])) newline ||= buf[k--] === NL;
  if (k < 0 || buf[k] !== RBRACE) return null;
  k--;
  while (k >= 0 && (buf[k] === SPACE || buf[k] === TAB)) k--;
  if (k < 0 || (buf[k] !== NL && !newline)) return null;
  // Without a newline before the `}`, the separator needs one after it (`}, \n{`); else (minified
  // JSON) `},{` is met inside records too, and the fast path would rarely hold.
  return Buffer.from(buf.subarray(buf[k] === NL ? k : k + 1, i + 1));
}

/** The line where the `index`-th record of a span starts (the span's records are separated by commas). */
export function spanItemLine(text: string, firstLine: number, index: number): number {
  let depth = 0;
  let inStr = false;
  let seen = 0;
  let line = firstLine;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (inStr) {
      if (c === BACKSLASH) k++;
      else if (c === QUOTE) inStr = false;
      continue;
    }
    if (c === NL) line++;
    else if (c === QUOTE) inStr = true;
    else if (c === LBRACE || c === LBRACKET) {
      if (depth++ === 0 && seen++ === index) return line;
    } else if (c === RBRACE || c === RBRACKET) depth--;
  }
  return line;
}

function foundAt(buf: Buffer, i: number): string {
  return printable(buf.toString('latin1', i, Math.min(buf.length, i + 12)));
}

/**
 * A small JSON (or X `.js`) entry read whole, with the same errors as streamed ones: a root array
 * comes back as an array, a root object as an object.
 */
export async function readJson(
  source: ExportSource,
  entry: string,
  options: { assignment?: boolean; maxBytes?: number; ctx?: ReadContext } = {},
): Promise<unknown> {
  const items = new JsonItems(source, entry, { ...options, maxBytes: options.maxBytes ?? 64 * 1024 ** 2 });
  const list: unknown[] = [];
  const obj: Record<string, unknown> = {};
  for await (const v of items) {
    if (items.rootIsArray) list.push(v);
    else if (items.key !== undefined && items.key !== '__proto__') {
      if (!items.inArray) obj[items.key] = v;
      else {
        const arr = obj[items.key];
        if (Array.isArray(arr)) arr.push(v);
        else obj[items.key] = [v];
      }
    }
  }
  return items.rootIsArray ? list : obj;
}
