// Text from bytes whose encoding nobody stated: a file a person saved from a spreadsheet, a platform's
// export. A BOM decides (UTF-8, UTF-16 LE/BE); else UTF-16 without BOM is recognised by its zero
// bytes; else UTF-8 when the bytes are valid UTF-8, Windows-1252 otherwise (what Excel writes on
// French Windows). NUL bytes or many control characters mean the bytes are not text.
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Thrown by the streamed decoder; the reader turns it into an `Invalid` naming its file. */
export class TextProblem extends Error {
  constructor(
    /** `not_text`: binary data; `bad_utf8`: UTF-8 at first, invalid from `line` on. */
    readonly kind: 'not_text' | 'bad_utf8',
    readonly line: number,
  ) {
    super(kind);
  }
}

/** How much decides: the encoding is chosen from this much, and binary data is looked for in it. */
const SAMPLE = 65_536;

const asBuffer = (bytes: Uint8Array) =>
  Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * A whole file as text, with the encoding it was read in; null when it is not text. The UTF-8 check
 * covers every byte: one invalid sequence anywhere makes the file Windows-1252.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } | null {
  const buf = asBuffer(bytes);
  let encoding = bomOf(buf);
  let text: string;
  if (encoding) {
    text = decodeAs(buf, encoding);
  } else if (buf.indexOf(0) >= 0) {
    encoding = utf16WithoutBom(buf);
    if (!encoding) return null;
    text = decodeAs(buf, encoding);
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
      encoding = 'utf-8';
    } catch {
      text = decodeWindows1252(buf);
      encoding = 'windows-1252';
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return looksBinary(text) ? null : { text, encoding };
}

/** The first bytes of a file as text, in the encoding they seem to be in, BOM dropped: for detection. */
export function decodeSample(bytes: Uint8Array): string {
  const buf = asBuffer(bytes);
  return decodeAs(buf, encodingOf(buf)).replace(/^\ufeff/, '');
}

/**
 * Text from bytes, streamed. The first 64 KiB decide the encoding. When those bytes are all ASCII,
 * the first chunk holding another byte decides (both readings of what came before are the same). A
 * file that turns out not to be UTF-8 after that is refused at the line where it stops being so
 * (`TextProblem`), rather than half-misread; binary data is refused at once.
 */
export async function* decodeTextStream(
  bytes: AsyncIterable<Buffer>,
  onEncoding?: (e: TextEncoding) => void,
): AsyncGenerator<string> {
  const it = bytes[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headSize = 0;
  let done = false;
  while (headSize < SAMPLE) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    head.push(r.value);
    headSize += r.value.byteLength;
  }
  const first = Buffer.concat(head);
  const ascii = !first.some((b) => b >= 0x80);
  const encoding = encodingOf(first);
  if (!ascii || done) onEncoding?.(encoding);
  let lines = 1;
  const count = (s: string) => {
    for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) lines++;
    return s;
  };
  const decode = ascii && !done ? undecided(() => lines, onEncoding) : decoderOf(encoding, () => lines);
  let out = decode(first, done);
  if (out.charCodeAt(0) === 0xfeff) out = out.slice(1);
  if (looksBinary(out)) throw new TextProblem('not_text', 1);
  if (out) yield count(out);
  while (!done) {
    const r = await it.next();
    if (r.done) break;
    const s = decode(r.value, false);
    if (s) yield count(s);
  }
  const tail = decode(Buffer.alloc(0), true);
  if (tail) yield count(tail);
}

/** NUL or many control characters (other than tab, line and page breaks) in the first 64 KiB. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c < 0xa0))
      controls++;
  }
  return controls > Math.max(8, sample.length / 100);
}

// ---------------------------------------------------------------------------------------------------
// Detection

function bomOf(b: Buffer): TextEncoding | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 text of mostly Latin letters has a zero in every other byte. */
function utf16WithoutBom(b: Buffer): TextEncoding | null {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.4 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.4 && odd < pairs * 0.05) return 'utf-16be';
  return null;
}

/** The encoding the first bytes of a file seem to be in (a character cut at their end is no error). */
function encodingOf(b: Buffer): TextEncoding {
  const known = bomOf(b) ?? utf16WithoutBom(b);
  if (known) return known;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b, { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

// ---------------------------------------------------------------------------------------------------
// Decoding

function decodeAs(buf: Buffer, encoding: TextEncoding): string {
  if (encoding === 'utf-8') return new TextDecoder('utf-8').decode(buf);
  if (encoding === 'windows-1252') return decodeWindows1252(buf);
  return iconv.decode(buf, encoding);
}

let cp1252High: Map<string, string> | null = null;

/**
 * Windows-1252 is Latin-1 except for 0x80–0x9F (€, œ, curly quotes…). Node decodes Latin-1 natively
 * and fast; only those 32 characters are mapped after, with iconv-lite's table (Node's own
 * "windows-1252" decoder treats them as Latin-1 control characters). One byte is one character, so
 * chunks decode alone.
 */
function decodeWindows1252(buf: Buffer): string {
  const latin1 = buf.toString('latin1');
  if (!/[\x80-\x9f]/.test(latin1)) return latin1;
  if (!cp1252High) {
    const bytes = Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i));
    const chars = [...iconv.decode(bytes, 'windows-1252')];
    cp1252High = new Map(chars.map((c, i) => [String.fromCharCode(0x80 + i), c]));
  }
  const table = cp1252High;
  return latin1.replace(/[\x80-\x9f]/g, (c) => table.get(c) ?? c);
}

/** ASCII so far: the first chunk with another byte chooses UTF-8 when it is valid UTF-8, else Windows-1252. */
function undecided(
  linesSoFar: () => number,
  onEncoding?: (e: TextEncoding) => void,
): (b: Buffer, end: boolean) => string {
  let chosen: ((b: Buffer, end: boolean) => string) | null = null;
  return (b, end) => {
    if (chosen) return chosen(b, end);
    if (!b.some((x) => x >= 0x80)) return end && !b.byteLength ? '' : b.toString('latin1');
    let encoding: TextEncoding = 'utf-8';
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(b, { stream: !end });
    } catch {
      encoding = 'windows-1252';
    }
    onEncoding?.(encoding);
    chosen = decoderOf(encoding, linesSoFar);
    return chosen(b, end);
  };
}

function decoderOf(encoding: TextEncoding, linesSoFar: () => number): (b: Buffer, end: boolean) => string {
  if (encoding === 'utf-8') {
    const d = new TextDecoder('utf-8', { fatal: true });
    return (b, end) => {
      try {
        return d.decode(b, { stream: !end });
      } catch {
        // Where it broke: the lines of this chunk before the first undecodable byte.
        const loose = new TextDecoder('utf-8').decode(b);
        const bad = loose.indexOf('\ufffd');
        const before = loose.slice(0, Math.max(bad, 0)).split('\n').length - 1;
        throw new TextProblem('bad_utf8', linesSoFar() + before);
      }
    };
  }
  if (encoding === 'windows-1252') return (b) => decodeWindows1252(b);
  const d = iconv.getDecoder(encoding);
  return (b, end) => (end ? (b.byteLength ? d.write(b) : '') + (d.end() ?? '') : d.write(b));
}
