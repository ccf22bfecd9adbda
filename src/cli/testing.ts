// For tests: `vigie` commands run in this process against a database the test holds, with what
// they print and the kind of error they end with (null when they succeed).
import { Readable } from 'node:stream';
import { Command } from 'commander';
import { vi } from 'vitest';
import type { Db } from '../core/db';
import { VigieError } from '../core/errors';
import { capabilityCommands } from './commands';
import { createCli } from './context';

export interface Outcome {
  /** The error's kind (forbidden, invalid…), commander's code, or null when the command succeeded. */
  kind: string | null;
  out: string;
  /** The error's message, when there is one. */
  message?: string;
}

/** Every leaf command `vigie` has, as "group command". */
export function leaves(c: Command, prefix: string[] = []): string[] {
  return c.commands.flatMap((s) =>
    s.commands.length ? leaves(s, [...prefix, s.name()]) : [[...prefix, s.name()].join(' ')],
  );
}

export function program(h: Db): { program: Command; close: () => Promise<void> } {
  const p = new Command('vigie').option('--db <url>').option('--lang <lang>').option('--as <login>');
  p.exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  const cli = createCli(p, 'en', h);
  capabilityCommands(p, cli);
  return { program: p, close: () => cli.close() };
}

export async function run(h: Db, args: string[], stdin?: string): Promise<Outcome> {
  const { program: p, close } = program(h);
  let out = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    out += String(s);
    return true;
  });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const realStdin = Object.getOwnPropertyDescriptor(process, 'stdin');
  Object.defineProperty(process, 'stdin', {
    value: Readable.from(stdin === undefined ? [] : [Buffer.from(stdin)]),
    configurable: true,
  });
  try {
    await p.parseAsync(args, { from: 'user' });
    return { kind: null, out };
  } catch (x) {
    if (x instanceof VigieError) return { kind: x.kind, out, message: x.message };
    const code = (x as { code?: string }).code;
    if (code?.startsWith('commander.')) return { kind: code, out };
    throw x;
  } finally {
    if (realStdin) Object.defineProperty(process, 'stdin', realStdin);
    o.mockRestore();
    e.mockRestore();
    process.exitCode = undefined;
    await close();
  }
}
