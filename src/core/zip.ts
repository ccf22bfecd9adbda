// ZIP archives that lie: what a ZIP library's failure means, in Vigie's words, and a full check of an
// archive held in memory (a workbook) before a library that trusts its headers reads it.
//
// A ZIP names each entry's sizes twice (its local header, and the central directory at the end) and
// checks nothing itself. Readers that trust either copy can be made to read past an entry, stop
// short, or inflate far more than declared; their errors then surface as whatever the library met
// (a `TypeError` deep inside it). So, before such a library sees an archive:
// - the central directory is read (entry count and declared uncompressed total are limited);
// - each entry's local header must agree with the central directory (method and sizes, unless the
//   entry's sizes follow its data, bit 3, or live in a ZIP64 field);
// - each entry is inflated as a stream, never held: it must produce exactly its declared size
//   (yauzl's `validateEntrySizes` stops it at the first byte beyond) and match its CRC-32.
// The first problem is returned with the entry it was found in, for a message naming both.
import { type Readable, Transform, type TransformCallback } from 'node:stream';
import zlib from 'node:zlib';
import yauzl from 'yauzl';
import { fill, type Params } from './i18n';
import { coreMessages } from './messages';

export type ZipFault =
  | 'truncated'
  | 'sizes'
  | 'headers'
  | 'crc'
  | 'data'
  | 'directory'
  | 'encrypted'
  | 'method'
  | 'too_large'
  | 'too_many_entries';

/** Why an archive cannot be read: `reason` (English) and `reason_fr`, to fill a message's `{reason}`. */
export interface ZipReason {
  fault: ZipFault;
  reason: string;
  reason_fr: string;
}

export interface ZipProblem extends ZipReason {
  /** The entry where reading stopped (its name as stored, made printable); absent for the archive itself. */
  entry?: string;
}

export interface ZipCheckLimits {
  maxEntries: number;
  /** Sum of the declared uncompressed sizes. */
  maxTotalBytes: number;
}

/** The reason for a fault, in both languages. */
export function zipReasonOf(fault: ZipFault, params: Params = {}): ZipReason {
  const entry = coreMessages[`zip.reason.${fault}`];
  return { fault, reason: fill(entry.en, params, 'en'), reason_fr: fill(entry.fr, params, 'fr') };
}

/** A problem found in an entry by Vigie's own checks (headers, sizes, CRC-32). */
export class ZipEntryFault extends Error {
  constructor(
    readonly fault: ZipFault,
    detail: string,
    /** The entry inflated beyond its declared size (and was stopped there): a ZIP bomb, or damage. */
    readonly overflow = false,
  ) {
    super(detail);
    this.name = 'ZipEntryFault';
  }
}

/** What a yauzl or zlib error means. The library's text is never shown: it is classified. */
export function zipFaultOf(e: unknown): ZipFault {
  if (e instanceof ZipEntryFault) return e.fault;
  const message = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: unknown } | null)?.code;
  if (/encrypt/i.test(message)) return 'encrypted';
  if (/CRC-32 mismatch/i.test(message)) return 'crc';
  if (/too many bytes in the stream|not enough bytes in the stream|size mismatch/i.test(message))
    return 'sizes';
  if (
    code === 'Z_BUF_ERROR' ||
    /unexpected EOF|unexpected end|overflows file bounds|End of central directory record signature not found/i.test(
      message,
    )
  )
    return 'truncated';
  if (typeof code === 'string' && code.startsWith('Z_')) return 'data';
  if (
    /central directory|local file header|zip64|comment length|multi-disk|relative path|file name/i.test(
      message,
    )
  )
    return 'directory';
  return 'data';
}

export function zipReason(e: unknown): ZipReason {
  return zipReasonOf(zipFaultOf(e));
}

const NO_SIZE = 0xffff_ffff;

/**
 * Reads an entry's local header and compares it with the central directory: the compression method,
 * and the sizes when the local header carries them (not when bit 3 says they follow the data, nor
 * when they are in a ZIP64 extra field). Throws a `headers` fault when they disagree.
 */
