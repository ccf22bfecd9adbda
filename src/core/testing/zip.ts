// For tests: ZIP archives that lie. A good archive is written, or an existing one (a workbook) is
// read, and its headers are then rewritten: sizes in the local header, the central directory or
// both, the entry count, or the archive cut short.
import zlib from 'node:zlib';

export interface ZipLayout {
  buf: Buffer;
  entries: {
    name: string;
    local: number;
    central: number;
    compressed: number;
    size: number;
    method: number;
  }[];
  /** Where the end-of-central-directory record starts. */
  end: number;
}

/** A well-formed archive of the given files (deflated unless `stored`). */
export function writeZip(
  files: Record<string, string | Buffer>,
  options: { stored?: boolean } = {},
): ZipLayout {
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  const entries: ZipLayout['entries'] = [];
  let offset = 0;
  const method = options.stored ? 0 : 8;
  for (const [name, content] of Object.entries(files)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(content);
    const body = method === 8 ? zlib.deflateRawSync(data) : data;
    const crc = zlib.crc32(data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0x5221, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x031e, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0x5221, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    entries.push({ name, local: offset, central: 0, compressed: body.length, size: data.length, method });
    parts.push(local, nameBytes, body);
    centrals.push(Buffer.concat([central, nameBytes]));
    offset += 30 + nameBytes.length + body.length;
  }
  let at = offset;
  centrals.forEach((c, i) => {
    entries[i]!.central = at;
    at += c.length;
  });
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(at - offset, 12);
  end.writeUInt32LE(offset, 16);
  return { buf: Buffer.concat([...parts, ...centrals, end]), entries, end: at };
}

/** The layout of an existing archive (no ZIP64), to forge its headers. */
export function readZipLayout(buf: Buffer): ZipLayout {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 5, 6]));
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const entries: ZipLayout['entries'] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = buf.readUInt16LE(p + 28);
    entries.push({
      name: buf.toString('utf8', p + 46, p + 46 + nameLength),
      local: buf.readUInt32LE(p + 42),
      central: p,
      compressed: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      method: buf.readUInt16LE(p + 10),
    });
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return { buf, entries, end };
}

export type SizeField = 'compressed' | 'size';
export type HeaderCopy = 'local' | 'central' | 'both';

/** A copy of the archive whose entry `name` declares `value` as its compressed or uncompressed size. */
export function lieAboutSize(
  zip: ZipLayout,
  name: string,
  field: SizeField,
  value: number,
  where: HeaderCopy,
): Buffer {
  const entry = zip.entries.find((e) => e.name === name);
  if (!entry) throw new Error(`no entry ${name}`);
  const buf = Buffer.from(zip.buf);
  if (where !== 'central') buf.writeUInt32LE(value >>> 0, entry.local + (field === 'compressed' ? 18 : 22));
  if (where !== 'local') buf.writeUInt32LE(value >>> 0, entry.central + (field === 'compressed' ? 20 : 24));
  return buf;
}

/** A copy whose end record declares `count` entries. */
export function lieAboutCount(zip: ZipLayout, count: number): Buffer {
  const buf = Buffer.from(zip.buf);
  buf.writeUInt16LE(count, zip.end + 8);
  buf.writeUInt16LE(count, zip.end + 10);
  return buf;
}

/**
 * Every lie about one entry's sizes worth trying: each size, smaller and larger than the truth, in
 * each copy of the header.
 */
export function sizeLies(zip: ZipLayout, name: string): { label: string; bytes: Buffer }[] {
  const entry = zip.entries.find((e) => e.name === name);
  if (!entry) throw new Error(`no entry ${name}`);
  const out: { label: string; bytes: Buffer }[] = [];
  for (const field of ['compressed', 'size'] as const) {
    const real = entry[field];
    const values = [0, real - 1, Math.floor(real / 2), real + 1, real * 3 + 100, 0xffff_fff0];
    for (const value of values)
      for (const where of ['local', 'central', 'both'] as const)
        if (value !== real && value >= 0)
          out.push({
            label: `${field} ${value} instead of ${real} in the ${where} header`,
            bytes: lieAboutSize(zip, name, field, value, where),
          });
  }
  return out;
}
