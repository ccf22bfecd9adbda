// `vigie log verify|list|export|head`: the change log from the command line. Reading it needs
// `log.read`; exporting it also `export`. `verify` exits 0 when the chain is intact and with the
// Conflict exit code (4) when it is broken, naming the first broken entry and the problem.
import fs from 'node:fs';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { type Cli, formatTable } from '../../cli/context';
import type { Access } from '../../core/access';
import { Conflict, Invalid } from '../../core/errors';
import { fill, type Locale } from '../../core/i18n';
import type { LogEntry } from '../model';
import { EXPORT_FORMATS, type ExportFormat, readJsonLines, recordExport, writeLogExport } from './export';
import { type LogMessageKey, logMessages as M } from './messages';
import { checkFilter, type LogFilter, listLog, readHead, streamLog } from './store';
import { type Anchor, HASH_RE, type VerifyReport, verifyLog, verifyRows } from './verify';

type Params = Record<string, string | number>;

const en = (key: LogMessageKey, params: Params = {}) => fill(M[key].en, params);

/** The error `verify` ends with when the chain is broken or does not match its anchor (null when intact). */
export function verifyError(r: VerifyReport): Conflict | null {
  if (r.broken) {
    const code = `log.broken.${r.broken.problem}` as LogMessageKey;
    const params = {
      id: String(r.broken.id),
      problem: r.broken.problem,
      checked: r.checked,
      expected: r.expected,
    };
    const e = new Conflict(code, en(code, params), params);
    e.issues.push({ code, params, message: e.message });
    return e;
  }
  if (r.anchor && !r.anchor.matched) {
    const params = {
      hash: r.anchor.hash ?? '—',
      count: r.anchor.count === null ? '—' : String(r.anchor.count),
    };
    return new Conflict('log.anchor_mismatch', en('log.anchor_mismatch', params), params);
  }
  return null;
}

function parseAnchor(opts: { expect?: string; expectCount?: string }): Anchor | undefined {
  const anchor: Anchor = {};
  if (opts.expect !== undefined) {
    const hash = opts.expect.trim().toLowerCase();
    if (!HASH_RE.test(hash)) {
      const params = { value: opts.expect };
      throw new Invalid('log.bad_hash', en('log.bad_hash', params), params, [
        { field: 'expect', code: 'log.bad_hash', params, message: en('log.bad_hash', params) },
      ]);
    }
    anchor.hash = hash;
  }
  if (opts.expectCount !== undefined) {
    if (!/^\d{1,15}$/.test(opts.expectCount.trim())) {
      const params = { value: opts.expectCount };
      throw new Invalid('log.bad_count', en('log.bad_count', params), params, [
        { field: 'expect-count', code: 'log.bad_count', params, message: en('log.bad_count', params) },
      ]);
    }
    anchor.count = Number(opts.expectCount.trim());
  }
  return anchor.hash === undefined && anchor.count === undefined ? undefined : anchor;
}

function count(value: string | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,14}$/.test(value.trim())) {
    const params = { value };
    throw new Invalid('log.bad_count', en('log.bad_count', params), params, [
      { field, code: 'log.bad_count', params, message: en('log.bad_count', params) },
    ]);
  }
  return Number(value.trim());
}

interface FilterOptions {
  actor?: string;
  entity?: string;
  entityId?: string;
  action?: string;
  from?: string;
  to?: string;
  q?: string;
}

function filterOf(o: FilterOptions): LogFilter {
  const f: LogFilter = {
    actor: o.actor,
    entity: o.entity,
    entityId: count(o.entityId, 'entity-id'),
    action: o.action,
    from: o.from,
    to: o.to,
    q: o.q,
  };
  for (const field of ['from', 'to'] as const) {
    const v = f[field];
    if (v !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(v)) {
      const params = { field, value: v };
      throw new Invalid('log.bad_date', en('log.bad_date', params), params, [
        { field, code: 'log.bad_date', params, message: en('log.bad_date', params) },
      ]);
    }
  }
  checkFilter(f);
  return f;
}

/** A change in one line: `field: before → after; …` (JSON for anything that is not text). */
export function diffText(diff: LogEntry['diff']): string {
  const show = (v: unknown) =>
    v === null || v === undefined ? '∅' : typeof v === 'string' ? v : JSON.stringify(v);
  return Object.entries(diff)
    .map(([k, [a, b]]) =>
      a === null || a === undefined ? `${k}: ${show(b)}` : `${k}: ${show(a)} → ${show(b)}`,
    )
    .join('; ');
}

function withFilters(cmd: Command, say: (k: LogMessageKey) => string): Command {
  return cmd
    .option('--actor <text>', say('log.cli.opt.actor'))
    .option('--entity <kind>', say('log.cli.opt.entity'))
    .option('--entity-id <id>', say('log.cli.opt.entity_id'))
    .option('--action <action>', say('log.cli.opt.action'))
    .option('--from <date>', say('log.cli.opt.from'))
    .option('--to <date>', say('log.cli.opt.to'))
    .option('--q <text>', say('log.cli.opt.q'));
}

