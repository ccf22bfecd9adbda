import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { sharedBrowser } from './browser';

/** A browser that records being closed and can be made to crash. */
class FakeBrowser extends EventEmitter {
  closed = false;
  constructor(readonly n: number) {
    super();
  }
  async close() {
    this.closed = true;
    this.emit('disconnected');
  }
  crash() {
    this.emit('disconnected');
  }
}

function launcher(failFirst = false) {
  const launched: FakeBrowser[] = [];
  let calls = 0;
  const launch = async () => {
    calls++;
    if (failFirst && calls === 1) throw new Error('cannot start');
    const b = new FakeBrowser(launched.length + 1);
    launched.push(b);
    return b;
  };
  return { launch, launched };
}

describe('sharedBrowser', () => {
  it('launches one browser for every job, on first use', async () => {
    const { launch, launched } = launcher();
    const shared = sharedBrowser({ launch, idleMs: 60_000 });
    expect(shared.launched).toBe(false);
    const used = await Promise.all([1, 2, 3].map(() => shared.use(async (b) => b.n)));
    expect(used).toEqual([1, 1, 1]);
    expect(launched).toHaveLength(1);
    await shared.close();
    expect(launched[0]?.closed).toBe(true);
  });

  it('launches a new browser for the next job after a crash', async () => {
    const { launch, launched } = launcher();
    const shared = sharedBrowser({ launch, idleMs: 60_000 });
    await expect(
      shared.use(async (b) => {
        b.crash();
        throw new Error('Target closed');
      }),
    ).rejects.toThrow('Target closed');
    expect(await shared.use(async (b) => b.n)).toBe(2);
    expect(launched).toHaveLength(2);
    await shared.close();
  });

  it('tries again after a launch that failed', async () => {
    const { launch } = launcher(true);
    const shared = sharedBrowser({ launch, idleMs: 60_000 });
    await expect(shared.use(async (b) => b.n)).rejects.toThrow('cannot start');
    expect(await shared.use(async (b) => b.n)).toBe(1);
    await shared.close();
  });

  it('closes the browser once idle, and not while a job uses it', async () => {
    const { launch, launched } = launcher();
    const shared = sharedBrowser({ launch, idleMs: 10 });
    let finish: () => void = () => {};
    const long = shared.use((b) => new Promise<number>((resolve) => (finish = () => resolve(b.n))));
    await shared.use(async (b) => b.n);
    await new Promise((r) => setTimeout(r, 30));
    expect(launched[0]?.closed).toBe(false);
    finish();
    await long;
    await vi.waitFor(() => expect(launched[0]?.closed).toBe(true));
    expect(shared.launched).toBe(false);
  });

  it('discards a hung browser: the next job gets a new one', async () => {
    const { launch, launched } = launcher();
    const shared = sharedBrowser({ launch, idleMs: 60_000 });
    await shared.use((b) => shared.discard(b));
    expect(launched[0]?.closed).toBe(true);
    expect(await shared.use(async (b) => b.n)).toBe(2);
    await shared.close();
  });
});
