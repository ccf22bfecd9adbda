// One browser shared by every print: launched on first use, closed after it has been idle for a
// while, launched again after a crash. A browser per print cost ~10 processes each.

/** What this module needs of playwright's Browser (a fake one in tests). */
export interface BrowserHandle {
  close(): Promise<void>;
  on(event: 'disconnected', listener: () => void): unknown;
}

export interface SharedBrowserOptions<B extends BrowserHandle> {
  launch: () => Promise<B>;
  /** Close the browser when no job has used it for this long. */
  idleMs: number;
}

export interface SharedBrowser<B extends BrowserHandle> {
  /** Runs `use` with the browser, launching it if none is running. */
  use<T>(use: (browser: B) => Promise<T>): Promise<T>;
  /** Closes this browser now (a hung one); the next job launches another. */
  discard(browser: B): Promise<void>;
  close(): Promise<void>;
  readonly launched: boolean;
}

export function sharedBrowser<B extends BrowserHandle>(options: SharedBrowserOptions<B>): SharedBrowser<B> {
  let current: Promise<B> | null = null;
  let users = 0;
  let idle: NodeJS.Timeout | null = null;

  const forget = (launching: Promise<B>) => {
    if (current === launching) current = null;
  };

  function browser(): Promise<B> {
    if (current) return current;
    const launching = options.launch();
    current = launching;
    // A failed launch or a crash leaves no browser behind: the next job launches a new one.
    launching.then(
      (b) => b.on('disconnected', () => forget(launching)),
      () => forget(launching),
    );
    return launching;
  }

  function stopIdleTimer(): void {
    if (idle) clearTimeout(idle);
    idle = null;
  }

  async function close(): Promise<void> {
    stopIdleTimer();
    const closing = current;
    current = null;
    const b = await closing?.catch(() => null);
    await b?.close().catch(() => {});
  }

  return {
    async use(use) {
      users++;
      stopIdleTimer();
      try {
        return await use(await browser());
      } finally {
        users--;
        if (users === 0) {
          idle = setTimeout(() => void close(), options.idleMs);
          // An idle browser must not keep a finished process alive.
          idle.unref();
        }
      }
    },
    async discard(b) {
      if (current && (await current.catch(() => null)) === b) current = null;
      await b.close().catch(() => {});
    },
    close,
    get launched() {
      return current !== null;
    },
  };
}