export function logCommands(program: Command, cli: Cli): void {
  const locale: Locale = cli.locale;
  const say = (key: LogMessageKey, params: Params = {}) => fill(M[key][locale], params, locale);
  const acting = async (...permissions: Parameters<Access['require']>[0][]): Promise<Access> => {
    const access = await cli.access();
    for (const p of permissions) access.require(p);
    return access;
  };
  const log = program.command('log').description(say('log.cli.cmd'));

  log
    .command('verify')
    .description(say('log.cli.cmd.verify'))
    .option('--expect <hash>', say('log.cli.opt.expect'))
    .option('--expect-count <n>', say('log.cli.opt.expect_count'))
    .option('--file <export.jsonl>', say('log.cli.opt.file'))
    .option('--json', say('log.cli.opt.json'))
    .action(async (opts: { expect?: string; expectCount?: string; file?: string }, cmd: Command) => {
      const json = cli.json(cmd);
      const expect = parseAnchor(opts);
      let report: VerifyReport;
      if (opts.file) {
        report = await verifyRows(readJsonLines(opts.file), { expect });
      } else {
        const h = await cli.db();
        await acting('log.read');
        const bar =
          !json && process.stderr.isTTY
            ? new SingleBar({
                format: ` {bar} {percentage}% {value}/{total} ${say('log.cli.progress')}`,
                hideCursor: true,
                stream: process.stderr,
              })
            : null;
        let started = false;
        report = await verifyLog(
          h.db,
          (done, total) => {
            if (!bar) return;
            // Small logs finish before a bar is worth drawing.
            if (!started && total < 20_000) return;
            if (!started) {
              bar.start(total, done);
              started = true;
            }
            bar.setTotal(total);
            bar.update(done);
          },
          { expect },
        ).finally(() => {
          if (started) bar?.stop();
        });
      }
      const error = verifyError(report);
      if (error) throw error;
      if (json) {
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${say('log.intact', { count: report.checked, hash: report.last.hash })}\n`);
      if (report.anchor?.matched && report.anchor.id !== null && report.anchor.hash)
        process.stdout.write(`${say('log.cli.anchor_ok', { id: String(report.anchor.id) })}\n`);
    });

  withFilters(log.command('list').description(say('log.cli.cmd.list')), say)
    .option('--limit <n>', say('log.cli.opt.limit'))
    .option('--before <id>', say('log.cli.opt.before'))
    .option('--json', say('log.cli.opt.json'))
    .action(async (opts: FilterOptions & { limit?: string; before?: string }, cmd: Command) => {
      const h = await cli.db();
      await acting('log.read');
      const filter = filterOf(opts);
      const limit = count(opts.limit, 'limit');
      const page = await listLog(h.db, h.dialect, {
        ...filter,
        limit: limit === undefined ? undefined : Math.min(limit, 500),
        before: count(opts.before, 'before'),
      });
      if (cli.json(cmd)) {
        process.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
        return;
      }
      if (!page.entries.length) {
        process.stdout.write(`${say('log.cli.none')}\n`);
        return;
      }
      process.stdout.write(
        formatTable(
          (['id', 'at', 'actor', 'entity', 'action', 'diff', 'reason'] as const).map((k) =>
            say(`log.cli.head.${k}`),
          ),
          page.entries.map((e) => [
            e.id,
            e.at.replace('T', ' ').slice(0, 19),
            e.actor,
            `${e.entity} #${e.entityId}`,
            e.action,
            diffText(e.diff),
            e.reason,
          ]),
        ),
      );
      if (page.nextBefore !== null)
        process.stdout.write(`${say('log.cli.more', { before: String(page.nextBefore) })}\n`);
    });

  withFilters(log.command('export').description(say('log.cli.cmd.export')), say)
    .option('--format <format>', say('log.cli.opt.format'), 'jsonl')
    .option('--out <file>', say('log.cli.opt.out'))
    .action(async (opts: FilterOptions & { format: string; out?: string }) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(opts.format)) {
        const params = { value: opts.format };
        throw new Invalid('log.bad_format', en('log.bad_format', params), params, [
          { field: 'format', code: 'log.bad_format', params, message: en('log.bad_format', params) },
        ]);
      }
      const format = opts.format as ExportFormat;
      const h = await cli.db();
      const access = await acting('log.read', 'export');
      const filter = filterOf(opts);
      await recordExport(h.db, access.actor, format, filter);
      const out = opts.out ? fs.createWriteStream(opts.out) : process.stdout;
      const n = await writeLogExport(streamLog(h.db, h.dialect, filter), format, out);
      if (opts.out) process.stderr.write(`${say('log.cli.exported', { count: n, file: opts.out })}\n`);
    });

  log
    .command('head')
    .description(say('log.cli.cmd.head'))
    .option('--json', say('log.cli.opt.json'))
    .action(async (_opts: unknown, cmd: Command) => {
      const h = await cli.db();
      await acting('log.read');
      const head = (await readHead(h.db)) ?? { last_id: 0, hash: '0'.repeat(64), count: 0, updated_at: '' };
      if (cli.json(cmd)) {
        const out = { count: head.count, lastId: head.last_id, hash: head.hash, at: head.updated_at };
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        return;
      }
      process.stdout.write(
        `${say('log.cli.head', {
          count: head.count,
          countRaw: String(head.count),
          id: String(head.last_id),
          hash: head.hash,
          at: head.updated_at || '—',
        })}\n`,
      );
    });
}