export async function checkLocalHeader(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<void> {
  const local = await zip.readLocalFileHeaderPromise(entry);
  const differ = (what: string, a: number, b: number) =>
    new ZipEntryFault('headers', `local and central headers disagree: ${what} ${a} ≠ ${b}`);
  if (local.compressionMethod !== entry.compressionMethod)
    throw differ('method', local.compressionMethod, entry.compressionMethod);
  if (local.generalPurposeBitFlag & 0x8) return;
  if (local.compressedSize !== NO_SIZE && local.compressedSize !== entry.compressedSize)
    throw differ('compressed size', local.compressedSize, entry.compressedSize);
  if (local.uncompressedSize !== NO_SIZE && local.uncompressedSize !== entry.uncompressedSize)
    throw differ('size', local.uncompressedSize, entry.uncompressedSize);
}

/**
 * An entry's content, checked as it streams: its local header first; then the inflated bytes are
 * counted (an error at the first byte beyond the declared size, so a bomb never inflates further),
 * and at the end the size, the compressed bytes actually used and the CRC-32 must be the declared
 * ones. Errors come out of the stream as `ZipEntryFault` (or the library's, to classify). Stored
 * (0) and deflated (8) entries only: the caller refuses other methods first.
 */
export async function openEntryChecked(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  await checkLocalHeader(zip, entry);
  // The compressed bytes, exactly `compressedSize` of them (yauzl bounds the read); inflated here so
  // that what the inflater consumed can be compared with what the headers declare.
  const deflated = entry.compressionMethod === 8;
  // (yauzl takes `decompress` for compressed entries only; a stored entry is its raw bytes anyway.)
  const raw = await zip.openReadStreamPromise(entry, deflated ? { decompress: false } : {});
  const inflate = deflated ? zlib.createInflateRaw() : null;
  const out = new EntryCheck(entry, inflate);
  const fail = (e: unknown) => out.destroy(e instanceof Error ? e : new Error(String(e)));
  raw.on('error', fail);
  out.on('close', () => {
    raw.destroy();
    inflate?.destroy();
  });
  if (inflate) {
    inflate.on('error', fail);
    raw.pipe(inflate).pipe(out);
  } else raw.pipe(out);
  return out;
}

class EntryCheck extends Transform {
  private size = 0;
  private crc = 0;

  constructor(
    private readonly entry: yauzl.Entry,
    private readonly inflate: zlib.InflateRaw | null,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.entry.uncompressedSize) {
      done(new ZipEntryFault('sizes', `more bytes than the ${this.entry.uncompressedSize} declared`, true));
      return;
    }
    this.crc = zlib.crc32(chunk, this.crc);
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    done(this.problem() ?? undefined);
  }

  private problem(): ZipEntryFault | null {
    const { entry, inflate } = this;
    if (this.size !== entry.uncompressedSize)
      return new ZipEntryFault('sizes', `${this.size} bytes, ${entry.uncompressedSize} declared`);
    // The deflate stream ended before the compressed bytes the headers declare: they lie.
    if (inflate && inflate.bytesWritten !== entry.compressedSize)
      return new ZipEntryFault(
        'sizes',
        `${inflate.bytesWritten} compressed bytes used, ${entry.compressedSize} declared`,
      );
    if (this.crc >>> 0 !== entry.crc32 >>> 0)
      return new ZipEntryFault('crc', 'CRC-32 mismatch: the data is damaged');
    return null;
  }
}

/** An entry name as stored, made safe to print: control characters shown as `?`, length capped. */
export function printableEntryName(raw: string): string {
  let s = '';
  for (let i = 0; i < raw.length && i < 200; i++) {
    const c = raw.charCodeAt(i);
    s += c < 0x20 || c === 0x7f ? '?' : raw[i];
  }
  return raw.length > 200 ? `${s}…` : s;
}

export function entryNameOf(entry: yauzl.Entry): string {
  return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
}

const CHECK_OPTIONS: yauzl.Options = {
  lazyEntries: true,
  autoClose: false,
  decodeStrings: false,
  validateEntrySizes: true,
  strictFileNames: false,
};

/**
 * Checks a whole ZIP archive held in memory: its directory, every entry's headers, sizes and CRC-32,
 * inflating each entry as a stream (nothing is kept). Null when it is sound; else the first problem.
 */
export async function checkZipBuffer(buf: Buffer, limits: ZipCheckLimits): Promise<ZipProblem | null> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buf, CHECK_OPTIONS);
  } catch (e) {
    return zipReason(e);
  }
  // An error emitted on the archive with nobody listening would crash the process.
  zip.on('error', () => {});
  let current: string | undefined;
  try {
    if (zip.entryCount > limits.maxEntries)
      return { ...zipReasonOf('too_many_entries', { limit: limits.maxEntries }) };
    let total = 0;
    for await (const entry of zip.eachEntry()) {
      current = printableEntryName(entryNameOf(entry));
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes)
        return {
          ...zipReasonOf('too_large', { limit: Math.round(limits.maxTotalBytes / 1024 ** 2) }),
          entry: current,
        };
      if (entry.isEncrypted()) return { ...zipReasonOf('encrypted'), entry: current };
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
        return { ...zipReasonOf('method'), entry: current };
      // Read to the end and dropped: only the checks matter.
      for await (const _ of await openEntryChecked(zip, entry));
      // A failure reading the next directory record is the archive's, not this entry's.
      current = undefined;
    }
    // The end record's entry count can lie too (fewer than the directory holds): a reader that walks
    // the whole directory (JSZip) would then read entries never checked here.
    const cursor = (zip as unknown as { readEntryCursor?: unknown }).readEntryCursor;
    if (typeof cursor === 'number' && cursor + 4 <= buf.length && buf.readUInt32LE(cursor) === 0x02014b50)
      return zipReasonOf('directory');
    return null;
  } catch (e) {
    return { ...zipReason(e), ...(current === undefined ? {} : { entry: current }) };
  } finally {
    zip.close();
  }
}
