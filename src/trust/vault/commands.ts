// `vigie vault status|put|reveal|delete|rotate-master|keygen`. A secret's value is read from standard
// input (typed without echo on a terminal, or piped), never from the command line, where it would be
// kept by the shell's history and shown to every user of the machine by `ps`.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { Cli } from '../../cli/context';
import { forbidden } from '../../core/access';
import { Forbidden, Invalid, VigieError } from '../../core/errors';
import { translator } from '../../core/i18n';
import { readId } from '../../core/ids';
import { localiseError } from '../../messages';
import { SECRET_KINDS } from '../model';
import { describeSource, readMasterKeyFile, replaceKeyFile, writeNewKeyFile } from './keys';
import { vaultMessages } from './messages';
import { VaultService } from './service';
import * as store from './store';
import { openVault } from './vault';

const tr = translator(vaultMessages);
const MAX_VALUE = 20_000;

/** Reads a line from the terminal without echoing it. */
function readHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolve, reject) => {
    process.stderr.write(prompt);
    let value = '';
    const finish = (err?: Error) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return finish();
        if (ch === '\u0003') return finish(new Invalid('vault.cancelled', tr('en', 'vault.cancelled')));
        if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
        else value += ch;
        if (value.length > MAX_VALUE) return finish(tooLarge());
      }
    };
    stdin.setEncoding('utf8');
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}

function tooLarge() {
  return new Invalid('vault.value_too_large', tr('en', 'vault.value_too_large', { limit: MAX_VALUE }), {
    limit: MAX_VALUE,
  });
}

