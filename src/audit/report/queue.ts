// A bounded job queue: at most `concurrency` jobs run at once, at most `maxWaiting` wait for a slot,
// and one more is refused at once rather than piling up (PDF printing starts a browser page per job:
// without a bound, a few simultaneous requests exhausted the server; security issue #10, finding 8).

export interface JobQueueOptions {
  /** Jobs running at once (at least 1). */
  concurrency: number;
  /** Jobs waiting for a slot; the next one is refused with `busy()`. */
  maxWaiting: number;
  /** A job running longer is aborted through its signal and rejected with `timedOut()`. */
  timeoutMs: number;
  busy: () => Error;
  timedOut: (timeoutMs: number) => Error;
}

export type Job<T> = (signal: AbortSignal) => Promise<T>;

export interface JobQueue {
  /** Runs the job when a slot is free; `timeoutMs` overrides the queue's limit for this job. */
  run<T>(job: Job<T>, timeoutMs?: number): Promise<T>;
  readonly running: number;
  readonly waiting: number;
}

export function createJobQueue(options: JobQueueOptions): JobQueue {
  const concurrency = Math.max(1, Math.floor(options.concurrency));
  const maxWaiting = Math.max(0, Math.floor(options.maxWaiting));
  let running = 0;
  const line: (() => void)[] = [];

  /** Takes a slot, waiting in line if none is free; refuses when the line is full. */
  async function acquire(): Promise<void> {
    if (running < concurrency && line.length === 0) {
      running++;
      return;
    }
    if (line.length >= maxWaiting) throw options.busy();
    // The slot is handed over by release(): `running` does not change in between.
    await new Promise<void>((resolve) => line.push(resolve));
  }

  function release(): void {
    const next = line.shift();
    if (next) next();
    else running--;
  }

  return {
    async run<T>(job: Job<T>, timeoutMs = options.timeoutMs): Promise<T> {
      await acquire();
      const controller = new AbortController();
      // A job that throws before its first await still gives its slot back.
      const work = Promise.resolve().then(() => job(controller.signal));
      // The slot is freed when the job has really stopped, not when its caller gave up on it: a job
      // that outlives its time limit must not let one more run beside it.
      work.then(release, release);
      let timer: NodeJS.Timeout | undefined;
      const expired = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          controller.abort();
          reject(options.timedOut(timeoutMs));
        }, timeoutMs);
      });
      try {
        return await Promise.race([work, expired]);
      } finally {
        clearTimeout(timer);
      }
    },
    get running() {
      return running;
    },
    get waiting() {
      return line.length;
    },
  };
}
