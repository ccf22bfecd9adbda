// PostgreSQL's own tools (pg_dump, pg_restore), found on PATH or where Debian installs them, and run
// without a shell. The password never goes on their command line (where `ps` would show it to every
// user of the machine): it is handed over in PGPASSWORD, and the URL they get has none.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Unavailable } from '../core/errors';
import { fill } from '../core/i18n';
import { opsMessages as M } from './messages';

export type PgTool = 'pg_dump' | 'pg_restore';

/** Newest first: /usr/lib/postgresql/17/bin before /usr/lib/postgresql/15/bin. */
function debianBinDirs(base = '/usr/lib/postgresql'): string[] {
  try {
    return fs
      .readdirSync(base)
      .filter((v) => /^\d+(\.\d+)?$/.test(v))
      .sort((a, b) => Number(b) - Number(a))
      .map((v) => path.join(base, v, 'bin'));
  } catch {
    return [];
  }
}

/**
 * The tool's path: VIGIE_PG_BIN (a folder) first, then PATH, then /usr/lib/postgresql/<newest>/bin.
 * A missing tool is an Unavailable error saying how to install it.
 */
export function findPgTool(tool: PgTool, env: NodeJS.ProcessEnv = process.env): string {
  const dirs = [
    ...(env.VIGIE_PG_BIN ? [env.VIGIE_PG_BIN] : []),
    ...(env.PATH ?? '').split(path.delimiter).filter(Boolean),
    ...debianBinDirs(),
  ];
  for (const dir of dirs) {
    const full = path.join(dir, tool);
    try {
      fs.accessSync(full, fs.constants.X_OK);
      if (fs.statSync(full).isFile()) return full;
    } catch {}
  }
  throw new Unavailable('ops.tool_missing', fill(M['ops.tool_missing'].en, { tool }), { tool });
}

/** The URL without its password, and the password apart (for PGPASSWORD). */
export function splitPassword(url: string): { url: string; password: string | null } {
  const u = new URL(url);
  const password = u.password ? decodeURIComponent(u.password) : null;
  u.password = '';
  return { url: u.toString(), password };
}

export interface ToolRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment a tool runs in: the password, no prompt, messages in English (they are parsed). */
function toolEnv(password: string | null): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_MESSAGES: 'C', PGCONNECT_TIMEOUT: '15' };
  delete env.PGPASSWORD;
  if (password !== null) env.PGPASSWORD = password;
  return env;
}

/** Runs a tool to its end; `onStderrLine` sees each line of its messages as they come. */
export function runTool(
  bin: string,
  args: string[],
  opts: { password?: string | null; onStderrLine?: (line: string) => void; stdout?: 'keep' | 'ignore' } = {},
): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, {
      env: toolEnv(opts.password ?? null),
      stdio: ['ignore', opts.stdout === 'ignore' ? 'ignore' : 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let err = '';
    let pending = '';
    child.stdout?.on('data', (b: Buffer) => out.push(b));
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (s: string) => {
      // Only the start of the messages is kept for errors; every line is still seen.
      if (err.length < 64_000) err += s;
      pending += s;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const l of lines) opts.onStderrLine?.(l);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (pending) opts.onStderrLine?.(pending);
      resolve({ code: code ?? 1, stdout: Buffer.concat(out).toString('utf8'), stderr: err });
    });
  });
}

/** Runs a tool and streams its standard output line by line to `onLine` (nothing kept in memory). */
export function streamTool(
  bin: string,
  args: string[],
  onLine: (line: string) => void,
): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { env: toolEnv(null), stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    let pending = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (s: string) => {
      pending += s;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const l of lines) onLine(l);
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s: string) => {
      if (err.length < 64_000) err += s;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (pending) onLine(pending);
      resolve({ code: code ?? 1, stderr: err });
    });
  });
}

/** The first meaningful lines of a tool's messages, for an error. */
export function toolDetail(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const errors = lines.filter((l) => /error|fatal|erreur/i.test(l));
  return (errors.length ? errors : lines).slice(0, 3).join(' / ') || 'no message';
}

/** The tool's version, e.g. "pg_dump (PostgreSQL) 15.14" (for the docs and messages). */
export function toolVersion(bin: string): string {
  return spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim();
}