/** The value from a pipe or a file (one final line break dropped), or typed without echo. */
async function readValue(prompt: string): Promise<string> {
  if (process.stdin.isTTY) return readHidden(prompt);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += b.length;
    if (size > MAX_VALUE * 4) throw tooLarge();
    chunks.push(b);
  }
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export function vaultCommands(program: Command, cli: Cli): void {
  const say = (key: keyof typeof vaultMessages, params: Record<string, string | number> = {}) =>
    tr(cli.locale, key, params);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const note = (line: string) => process.stderr.write(`${line}\n`);
  const kindArg = (k: string) => k;

  const vault = program.command('vault').description(say('vault.cli.cmd'));

  /** The service over the vault opened as the server opens it (the master key checked first). */
  const open = async (createDevKey = true) => {
    const h = await cli.db();
    const opened = await openVault(h, process.env, { createDevKey });
    if (opened.createdKeyFile) note(say('vault.cli.dev_key_created', { file: opened.createdKeyFile }));
    return { h, opened, service: new VaultService(h, opened.vault) };
  };

  vault
    .command('status')
    .description(say('vault.cli.cmd.status'))
    .option('--json', say('vault.cli.opt.json'))
    .action(async (_opts: unknown, cmd: Command) => {
      const access = await cli.access();
      access.require('custody.read');
      const h = await cli.db();
      const counts = await store.counts(h.db);
      const byKind = await store.countByKind(h.db);
      let problem: VigieError | null = null;
      let source = 'none';
      let available = false;
      let loose: string | null = null;
      try {
        const opened = await openVault(h, process.env, { createDevKey: false });
        source = describeSource(opened.key);
        available = opened.vault.available;
        if (opened.key?.looseMode) loose = opened.key.file;
      } catch (e) {
        if (!(e instanceof VigieError)) throw e;
        problem = e;
      }
      if (problem) process.exitCode = problem.exitCode;
      if (cli.json(cmd)) {
        out(
          JSON.stringify(
            {
              keyOk: !problem && (available || counts.secrets === 0),
              keyAvailable: available,
              source,
              problem: problem
                ? { kind: problem.kind, code: problem.code, message: localiseError(problem, cli.locale) }
                : null,
              looseFile: loose,
              ...counts,
              byKind,
            },
            null,
            2,
          ),
        );
        return;
      }
      if (problem) out(say('vault.cli.status_problem', { message: localiseError(problem, cli.locale) }));
      else if (available) out(say('vault.cli.status_ok', { source }));
      else out(say('vault.cli.status_none'));
      if (loose) out(say('vault.cli.status_loose', { file: loose }));
      out(say('vault.cli.status_counts', counts));
      for (const [kind, n] of Object.entries(byKind)) out(`  ${kind}: ${n}`);
    });

  vault
    .command('put')
    .description(say('vault.cli.cmd.put'))
    .argument('<presenceId>')
    .argument('<kind>', SECRET_KINDS.join(' | '), kindArg)
    .option('--reason <text>', say('vault.cli.opt.reason'))
    .action(async (idText: string, kind: string, opts: { reason?: string }) => {
      const id = readId(idText, 'presence');
      const access = await cli.access();
      const { service } = await open();
      // Refuse before asking for the value when the user may not store it.
      const custody = await service.custody(access, id);
      if (!custody.canWrite) throw forbidden('vault.write');
      const value = await readValue(say('vault.cli.prompt', { kind, id: String(id) }));
      if (!value) throw new Invalid('vault.value_empty', tr('en', 'vault.value_empty'));
      await service.write(access, id, kind, { value, reason: opts.reason });
      note(say('vault.cli.stored', { kind, id: String(id) }));
    });

  vault
    .command('reveal')
    .description(say('vault.cli.cmd.reveal'))
    .argument('<presenceId>')
    .argument('<kind>', SECRET_KINDS.join(' | '), kindArg)
    .requiredOption('--reason <text>', say('vault.cli.opt.reason'))
    .option('--json', say('vault.cli.opt.json'))
    .action(async (idText: string, kind: string, opts: { reason: string }, cmd: Command) => {
      const id = readId(idText, 'presence');
      const access = await cli.access();
      const { service } = await open(false);
      const r = await service.reveal(access, id, kind, { reason: opts.reason });
      if (cli.json(cmd)) out(JSON.stringify(r));
      else out(r.value);
      note(say('vault.cli.revealed_note', { kind, id: String(id) }));
    });

  vault
    .command('delete')
    .description(say('vault.cli.cmd.delete'))
    .argument('<presenceId>')
    .argument('<kind>', SECRET_KINDS.join(' | '), kindArg)
    .option('--reason <text>', say('vault.cli.opt.reason'))
    .action(async (idText: string, kind: string, opts: { reason?: string }) => {
      const id = readId(idText, 'presence');
      const access = await cli.access();
      const { service } = await open(false);
      await service.remove(access, id, kind, opts.reason);
      note(say('vault.cli.deleted', { kind, id: String(id) }));
    });

  vault
    .command('rotate-master')
    .description(say('vault.cli.cmd.rotate'))
    .requiredOption('--new-key-file <file>', say('vault.cli.opt.new_key_file'))
    .option('--json', say('vault.cli.opt.json'))
    .action(async (opts: { newKeyFile: string }, cmd: Command) => {
      const access = await cli.access();
      if (!access.isAdmin) throw new Forbidden('vault.admin_only', tr('en', 'vault.admin_only'));
      const next = readMasterKeyFile(opts.newKeyFile);
      const { h, opened } = await open();
      const r = await opened.vault.rotate(h.db, next, access.actor);
      const file = path.resolve(opts.newKeyFile);
      let devFile: string | null = null;
      if (opened.key?.source === 'dev-file' && opened.key.file) {
        replaceKeyFile(opened.key.file, next);
        devFile = opened.key.file;
      }
      if (cli.json(cmd)) {
        out(JSON.stringify({ ...r, newKeyFile: file, devKeyFileUpdated: devFile }, null, 2));
        return;
      }
      out(say('vault.cli.rotated', { keys: r.keys, secrets: r.secrets, unreadable: r.unreadable }));
      out(
        devFile ? say('vault.cli.rotated_dev', { file: devFile }) : say('vault.cli.rotated_next', { file }),
      );
    });

  vault
    .command('keygen')
    .description(say('vault.cli.cmd.keygen'))
    .argument('<file>')
    .action(async (file: string) => {
      const target = path.resolve(file);
      if (fs.existsSync(target)) {
        throw new Invalid('vault.key_file_exists', tr('en', 'vault.key_file_exists', { file: target }), {
          file: target,
        });
      }
      writeNewKeyFile(target);
      out(say('vault.cli.keygen_done', { file: target }));
    });
}
