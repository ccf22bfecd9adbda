// The main thread's side of read-worker.ts: the export's records as an async iterable.
import { Worker } from 'node:worker_threads';
import { VigieError } from '../core/errors';
import type { RecordBatch } from './batches';
import type { ExportPlatform } from './model';
import type { SerializedError, WorkerMessage } from './read-worker';

export interface WorkerRead {
  platform: ExportPlatform;
  batches: AsyncIterable<RecordBatch>;
  stop(): Promise<void>;
}

function revive(e: SerializedError): Error {
  if (e.vigie && e.kind && e.code)
    return new VigieError(e.kind, e.code, e.message, e.params ?? {}, e.issues ?? []);
  return new Error(e.message);
}

export async function readInWorker(
  path: string,
  platform: ExportPlatform | 'auto',
  onProgress?: (read: number) => void,
): Promise<WorkerRead> {
  // The worker runs TypeScript like the rest of Vigie, through tsx (see read-worker.mjs).
  const worker = new Worker(new URL('./read-worker.mjs', import.meta.url), {
    workerData: { path, platform },
  });
  const queue: WorkerMessage[] = [];
  let notify: (() => void) | null = null;
  let exited = false;
  worker.on('message', (m: WorkerMessage) => {
    queue.push(m);
    notify?.();
    notify = null;
  });
  worker.on('error', (e) => {
    queue.push({ type: 'error', error: { vigie: false, message: e.stack ?? e.message } });
    notify?.();
  });
  worker.on('exit', () => {
    exited = true;
    notify?.();
  });
  const next = async (): Promise<WorkerMessage> => {
    while (!queue.length) {
      if (exited)
        return { type: 'error', error: { vigie: false, message: 'the reading thread stopped unexpectedly' } };
      await new Promise<void>((r) => (notify = r));
    }
    return queue.shift()!;
  };
  const first = await next();
  if (first.type === 'error') {
    await worker.terminate();
    throw revive(first.error);
  }
  if (first.type !== 'platform') throw new Error('unexpected message from the reading thread');
  async function* batches(): AsyncGenerator<RecordBatch> {
    for (;;) {
      const m = await next();
      if (m.type === 'end') return;
      if (m.type === 'error') throw revive(m.error);
      if (m.type !== 'batch') continue;
      worker.postMessage({ type: 'credit' });
      onProgress?.(m.batch.read);
      yield m.batch;
    }
  }
  return {
    platform: first.platform,
    batches: batches(),
    stop: async () => {
      await worker.terminate();
    },
  };
}
