// For tests: `vigie start --json` in a child process, as an operator runs it, with its events.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/vigie.mjs');

export interface StartedVigie {
  child: ChildProcess;
  /** The JSON events printed so far (`database`, `demo-loaded`, `listening`, `setup`, `stopped`…). */
  events: Record<string, unknown>[];
  exited: Promise<number | null>;
  /** The first event of that name, waiting for it (and failing if the process ends first). */
  waitFor(event: string): Promise<Record<string, unknown>>;
  /** Sends SIGTERM and waits for the exit code. */
  stop(): Promise<number | null>;
  stderr(): string;
}

export function startVigie(db: string, env: Record<string, string> = {}, args: string[] = []): StartedVigie {
  const child = spawn(process.execPath, [BIN, '--db', db, 'start', '--port', '0', '--json', ...args], {
    cwd: ROOT,
    env: { ...process.env, VIGIE_LOG_LEVEL: 'warn', VIGIE_LANG: 'en', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const events: Record<string, unknown>[] = [];
  let err = '';
  let buffer = '';
  child.stdout!.on('data', (d: Buffer) => {
    buffer += d.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const l of lines) {
      const o = l.startsWith('{') ? (JSON.parse(l) as Record<string, unknown>) : null;
      // Log lines (they have a level) are not the start's events.
      if (o && typeof o.event === 'string') events.push(o);
    }
  });
  child.stderr!.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    events,
    exited,
    async waitFor(event) {
      for (let i = 0; i < 1200; i++) {
        const e = events.find((x) => x.event === event);
        if (e) return e;
        if (child.exitCode !== null) throw new Error(`vigie start exited (${child.exitCode}): ${err}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`no "${event}" event from vigie start: ${err}`);
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
    stderr: () => err,
  };
}

/** Any `vigie` command, to its end. */
export function runVigie(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, VIGIE_LANG: 'en', ...env },
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
