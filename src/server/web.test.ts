import { afterEach, describe, expect, it, vi } from 'vitest';

// Vite's build sets NODE_ENV=production in the process that calls it, as the real one does.
vi.mock('vite', () => ({
  build: vi.fn(async () => {
    process.env.NODE_ENV = 'production';
  }),
}));

const { buildWeb } = await import('./web');

describe('buildWeb', () => {
  const before = process.env.NODE_ENV;
  afterEach(() => {
    if (before === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = before;
  });

  it('leaves NODE_ENV as it found it, so the server started next is not taken for production', async () => {
    delete process.env.NODE_ENV;
    await buildWeb();
    expect(process.env.NODE_ENV).toBeUndefined();
    process.env.NODE_ENV = 'development';
    await buildWeb();
    expect(process.env.NODE_ENV).toBe('development');
  });
});
