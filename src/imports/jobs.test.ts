import { describe, expect, it } from 'vitest';
import { VigieError } from '../core/errors';
import { Jobs } from './jobs';
import type { FileSummary } from './pipeline';

/** An import that ends when the test says so. */
function controlled() {
  let finish!: () => void;
  const done = new Promise<FileSummary>((resolve) => {
    finish = () => resolve({ posts: 1 } as FileSummary);
  });
  return { run: () => done, finish };
}

describe('import jobs at shutdown', () => {
  it('counts the running imports, waits for them, and refuses new ones while draining', async () => {
    const jobs = new Jobs();
    const a = controlled();
    const b = controlled();
    const first = jobs.start('a.zip', 10, a.run);
    jobs.start('b.zip', 10, b.run);
    expect(jobs.running).toBe(2);

    const drained = jobs.drain(5_000);
    expect(() => jobs.start('c.zip', 10, controlled().run)).toThrow(VigieError);
    const refused = (() => {
      try {
        jobs.assertAccepting();
      } catch (e) {
        return e as VigieError;
      }
    })();
    expect(refused?.status).toBe(503);
    expect(refused?.code).toBe('imports.shutting_down');
    a.finish();
    b.finish();
    expect(await drained).toBe(0);
    expect(jobs.running).toBe(0);
    expect(jobs.get(first.id)?.state).toBe('done');
  });

  it('returns at the deadline with the imports still running', async () => {
    const jobs = new Jobs();
    const slow = controlled();
    jobs.start('slow.zip', 10, slow.run);
    const started = Date.now();
    expect(await jobs.drain(50)).toBe(1);
    expect(Date.now() - started).toBeLessThan(2_000);
    slow.finish();
    await new Promise((r) => setTimeout(r, 0));
    expect(jobs.running).toBe(0);
  });

  it('counts a failed import as ended', async () => {
    const jobs = new Jobs();
    const job = jobs.start('bad.zip', 10, () => Promise.reject(new Error('truncated')));
    expect(await jobs.drain(1_000)).toBe(0);
    expect(job.state).toBe('failed');
  });
});
