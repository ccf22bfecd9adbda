// `vigie audit run|list|show|decide|plan|report`: the audit from the command line.
import fs from 'node:fs';
import { SingleBar } from 'cli-progress';
import { Argument, type Command, Option } from 'commander';
import { type Cli, formatTable } from '../cli/context';
import { Invalid } from '../core/errors';
import { readId } from '../core/ids';
import { t } from '../messages';
import { RegistryService } from '../registry/service';
import { type Audit, type AuditItem, DECISIONS, type Decision, FINDING_CODES, type Reason } from './model';
import type { PrintPhase } from './report/pdf';
import { itemNames, type NameOf, namedParams, platformName, presenceLabel } from './report/text';
import { AuditService } from './service';

/** A reason or finding as the JSON output gives it: the code, what fills it, and the sentence. */
/** A finding or reason in the reader's words, the presences it points to named from the audit. */
function said(locale: Cli['locale'], prefix: string, r: Reason, nameOf: NameOf) {
  return {
    code: r.code,
    params: r.params,
    text: t(locale, `${prefix}${r.code.replace(prefix, '')}`, namedParams(locale, r.params, nameOf)),
  };
}

function itemsJson(audit: Audit, locale: Cli['locale']) {
  const nameOf = itemNames(audit.items);
  return audit.items.map((it) => ({
    presence: {
      id: it.presenceId,
      platform: it.presence.platform,
      handle: it.presence.handle,
      name: it.presence.name,
      unit: it.presence.unit,
      status: it.presence.status,
      url: it.presence.url,
    },
    facts: it.facts,
    findings: it.findings.map((f) => ({
      ...said(locale, 'audit.finding.', f, nameOf),
      severity: f.severity,
    })),
    recommendation: {
      decision: it.recommendation.decision,
      into: it.recommendation.into,
      reasons: it.recommendation.reasons.map((r) => said(locale, 'audit.reason.', r, nameOf)),
    },
    decision: it.decision,
  }));
}

/** What `audit accept` keeps of an audit, as the review's filters do: each filter given must hold. */
export interface AcceptFilters {
  unitId?: number;
  platform?: string;
  finding?: string;
  recommendation?: Decision;
}

/** The presences still to decide that every filter given allows, in the audit's order. */
export function toAccept(items: AuditItem[], f: AcceptFilters): AuditItem[] {
  return items.filter(
    (i) =>
      !i.decision &&
      (f.unitId === undefined || i.presence.unitId === f.unitId) &&
      (f.platform === undefined || i.presence.platform === f.platform) &&
      (f.finding === undefined || i.findings.some((x) => x.code === f.finding)) &&
      (f.recommendation === undefined || i.recommendation.decision === f.recommendation),
  );
}

