// `vigie import PATH…`, `vigie rollback-import ID` and `vigie posts list`.
import fs from 'node:fs';
import { SingleBar } from 'cli-progress';
import { type Command, Option } from 'commander';
import { type Cli, formatTable, reportError } from '../cli/context';
import { readId } from '../core/ids';
import { checkImportTarget } from './access';
import { EXPORT_PLATFORMS } from './model';
import type { FileSummary } from './pipeline';
import { rollbackDataImport } from './rollback';
import { importPath, presencePosts } from './service';

export function importCommands(program: Command, cli: Cli): void {
  program
    .command('import')
    .description(cli.say('cmd.import'))
    .argument('<path...>')
    .addOption(
      new Option('--platform <platform>', cli.say('opt.export_platform'))
        .choices(['auto', ...EXPORT_PLATFORMS])
        .default('auto'),
    )
    .option('--presence <id>', cli.say('opt.presence'))
    .option('--dry-run', cli.say('opt.dry_run'))
    .option('--json', cli.say('opt.json'))
    .action(
      async (
        paths: string[],
        opts: { platform: string; presence?: string; dryRun?: boolean },
        cmd: Command,
      ) => {
        const json = cli.json(cmd);
        const h = await cli.db();
        const access = await cli.access();
        const presenceId = opts.presence !== undefined ? readId(opts.presence, 'presence') : undefined;
        await checkImportTarget(h, access, presenceId);
        const results: (FileSummary | { file: string; error: unknown })[] = [];
        let failed = 0;
        for (const path of paths) {
          const total = sizeOf(path);
          const bar =
            !json && process.stderr.isTTY
              ? new SingleBar({ format: ` {bar} {percentage}% ${path}`, hideCursor: true })
              : null;
          bar?.start(Math.max(total, 1), 0);
          let base = 0;
          let lastEntry = 0;
          try {
            const r = await importPath(h, access, path, {
              platform: opts.platform as never,
              presenceId,
              dryRun: Boolean(opts.dryRun),
              onProgress: (read) => {
                // Readers count bytes per entry: a smaller count means the next entry started.
                if (read < lastEntry) base += lastEntry;
                lastEntry = read;
                bar?.update(Math.min(total, base + read));
              },
            });
            bar?.update(total);
            results.push(r);
          } catch (e) {
            failed++;
            results.push({ file: path, error: e });
          } finally {
            bar?.stop();
          }
        }
        if (json) {
          const out = results.map((r) =>
            'error' in r
              ? { file: r.file, error: errorJson(r.error) }
              : {
                  ...r,
                  presence: r.presence
                    ? {
                        id: r.presence.id,
                        handle: r.presence.handle,
                        platform: r.presence.platform,
                        created: r.presence.created,
                      }
                    : null,
                },
          );
          process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        } else {
          for (const r of results) {
            if ('error' in r) {
              reportError(r.error, cli.locale, false);
              continue;
            }
            process.stdout.write(
              `${cli.say('import.file_summary', {
                file: r.file,
                platform: r.platform,
                presence: r.presence
                  ? `${r.presence.platform} ${r.presence.handle ?? r.presence.id} (#${r.presence.id})`
                  : '—',
                posts: r.posts,
                added: r.added,
                updated: r.updated,
                interactions: r.interactions,
                metrics: r.metrics,
              })}\n`,
            );
            if (r.presence?.created) process.stdout.write(`  ${cli.say('import.presence_created')}\n`);
            if (r.unknownFields.length) {
              process.stdout.write(
                `  ${cli.say('import.unknown_fields', { count: r.unknownFields.length })}\n`,
              );
              for (const u of r.unknownFields.slice(0, 20))
                process.stdout.write(`    ${u.where} (${u.count})\n`);
            }
            if (r.dryRun) process.stdout.write(`  ${cli.say('import.dry_run')}\n`);
          }
        }
        if (failed) process.exitCode = exitCodeOf(results);
      },
    );

  program
    .command('rollback-import')
    .description(cli.say('cmd.rollback_import'))
    .argument('<id>')
    .option('--json', cli.say('opt.json'))
    .action(async (id: string, _opts: unknown, cmd: Command) => {
      const access = await cli.allow('data.import');
      const r = await rollbackDataImport(await cli.db(), access, readId(id, 'id'));
      if (cli.json(cmd)) {
        process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
        return;
      }
      const out = [cli.say('rollback_data.done', { id: r.importId, ...r })];
      if (r.presence === 'deleted') out.push(cli.say('rollback_data.presence_deleted'));
      if (r.presence === 'archived') out.push(cli.say('rollback_data.presence_archived'));
      process.stdout.write(`${out.join('\n')}\n`);
    });

  const posts = program.command('posts').description(cli.say('cmd.posts'));
  posts
    .command('list')
    .description(cli.say('cmd.posts.list'))
    .requiredOption('--presence <id>', cli.say('opt.presence'))
    .option('--limit <n>', cli.say('opt.limit'), '50')
    .option('--json', cli.say('opt.json'))
    .action(async (opts: { presence: string; limit: string }, cmd: Command) => {
      const h = await cli.db();
      const items = await presencePosts(h, await cli.access(), readId(opts.presence, 'presence'), {
        limit: Math.min(Number(opts.limit) || 50, 100_000),
      });
      if (cli.json(cmd)) {
        process.stdout.write(`${JSON.stringify(items, null, 2)}\n`);
        return;
      }
      process.stdout.write(
        formatTable(
          ['head.published', 'head.kind', 'head.text', 'head.likes', 'head.shares'].map((k) =>
            cli.say(k as never),
          ),
          items.map((p) => [
            p.publishedAt.slice(0, 16).replace('T', ' '),
            p.kind,
            p.text.replace(/\s+/g, ' '),
            p.counts.likes,
            p.counts.shares,
          ]),
        ),
      );
    });
}

function sizeOf(path: string): number {
  try {
    const st = fs.statSync(path);
    if (!st.isDirectory()) return st.size;
    return fs.readdirSync(path, { recursive: true, withFileTypes: true }).reduce((n, e) => {
      if (!e.isFile()) return n;
      return n + fs.statSync(`${e.parentPath}/${e.name}`).size;
    }, 0);
  } catch {
    return 0;
  }
}

function errorJson(e: unknown) {
  const v = e as { kind?: string; code?: string; message?: string; issues?: unknown[] };
  return {
    kind: v.kind ?? 'internal',
    code: v.code ?? 'internal.error',
    message: v.message ?? String(e),
    issues: v.issues ?? [],
  };
}

function exitCodeOf(results: (FileSummary | { file: string; error: unknown })[]): number {
  for (const r of results) if ('error' in r) return (r.error as { exitCode?: number }).exitCode ?? 1;
  return 0;
}
