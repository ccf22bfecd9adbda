// `vigie policies list|publish|pending`: the social-media policy and the brand charter from the
// command line, acting as the user named by `--as` (`cli.access()`).
import fs from 'node:fs';
import type { Command } from 'commander';
import { type Cli, formatTable } from '../../cli/context';
import { Invalid, type Issue } from '../../core/errors';
import { fill, type Params } from '../../core/i18n';
import { parseId } from '../../core/ids';
import type { Policy } from '../model';
import { policiesMessages as M, type PoliciesMessageKey } from './messages';
import { PolicyService } from './service';

/** A body is at most 200,000 characters, so at most 800,000 bytes of UTF-8: anything bigger is refused unread. */
const MAX_CHARS = 200_000;
const MAX_BYTES = MAX_CHARS * 4;

function fileError(code: PoliciesMessageKey, file: string, params: Params = {}): Invalid {
  const all = { file, ...params };
  const message = fill(M[code].en, all);
  const issue: Issue = { file, field: 'body', code, params: all, message };
  return new Invalid(code, message, all, [issue]);
}

/** The Markdown text of a file, or an error that names the file. */
export function readPolicyFile(file: string): string {
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) throw fileError('policy.file_is_folder', file);
    if (stat.size > MAX_BYTES) throw fileError('policy.file_too_large', file, { max: String(MAX_CHARS) });
    bytes = fs.readFileSync(file);
  } catch (e) {
    if (e instanceof Invalid) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw fileError('policy.file_missing', file);
    if (code === 'EACCES' || code === 'EPERM') throw fileError('policy.file_denied', file);
    if (code === 'EISDIR') throw fileError('policy.file_is_folder', file);
    throw fileError('policy.file_unreadable', file, { reason: code ?? (e as Error).message });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw fileError('policy.file_not_utf8', file);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw fileError('policy.file_empty', file);
  if (text.length > MAX_CHARS) throw fileError('policy.file_too_large', file, { max: String(MAX_CHARS) });
  return text;
}

export function policiesCommands(program: Command, cli: Cli): void {
  const locale = cli.locale;
  const say = (key: PoliciesMessageKey, params: Params = {}) => fill(M[key][locale], params, locale);
  const kindName = (k: string) => (k === 'policy' || k === 'charter' ? say(`policy.kind.${k}`) : k);
  const service = async () => new PolicyService(await cli.db());
  const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  const policies = program.command('policies').description(say('policies.cli.cmd'));

  policies
    .command('list')
    .description(say('policies.cli.cmd.list'))
    .option('--json', say('policies.cli.opt.json'))
    .action(async (_opts: unknown, cmd: Command) => {
      const access = await cli.access();
      const list = await (await service()).list(access);
      if (cli.json(cmd)) {
        // JSON keeps every version whole, texts included; the table only what identifies each one.
        print(list);
        return;
      }
      if (!list.length) {
        process.stdout.write(`${say('policies.cli.none')}\n`);
        return;
      }
      const counts = access.can('policies.manage');
      const heads: PoliciesMessageKey[] = [
        'policies.cli.head.id',
        'policies.cli.head.kind',
        'policies.cli.head.version',
        'policies.cli.head.title',
        'policies.cli.head.language',
        'policies.cli.head.published',
        'policies.cli.head.by',
        'policies.cli.head.current',
        ...(counts ? (['policies.cli.head.acknowledged', 'policies.cli.head.pending'] as const) : []),
      ];
      process.stdout.write(
        formatTable(
          heads.map((k) => say(k)),
          list.map((p: Policy) => [
            p.id,
            kindName(p.kind),
            p.version,
            p.title,
            p.language,
            p.publishedAt.slice(0, 10),
            p.publishedBy,
            p.current ? say('policies.cli.yes') : '',
            ...(counts ? [p.acknowledged ?? 0, p.pending ?? 0] : []),
          ]),
        ),
      );
    });

  policies
    .command('publish')
    .description(say('policies.cli.cmd.publish'))
    .requiredOption('--kind <kind>', say('policies.cli.opt.kind'))
    .requiredOption('--title <title>', say('policies.cli.opt.title'))
    .requiredOption('--file <body.md>', say('policies.cli.opt.file'))
    .option('--lang <language>', say('policies.cli.opt.lang'))
    .option('--summary <text>', say('policies.cli.opt.summary'))
    .option('--json', say('policies.cli.opt.json'))
    .action(
      async (
        opts: { kind: string; title: string; file: string; lang?: string; summary?: string },
        cmd: Command,
      ) => {
        const access = await cli.allow('policies.manage');
        const body = readPolicyFile(opts.file);
        const p = await (await service()).publish(access, {
          kind: opts.kind,
          title: opts.title,
          language: opts.lang ?? locale,
          body,
          summary: opts.summary ?? null,
        });
        if (cli.json(cmd)) {
          print(p);
          return;
        }
        process.stdout.write(
          `${say('policies.cli.published', { version: p.version, kind: kindName(p.kind), id: String(p.id), title: p.title })}\n`,
        );
      },
    );

  policies
    .command('pending')
    .description(say('policies.cli.cmd.pending'))
    .option('--id <id>', say('policies.cli.opt.id'))
    .option('--json', say('policies.cli.opt.json'))
    .action(async (opts: { id?: string }, cmd: Command) => {
      const access = await cli.allow('policies.manage');
      let id: number | undefined;
      if (opts.id !== undefined) {
        const parsed = parseId(opts.id);
        if (parsed === null) {
          const message = fill(M['policy.not_found'].en, { id: opts.id });
          throw new Invalid('policy.not_found', message, { id: opts.id }, [
            { field: 'id', code: 'policy.not_found', params: { id: opts.id }, message },
          ]);
        }
        id = parsed;
      }
      const reports = await (await service()).pending(access, id);
      if (cli.json(cmd)) {
        print(
          reports.map((r) => ({
            id: r.policy.id,
            kind: r.policy.kind,
            version: r.policy.version,
            title: r.policy.title,
            current: r.policy.current,
            total: r.total,
            pending: r.pending,
          })),
        );
        return;
      }
      if (!reports.length) {
        process.stdout.write(`${say('policies.cli.none')}\n`);
        return;
      }
      for (const r of reports) {
        const head = {
          title: r.policy.title,
          version: r.policy.version,
          pending: r.pending.length,
          total: r.total,
        };
        if (!r.pending.length) {
          process.stdout.write(`${say('policies.cli.all_done', head)}\n\n`);
          continue;
        }
        process.stdout.write(`${say('policies.cli.pending_head', head)}\n`);
        process.stdout.write(
          formatTable(
            [say('policies.cli.head.login'), say('policies.cli.head.name')],
            r.pending.map((u) => [u.login, u.name]),
          ),
        );
        process.stdout.write('\n');
      }
    });
}
