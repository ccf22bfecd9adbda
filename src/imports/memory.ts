// An export held in memory: for tests and for uploads small enough to keep whole.
import { Readable } from 'node:stream';
import type { ExportSource } from './model';

export function memorySource(name: string, files: Record<string, string | Uint8Array>): ExportSource {
  const bytes = new Map(
    Object.entries(files).map(
      ([p, v]) => [p, typeof v === 'string' ? new TextEncoder().encode(v) : v] as const,
    ),
  );
  return {
    name,
    entries: () => [...bytes.keys()],
    size: (p) => bytes.get(p)?.byteLength ?? 0,
    async open(p) {
      const b = bytes.get(p);
      if (!b) throw new Error(`${name}: no entry ${p}`);
      // Small chunks, so readers are tested on values split across chunk boundaries.
      const chunks: Buffer[] = [];
      for (let i = 0; i < b.byteLength; i += 7) chunks.push(Buffer.from(b.subarray(i, i + 7)));
      return Readable.from(chunks);
    },
    async close() {},
  };
}
