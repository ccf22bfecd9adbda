import { describe, expect, it, vi } from 'vitest';
import { createJobQueue, type JobQueueOptions } from './queue';

class Busy extends Error {}
class TimedOut extends Error {}

function queue(options: Partial<JobQueueOptions> = {}) {
  return createJobQueue({
    concurrency: 1,
    maxWaiting: 8,
    timeoutMs: 60_000,
    busy: () => new Busy('busy'),
    timedOut: (ms) => new TimedOut(`after ${ms} ms`),
    ...options,
  });
}

/** Jobs that run until the test lets them finish, counting how many run at once. */
function instrumented() {
  let active = 0;
  let most = 0;
  const gates: (() => void)[] = [];
  const job = async () => {
    active++;
    most = Math.max(most, active);
    await new Promise<void>((resolve) => gates.push(resolve));
    active--;
    return 'done';
  };
  return {
    job,
    get most() {
      return most;
    },
    get started() {
      return gates.length;
    },
    /** Lets every job started so far finish. */
    releaseAll: () => {
      for (const open of gates.splice(0)) open();
    },
  };
}

describe('createJobQueue', () => {
  it('never runs more jobs at once than its concurrency, and runs them all', async () => {
    for (const concurrency of [1, 2]) {
      const q = queue({ concurrency });
      const jobs = instrumented();
      const results = Array.from({ length: 6 }, () => q.run(jobs.job));
      // Let the queue start what it may, then finish the running jobs until none is left.
      while (q.running + q.waiting > 0) {
        await vi.waitFor(() => expect(jobs.started).toBeGreaterThan(0));
        expect(q.running).toBeLessThanOrEqual(concurrency);
        jobs.releaseAll();
        await new Promise((r) => setImmediate(r));
      }
      expect(await Promise.all(results)).toEqual(Array(6).fill('done'));
      expect(jobs.most).toBe(concurrency);
    }
  });

  it('refuses a job at once when the waiting line is full, and serves the others', async () => {
    const q = queue({ concurrency: 1, maxWaiting: 2 });
    const jobs = instrumented();
    const accepted = [q.run(jobs.job), q.run(jobs.job), q.run(jobs.job)];
    await expect(q.run(jobs.job)).rejects.toBeInstanceOf(Busy);
    expect({ running: q.running, waiting: q.waiting }).toEqual({ running: 1, waiting: 2 });
    while (q.running > 0) {
      await vi.waitFor(() => expect(jobs.started).toBe(1));
      jobs.releaseAll();
      await new Promise((r) => setImmediate(r));
    }
    expect(await Promise.all(accepted)).toEqual(['done', 'done', 'done']);
    expect(jobs.most).toBe(1);
  });

  it('a failing job does not block the next one', async () => {
    const q = queue({ concurrency: 1 });
    const failing = q.run(async () => {
      throw new Error('Chromium crashed');
    });
    const throwingAtOnce = q.run(() => {
      throw new Error('no promise at all');
    });
    const next = q.run(async () => 'printed');
    await expect(failing).rejects.toThrow('Chromium crashed');
    await expect(throwingAtOnce).rejects.toThrow('no promise at all');
    expect(await next).toBe('printed');
    expect(q.running).toBe(0);
  });

  it('aborts a job past its time limit, and keeps its slot until the job has really stopped', async () => {
    const q = queue({ concurrency: 1, timeoutMs: 20 });
    let aborted = false;
    let stop: () => void = () => {};
    const slow = q.run(
      (signal) =>
        new Promise<string>((_, reject) => {
          signal.addEventListener('abort', () => {
            aborted = true;
            // The job takes a while to close its page: nothing else may start meanwhile.
            stop = () => reject(new Error('page closed'));
          });
        }),
    );
    await expect(slow).rejects.toBeInstanceOf(TimedOut);
    expect(aborted).toBe(true);
    let nextStarted = false;
    const next = q.run(async () => {
      nextStarted = true;
      return 'printed';
    });
    await new Promise((r) => setImmediate(r));
    expect(nextStarted).toBe(false);
    expect(q.running).toBe(1);
    stop();
    expect(await next).toBe('printed');
  });
});
