// `vigie work list|remind`. `list`: the acting user's own tasks (--as), as their "My work" page
// shows them. `remind`: e-mails every user their tasks overdue or due within three days; it reads
// everyone's tasks, so it is an admin's (a cron job runs it `--as` an admin; `vigie start` runs it
// itself every day when SMTP is configured). Without SMTP it refuses (exit 6, "unavailable"), naming
// the variables to set: a reminder job that silently sends nothing is worse than one that fails.
import type { Command } from 'commander';
import { type Cli, formatTable } from '../cli/context';
import { today } from '../core/clock';
import { Unavailable } from '../core/errors';
import { fill, type Params } from '../core/i18n';
import { platformName } from '../registry/urls/platforms';
import { mailConfigFrom, smtpMailer, taskTitle } from './mail';
import { workMessages as M, type WorkMessageKey } from './messages';
import { urgency } from './model';
import { remind } from './remind';
import { tasksOf } from './service';

export function workCommands(program: Command, cli: Cli): void {
  const locale = cli.locale;
  const say = (key: WorkMessageKey, params: Params = {}) => fill(M[key][locale], params, locale);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const work = program.command('work').description(say('work.cli.cmd'));

  work
    .command('list')
    .description(say('work.cli.cmd.list'))
    .option('--json', say('work.cli.opt.json'))
    .action(async (_opts: unknown, cmd: Command) => {
      const access = await cli.access();
      const h = await cli.db();
      const tasks = await tasksOf(h.db, access);
      if (cli.json(cmd)) {
        out(JSON.stringify(tasks, null, 2));
        return;
      }
      if (access.personId === null || !tasks.length) {
        out(say(access.personId === null ? 'work.cli.no_person' : 'work.cli.none'));
        return;
      }
      const day = today();
      process.stdout.write(
        formatTable(
          (['id', 'due', 'status', 'presence', 'task'] as const).map((k) => say(`work.cli.head.${k}`)),
          tasks.map((x) => [
            x.id,
            urgency(x, day) === 'overdue' ? `${x.dueOn} (${say('work.cli.overdue')})` : x.dueOn,
            cli.say(`audit.task_status.${x.status}` as never),
            `${x.presence.name ?? x.presence.handle ?? x.presence.url} (${platformName(x.presence.platform)})`,
            taskTitle(x, locale),
          ]),
        ),
      );
    });

  work
    .command('remind')
    .description(say('work.cli.cmd.remind'))
    .option('--dry-run', say('work.cli.opt.dry_run'))
    .option('--json', say('work.cli.opt.json'))
    .action(async (opts: { dryRun?: boolean }, cmd: Command) => {
      await cli.allow('users.manage');
      const config = mailConfigFrom(process.env);
      if (!config && !opts.dryRun)
        throw new Unavailable('work.mail_not_configured', M['work.mail_not_configured'].en);
      const h = await cli.db();
      const mailer = config && !opts.dryRun ? smtpMailer(config) : null;
      let result: Awaited<ReturnType<typeof remind>>;
      try {
        result = await remind(h, {
          dryRun: opts.dryRun,
          mailer,
          from: config?.from ?? '',
          publicUrl: config?.publicUrl ?? null,
        });
      } finally {
        mailer?.close();
      }
      if (cli.json(cmd)) out(JSON.stringify(result, null, 2));
      else {
        if (config && !config.publicUrl) process.stderr.write(`${say('work.cli.no_public_url')}\n`);
        const count = result.sent.length;
        out(say(opts.dryRun ? 'work.cli.would_send' : 'work.cli.sent', { count, day: result.day }));
        for (const s of result.sent)
          out(say('work.cli.recipient', { to: s.to, login: s.login, count: s.taskIds.length }));
        if (result.alreadyReminded) out(say('work.cli.already', { count: result.alreadyReminded }));
        for (const f of result.failed)
          process.stderr.write(`${say('work.cli.failed', { to: f.to, login: f.login, error: f.error })}\n`);
      }
      if (result.failed.length) {
        const count = result.failed.length;
        throw new Unavailable('work.cli.some_failed', fill(M['work.cli.some_failed'].en, { count }), {
          count,
        });
      }
    });
}
