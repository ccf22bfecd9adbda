// Reads an export in a worker thread, so that parsing (one core) runs while the main thread writes
// to the database (the other core). Records travel in batches; the main thread grants credits so
// that no more than a few batches wait in memory.
import { parentPort, workerData } from 'node:worker_threads';
import { VigieError } from '../core/errors';
import { batchRecords, type RecordBatch } from './batches';
import type { ExportPlatform } from './model';
import { ALL_READERS } from './readers/all';
import { detectReader } from './readers/index';
import { openSource } from './source';

/** Batches sent and not yet taken by the main thread: enough to keep it busy, few enough for memory. */
export const IN_FLIGHT = 3;

export type WorkerMessage =
  | { type: 'platform'; platform: ExportPlatform }
  | { type: 'batch'; batch: RecordBatch }
  | { type: 'end' }
  | { type: 'error'; error: SerializedError };

export interface SerializedError {
  vigie: boolean;
  kind?: VigieError['kind'];
  code?: string;
  message: string;
  params?: Record<string, string | number>;
  issues?: VigieError['issues'];
}

export function serializeError(e: unknown): SerializedError {
  if (e instanceof VigieError)
    return {
      vigie: true,
      kind: e.kind,
      code: e.code,
      message: e.message,
      params: e.params,
      issues: e.issues,
    };
  return { vigie: false, message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
}

async function run(
  port: NonNullable<typeof parentPort>,
  data: { path: string; platform: ExportPlatform | 'auto' },
) {
  let credits = IN_FLIGHT;
  let wake: (() => void) | null = null;
  port.on('message', (m: { type: 'credit' }) => {
    if (m.type === 'credit') {
      credits++;
      wake?.();
      wake = null;
    }
  });
  const send = async (batch: RecordBatch) => {
    while (credits <= 0) await new Promise<void>((r) => (wake = r));
    credits--;
    port.postMessage({ type: 'batch', batch } satisfies WorkerMessage, [batch.postCounts.buffer]);
  };
  const source = await openSource(data.path);
  try {
    const reader = await detectReader(source, ALL_READERS, data.platform);
    port.postMessage({ type: 'platform', platform: reader.platform } satisfies WorkerMessage);
    let read = 0;
    const records = reader.read(source, { onBytes: (n) => (read = n) });
    for await (const batch of batchRecords(records, () => read)) await send(batch);
    port.postMessage({ type: 'end' } satisfies WorkerMessage);
  } finally {
    await source.close();
  }
}

if (parentPort) {
  const port = parentPort;
  run(port, workerData as { path: string; platform: ExportPlatform | 'auto' }).catch((e: unknown) => {
    port.postMessage({ type: 'error', error: serializeError(e) } satisfies WorkerMessage);
  });
}