export function auditCommands(program: Command, cli: Cli): void {
  const say = (key: string, params: Record<string, string | number> = {}) => t(cli.locale, key, params);
  const audit = program.command('audit').description(say('audit.cli.cmd'));
  const service = async () => new AuditService(await cli.db());

  audit
    .command('run')
    .description(say('audit.cli.cmd.run'))
    .option('--unit <name>', say('audit.cli.opt.unit'))
    .option('--as-of <date>', say('audit.cli.opt.as_of'))
    .option('--name <name>', say('audit.cli.opt.name'))
    .option('--json', say('audit.cli.opt.json'))
    .action(async (opts: { unit?: string; asOf?: string; name?: string }, cmd: Command) => {
      const json = cli.json(cmd);
      const h = await cli.db();
      if (opts.asOf && !/^\d{4}-\d{2}-\d{2}$/.test(opts.asOf))
        throw new Invalid('audit.cli.bad_date', t('en', 'audit.cli.bad_date', { value: opts.asOf }), {
          value: opts.asOf,
        });
      const unitId = opts.unit ? (await new RegistryService(h).unitByName(opts.unit)).id : null;
      const access = await cli.allow('audit.run');
      const bar =
        !json && process.stderr.isTTY
          ? new SingleBar({
              format: ` {bar} {percentage}% ${say('audit.cli.progress')} {phase}`,
              hideCursor: true,
            })
          : null;
      bar?.start(100, 0, { phase: '' });
      const weights = {
        presences: [0, 10],
        posts: [10, 50],
        metrics: [50, 60],
        rules: [60, 90],
        store: [90, 100],
      };
      const s = new AuditService(h);
      const summary = await s
        .run(
          access,
          { name: opts.name, unitId, asOf: opts.asOf },
          (phase, done, total) => {
            const [a, b] = weights[phase];
            bar?.update(Math.round(a! + ((b! - a!) * done) / Math.max(total, 1)), { phase });
          },
          cli.locale,
        )
        .finally(() => bar?.stop());
      const full = await s.get(access, summary.id, cli.locale);
      if (json) {
        const { items: _, ...head } = full;
        process.stdout.write(
          `${JSON.stringify({ audit: head, items: itemsJson(full, cli.locale) }, null, 2)}\n`,
        );
        return;
      }
      process.stdout.write(
        `${say('audit.cli.run_done', { id: String(summary.id), name: summary.name, presences: summary.presences, kept: summary.kept, count: summary.presences })}\n`,
      );
      process.stdout.write(
        formatTable(
          [say('audit.cli.head.decision'), say('audit.cli.head.count')],
          Object.entries(summary.byRecommendation).map(([d, n]) => [say(`audit.decision.${d}`), n]),
        ),
      );
    });

  audit
    .command('list')
    .description(say('audit.cli.cmd.list'))
    .option('--json', say('audit.cli.opt.json'))
    .action(async (_opts: unknown, cmd: Command) => {
      const access = await cli.allow('audit.read');
      const list = await (await service()).list(access, cli.locale);
      if (cli.json(cmd)) {
        process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
        return;
      }
      if (!list.length) {
        process.stdout.write(`${say('audit.cli.none')}\n`);
        return;
      }
      process.stdout.write(
        formatTable(
          ['id', 'name', 'scope', 'as_of', 'presences', 'decided', 'kept', 'tasks'].map((k) =>
            say(`audit.cli.head.${k}`),
          ),
          list.map((a) => [
            a.id,
            a.name,
            a.unit ?? say('audit.scope_all'),
            a.asOf,
            a.presences,
            a.decided,
            a.kept,
            `${a.tasks.done}/${a.tasks.total}`,
          ]),
        ),
      );
    });

  audit
    .command('show')
    .description(say('audit.cli.cmd.show'))
    .argument('<audit>')
    .option('--json', say('audit.cli.opt.json'))
    .action(async (id: string, _opts: unknown, cmd: Command) => {
      const a = await (await service()).get(await cli.access(), readId(id, 'audit'), cli.locale);
      if (cli.json(cmd)) {
        const { items: _, ...head } = a;
        process.stdout.write(
          `${JSON.stringify({ audit: head, items: itemsJson(a, cli.locale) }, null, 2)}\n`,
        );
        return;
      }
      // Presences by name; the id, in its own column, is what `audit decide` takes.
      const nameOf = itemNames(a.items);
      const named = (id: number) => nameOf(id) ?? say('audit.report.deleted_presence');
      process.stdout.write(
        formatTable(
          ['id', 'presence', 'platform', 'unit', 'findings', 'recommendation', 'decision'].map((k) =>
            say(`audit.cli.head.${k}`),
          ),
          a.items.map((it) => [
            it.presenceId,
            presenceLabel(it.presence),
            platformName(it.presence.platform),
            it.presence.unit,
            it.findings.map((f) => f.code).join(', '),
            say(`audit.decision.${it.recommendation.decision}`) +
              (it.recommendation.into ? ` → ${named(it.recommendation.into)}` : ''),
            it.decision ? say(`audit.decision.${it.decision.decision}`) : '',
          ]),
        ),
      );
    });

  audit
    .command('decide')
    .description(say('audit.cli.cmd.decide'))
    .argument('<audit>')
    .argument('<presence>')
    .addArgument(new Argument('<decision>').choices([...DECISIONS]))
    .option('--into <presence>', say('audit.cli.opt.into'))
    .requiredOption('--reason <text>', say('audit.cli.opt.reason'))
    .option('--json', say('audit.cli.opt.json'))
    .action(
      async (
        auditId: string,
        presenceId: string,
        decision: Decision,
        opts: { into?: string; reason: string },
        cmd: Command,
      ) => {
        const access = await cli.access();
        const r = await (await service()).decide(
          access,
          readId(auditId, 'audit'),
          readId(presenceId, 'presence'),
          {
            decision,
            into: opts.into !== undefined ? readId(opts.into, 'into') : null,
            reason: opts.reason,
          },
        );
        if (cli.json(cmd)) {
          process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
          return;
        }
        process.stdout.write(
          `${say('audit.cli.decided', { presence: presenceId, decision: say(`audit.decision.${decision}`), count: r.tasks.length })}\n`,
        );
      },
    );

  audit
    .command('accept')
    .description(say('audit.cli.cmd.accept'))
    .argument('<audit>')
    .addOption(
      new Option('--presences <ids>', say('audit.cli.opt.presences')).conflicts([
        'unit',
        'platform',
        'finding',
        'recommendation',
      ]),
    )
    .option('--unit <name>', say('audit.cli.opt.filter_unit'))
    .option('--platform <id>', say('audit.cli.opt.platform'))
    .addOption(new Option('--finding <code>', say('audit.cli.opt.finding')).choices([...FINDING_CODES]))
    .addOption(
      new Option('--recommendation <decision>', say('audit.cli.opt.recommendation')).choices([...DECISIONS]),
    )
    .requiredOption('--reason <text>', say('audit.cli.opt.reason'))
    .option('--dry-run', say('audit.cli.opt.dry_run'))
    .option('--json', say('audit.cli.opt.json'))
    .action(
      async (
        id: string,
        opts: {
          presences?: string;
          unit?: string;
          platform?: string;
          finding?: string;
          recommendation?: Decision;
          reason: string;
          dryRun?: boolean;
        },
        cmd: Command,
      ) => {
        const json = cli.json(cmd);
        const h = await cli.db();
        const access = await cli.allow('audit.run');
        const auditId = readId(id, 'audit');
        const s = new AuditService(h);
        const a = await s.get(access, auditId, cli.locale);
        let ids: number[];
        if (opts.presences !== undefined) {
          // Named: sent as they are, so that one not in the audit is refused rather than dropped.
          ids = opts.presences.split(',').map((x) => readId(x.trim(), 'presences'));
        } else {
          const filters: AcceptFilters = {
            unitId: opts.unit ? (await new RegistryService(h).unitByName(opts.unit)).id : undefined,
            platform: opts.platform,
            finding: opts.finding,
            recommendation: opts.recommendation,
          };
          // Every presence still to decide at once is a step too far to take by leaving filters out.
          if (Object.values(filters).every((v) => v === undefined))
            throw new Invalid('audit.cli.accept_choose', t('en', 'audit.cli.accept_choose'));
          ids = toAccept(a.items, filters).map((i) => i.presenceId);
        }
        if (!ids.length) {
          if (json)
            process.stdout.write(`${JSON.stringify({ accepted: [], skipped: [], tasks: 0 }, null, 2)}\n`);
          else process.stdout.write(`${say('audit.cli.accept_none')}\n`);
          return;
        }
        if (opts.dryRun) {
          const byId = new Map(a.items.map((i) => [i.presenceId, i]));
          const nameOf = itemNames(a.items);
          // Those the accept would decide: the others are unknown (refused) or decided (left as they are).
          const chosen = ids.flatMap((x) => byId.get(x) ?? []).filter((i) => !i.decision);
          if (json) {
            process.stdout.write(
              `${JSON.stringify({ wouldAccept: chosen.map((i) => i.presenceId) }, null, 2)}\n`,
            );
            return;
          }
          process.stdout.write(
            formatTable(
              ['id', 'presence', 'platform', 'unit', 'recommendation'].map((k) => say(`audit.cli.head.${k}`)),
              chosen.map((it) => [
                it.presenceId,
                presenceLabel(it.presence),
                platformName(it.presence.platform),
                it.presence.unit,
                say(`audit.decision.${it.recommendation.decision}`) +
                  (it.recommendation.into
                    ? ` → ${nameOf(it.recommendation.into) ?? say('audit.report.deleted_presence')}`
                    : ''),
              ]),
            ),
          );
          process.stdout.write(`${say('audit.cli.accept_would', { count: chosen.length })}\n`);
          return;
        }
        // Hundreds of decisions take seconds: each one shows on a terminal, as `audit run` shows its phases.
        const bar =
          !json && process.stderr.isTTY
            ? new SingleBar({
                format: ` {bar} {percentage}% ${say('audit.cli.accept_progress')} {value}/{total}`,
                hideCursor: true,
              })
            : null;
        bar?.start(ids.length, 0);
        const r = await s
          .accept(access, auditId, { presenceIds: ids, reason: opts.reason }, (done) => bar?.update(done))
          .finally(() => bar?.stop());
        if (json) {
          process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
          return;
        }
        process.stdout.write(`${say('audit.cli.accepted', { count: r.accepted.length, tasks: r.tasks })}\n`);
        if (r.skipped.length)
          process.stdout.write(
            `${say('audit.cli.accept_skipped', { count: r.skipped.length, ids: r.skipped.join(', ') })}\n`,
          );
      },
    );

  audit
    .command('plan')
    .description(say('audit.cli.cmd.plan'))
    .argument('<audit>')
    .option('--json', say('audit.cli.opt.json'))
    .action(async (id: string, _opts: unknown, cmd: Command) => {
      const tasks = await (await service()).tasks(await cli.access(), readId(id, 'audit'));
      if (cli.json(cmd)) {
        process.stdout.write(`${JSON.stringify(tasks, null, 2)}\n`);
        return;
      }
      process.stdout.write(
        formatTable(
          ['id', 'due', 'status', 'presence', 'task', 'owner'].map((k) => say(`audit.cli.head.${k}`)),
          tasks.map((x) => [
            x.id,
            x.dueOn,
            say(`audit.task_status.${x.status}`),
            `${x.presence.name ?? x.presence.handle ?? ''} (${platformName(x.presence.platform)})`,
            say(`audit.task.${x.kind}`, x.params),
            x.owner,
          ]),
        ),
      );
    });

  audit
    .command('report')
    .description(say('audit.cli.cmd.report'))
    .argument('<audit>')
    .addOption(
      new Option('--format <format>', say('audit.cli.opt.format'))
        .choices(['html', 'pdf', 'csv'])
        .default('html'),
    )
    .requiredOption('--out <file>', say('audit.cli.opt.out'))
    .action(async (id: string, opts: { format: 'html' | 'pdf' | 'csv'; out: string }) => {
      const access = await cli.allow('export');
      const auditId = readId(id, 'audit');
      // A PDF takes seconds (Chromium): its phases show on a terminal, as `audit run` shows its own.
      const bar =
        opts.format === 'pdf' && process.stderr.isTTY
          ? new SingleBar({
              format: ' {bar} {percentage}% {phase}',
              hideCursor: true,
            })
          : null;
      let stopped = false;
      const phase = (key: string, at: number) => {
        if (!stopped) bar?.update(at, { phase: say(`audit.report.phase.${key}`) });
      };
      const AT: Record<PrintPhase, number> = { waiting: 30, starting: 35, loading: 55, printing: 75 };
      bar?.start(100, 0, { phase: say('audit.report.phase.rendering') });
      try {
        const s = await service();
        let body: string | Buffer;
        if (opts.format === 'pdf') {
          // The page the API would print, printed here so that each phase shows (same HTML, same queue).
          const html = await s.report(access, auditId, 'html', cli.locale);
          const { printPdf } = await import('./report/pdf');
          body = await printPdf(String(html.body), { onPhase: (p) => phase(p, AT[p]) });
        } else body = (await s.report(access, auditId, opts.format, cli.locale)).body;
        phase('writing', 95);
        fs.writeFileSync(opts.out, body);
        phase('writing', 100);
      } finally {
        stopped = true;
        bar?.stop();
        // The shared printing browser would keep the command alive until it closes when idle.
        if (opts.format === 'pdf') await (await import('./report/pdf')).closePrintQueue();
      }
      process.stdout.write(`${say('audit.cli.report_written', { file: opts.out })}\n`);
    });
}
