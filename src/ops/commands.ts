// `vigie backup --out FILE [--force]` and `vigie restore FILE [--force]`: admins only (`system.backup`,
// checked before the file is read or written). See backup.ts and restore.ts, and docs/backup.md.
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import type { Cli } from '../cli/context';
import { type Locale, translator } from '../core/i18n';
import { catalogue, t } from '../messages';
import { backupDatabase } from './backup';
import { kindName } from './inspect';
import { type OpsMessageKey, opsMessages } from './messages';
import { describeHoldings, restoreDatabase } from './restore';

const tr = translator(opsMessages);

/** 1.2 MB, 340 kB: sizes as people read them. */
export function humanSize(bytes: number, locale: Locale): string {
  const units = locale === 'fr' ? ['o', 'ko', 'Mo', 'Go', 'To'] : ['B', 'kB', 'MB', 'GB', 'TB'];
  let n = bytes;
  let i = 0;
  while (n >= 1000 && i < units.length - 1) {
    n /= 1000;
    i++;
  }
  const digits = i === 0 || n >= 100 ? 0 : 1;
  return `${n.toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: digits })} ${units[i]}`;
}

export function opsCommands(program: Command, cli: Cli): void {
  const say = (key: OpsMessageKey, params: Record<string, string | number> = {}) =>
    tr(cli.locale, key, params);
  const out = (line: string) => process.stdout.write(`${line}\n`);

  program
    .command('backup')
    .description(say('ops.cli.cmd.backup'))
    .requiredOption('--out <file>', say('ops.cli.opt.out'))
    .option('--force', say('ops.cli.opt.force_backup'))
    .option('--json', say('ops.cli.opt.json'))
    .action(async (opts: { out: string; force?: boolean }, cmd: Command) => {
      const access = await cli.allow('system.backup');
      const h = await cli.db();
      const json = cli.json(cmd);
      let bar: SingleBar | null = null;
      const r = await backupDatabase(h, {
        out: opts.out,
        force: opts.force,
        actor: access.actor,
        cleanupOnSignal: true,
        onProgress: (done, total, unit) => {
          if (json || !process.stderr.isTTY || total === 0) return;
          if (!bar) {
            const word = say(unit === 'pages' ? 'ops.cli.progress' : 'ops.cli.progress_tables');
            bar = new SingleBar({
              format: ` {bar} {percentage}% {value}/{total} ${word}`,
              hideCursor: true,
              stream: process.stderr,
            });
            bar.start(total, done);
          }
          bar.setTotal(total);
          bar.update(done);
        },
      });
      (bar as SingleBar | null)?.stop();
      if (json) {
        out(JSON.stringify(r, null, 2));
        return;
      }
      out(
        say('ops.cli.saved', {
          file: r.file,
          size: humanSize(r.size, cli.locale),
          kind_name: kindName(r.kind),
          schema: r.schema,
          seconds: r.seconds,
        }),
      );
      out(
        r.rows === null
          ? say('ops.cli.saved_tables', { tables: r.tables, sha256: r.sha256 })
          : say('ops.cli.saved_rows', { tables: r.tables, rows: r.rows, sha256: r.sha256 }),
      );
      out('');
      out(
        say('ops.cli.key_reminder', {
          secrets: r.key.secrets,
          source: r.key.source ?? say('ops.cli.key_none'),
        }),
      );
    });

  program
    .command('restore')
    .description(say('ops.cli.cmd.restore'))
    .argument('<file>')
    .option('--force', say('ops.cli.opt.force_restore'))
    .option('--json', say('ops.cli.opt.json'))
    .action(async (file: string, opts: { force?: boolean }, cmd: Command) => {
      const access = await cli.allow('system.backup');
      const h = await cli.db();
      const r = await restoreDatabase(h, {
        file,
        force: opts.force,
        actor: access.actor,
        // The CLI's own connection goes before the database is replaced.
        release: () => cli.close(),
      });
      // A key that does not open the restored vault: the data is back, Vigie will not start on it.
      if (!r.key.ok) process.exitCode = 6;
      else if (!r.log.ok) process.exitCode = 4;
      if (cli.json(cmd)) {
        out(JSON.stringify(r, null, 2));
        return;
      }
      out(
        say('ops.cli.restored', {
          file: r.file,
          target: r.target,
          seconds: r.seconds,
          from: r.from,
          to: r.to,
        }),
      );
      if (Object.values(r.replaced).some((n) => n > 0))
        out(say('ops.cli.replaced', { holdings: describeHoldings(r.replaced, cli.locale) }));
      out(say('ops.cli.now_holds', { holdings: describeHoldings(r.holds, cli.locale) }));
      out(
        r.log.ok
          ? say('ops.cli.log_ok', { count: r.log.count })
          : say('ops.cli.log_broken', { id: String(r.log.brokenId), problem: r.log.problem ?? '?' }),
      );
      if (r.key.ok) {
        out(
          say('ops.cli.key_ok', { secrets: r.key.secrets, source: r.key.source ?? say('ops.cli.key_none') }),
        );
      } else {
        const problem = catalogue[r.key.code] ? t(cli.locale, r.key.code, r.key.params) : r.key.message;
        out(say('ops.cli.key_problem', { problem }));
      }
    });
}
