// `vigie leavers list|reassign|cancel|scan`: reassignment tasks for people who left.
import type { Command } from 'commander';
import { type Cli, formatTable } from '../../cli/context';
import { Forbidden, Invalid } from '../../core/errors';
import { translator } from '../../core/i18n';
import { readId } from '../../core/ids';
import { REASSIGN_STATUSES, type Reassignment } from '../model';
import { leaverMessages } from './messages';
import { LeaverService, openAllReassignments } from './service';

const tr = translator(leaverMessages);

export function leaverCommands(program: Command, cli: Cli): void {
  const say = (key: keyof typeof leaverMessages, params: Record<string, string | number> = {}) =>
    tr(cli.locale, key, params);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const role = (r: Reassignment['role']) => say(`leavers.role.${r}`);
  const status = (s: Reassignment['status']) => say(`leavers.status.${s}`);
  const service = async () => new LeaverService(await cli.db());

  const leavers = program.command('leavers').description(say('leavers.cli.cmd'));

  leavers
    .command('list')
    .description(say('leavers.cli.cmd.list'))
    .option('--person <id>', say('leavers.cli.opt.person'))
    .option('--status <status>', say('leavers.cli.opt.status'), 'open')
    .option('--json', say('leavers.cli.opt.json'))
    .action(async (opts: { person?: string; status: string }, cmd: Command) => {
      const wanted = opts.status.trim().toLowerCase();
      if (wanted !== 'all' && !(REASSIGN_STATUSES as readonly string[]).includes(wanted)) {
        const params = {
          value: opts.status.slice(0, 40),
          statuses: [...REASSIGN_STATUSES, 'all'].join(', '),
        };
        throw new Invalid('leavers.bad_status', tr('en', 'leavers.bad_status', params), params);
      }
      const access = await cli.access();
      const list = await (await service()).list(access, {
        personId: opts.person ? readId(opts.person, 'person') : undefined,
        status: wanted === 'all' ? undefined : (wanted as Reassignment['status']),
      });
      if (cli.json(cmd)) {
        out(JSON.stringify(list, null, 2));
        return;
      }
      if (!list.length) {
        out(say('leavers.cli.none'));
        return;
      }
      process.stdout.write(
        formatTable(
          [
            say('leavers.cli.head.id'),
            say('leavers.cli.head.person'),
            say('leavers.cli.head.presence'),
            say('leavers.cli.head.role'),
            say('leavers.cli.head.status'),
            say('leavers.cli.head.to'),
          ],
          list.map((r) => [
            r.id,
            `${r.person} (#${r.personId})`,
            `${r.presence} (#${r.presenceId})`,
            role(r.role),
            status(r.status),
            r.toPerson ?? '',
          ]),
        ),
      );
    });

  leavers
    .command('reassign')
    .description(say('leavers.cli.cmd.reassign'))
    .argument('<taskId>')
    .requiredOption('--to <personId>', say('leavers.cli.opt.to'))
    .option('--reason <text>', say('leavers.cli.opt.reason'))
    .option('--json', say('leavers.cli.opt.json'))
    .action(async (taskId: string, opts: { to: string; reason?: string }, cmd: Command) => {
      const access = await cli.access();
      const r = await (await service()).update(access, readId(taskId, 'task'), {
        status: 'done',
        toPersonId: readId(opts.to, 'to'),
        ...(opts.reason ? { reason: opts.reason } : {}),
      });
      if (cli.json(cmd)) {
        out(JSON.stringify(r, null, 2));
        return;
      }
      out(
        r.role === 'secret_holder'
          ? say('leavers.cli.done_no_change', { id: String(r.id) })
          : say('leavers.cli.done', {
              id: String(r.id),
              presence: r.presence,
              role: role(r.role),
              to: r.toPerson ?? '',
            }),
      );
    });

  leavers
    .command('cancel')
    .description(say('leavers.cli.cmd.cancel'))
    .argument('<taskId>')
    .option('--reason <text>', say('leavers.cli.opt.reason'))
    .action(async (taskId: string, opts: { reason?: string }) => {
      const access = await cli.access();
      const r = await (await service()).update(access, readId(taskId, 'task'), {
        status: 'cancelled',
        ...(opts.reason ? { reason: opts.reason } : {}),
      });
      out(say('leavers.cli.cancelled', { id: String(r.id) }));
    });

  leavers
    .command('scan')
    .description(say('leavers.cli.cmd.scan'))
    .option('--json', say('leavers.cli.opt.json'))
    .action(async (_opts: unknown, cmd: Command) => {
      const access = await cli.access();
      if (!access.isAdmin) throw new Forbidden('leavers.admin_only', tr('en', 'leavers.admin_only'));
      const ids = await openAllReassignments((await cli.db()).db, access.actor);
      if (cli.json(cmd)) out(JSON.stringify({ opened: ids }));
      else out(say('leavers.cli.scanned', { count: ids.length }));
    });
}
