// Imports started from the web run as jobs: the upload returns at once, and the page polls the
// job for its progress and its result. Jobs live in memory: an import is recorded in the database
// when it ends, and a job is only its progress.
import { randomUUID } from 'node:crypto';
import { Unavailable, type VigieError } from '../core/errors';
import type { FileSummary } from './pipeline';

export interface Job {
  id: string;
  /** The user who started it: the only one who may follow it. */
  ownerUserId: number | null;
  file: string;
  state: 'running' | 'done' | 'failed';
  /** Bytes read so far, and in all. */
  read: number;
  total: number;
  startedAt: string;
  summary?: FileSummary;
  error?: VigieError | Error;
}

const KEEP_MS = 60 * 60 * 1000;

export class Jobs {
  private readonly jobs = new Map<string, Job>();
  /** Imports still running (each settles when its transaction has committed or rolled back). */
  private readonly pending = new Set<Promise<unknown>>();
  private closed = false;

  /** Unavailable (503) while the server shuts down: checked before an upload is read, and at start. */
  assertAccepting(): void {
    if (this.closed)
      throw new Unavailable(
        'imports.shutting_down',
        'The server is shutting down: start the import again in a moment.',
      );
  }

  get running(): number {
    return this.pending.size;
  }

  /**
   * Refuses new imports and waits for the running ones to end, at most `timeoutMs`. Returns how many
   * are still running then (their transactions not committed: stopping the process discards them).
   */
  async drain(timeoutMs: number): Promise<number> {
    this.closed = true;
    if (this.pending.size) {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<void>((r) => {
        timer = setTimeout(r, timeoutMs);
      });
      await Promise.race([Promise.allSettled([...this.pending]), late]);
      clearTimeout(timer);
    }
    return this.pending.size;
  }

  start(
    file: string,
    total: number,
    run: (progress: (read: number) => void) => Promise<FileSummary>,
    ownerUserId: number | null = null,
  ): Job {
    this.assertAccepting();
    this.sweep();
    const job: Job = {
      id: randomUUID(),
      ownerUserId,
      file,
      state: 'running',
      read: 0,
      total,
      startedAt: new Date().toISOString(),
    };
    this.jobs.set(job.id, job);
    let base = 0;
    let last = 0;
    const running = run((read) => {
      // Readers count bytes per entry of a ZIP: a smaller count means the next entry started.
      if (read < last) base += last;
      last = read;
      job.read = Math.min(job.total, base + read);
    })
      .then((summary) => {
        job.state = 'done';
        job.read = job.total;
        job.summary = summary;
      })
      .catch((e: unknown) => {
        job.state = 'failed';
        job.error = e instanceof Error ? e : new Error(String(e));
      })
      .finally(() => this.pending.delete(running));
    this.pending.add(running);
    return job;
  }

  get(id: string): Job | undefined {
    return this.jobs.get(id);
  }

  private sweep() {
    const limit = Date.now() - KEEP_MS;
    for (const [id, j] of this.jobs)
      if (j.state !== 'running' && Date.parse(j.startedAt) < limit) this.jobs.delete(id);
  }
}
