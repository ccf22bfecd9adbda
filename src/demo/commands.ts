// `vigie demo [--reset]`
import type { Command } from 'commander';
import type { Cli } from '../cli/context';
import type { Db } from '../core/db';
import { countUsers } from '../trust/store';
import { loadDemo } from './loader';
import { demoOrganisation } from './organisation';
import { checkDemoCommand, checkDemoRequest, isProduction } from './policy';

/** Users whose login is one the demo gives its people (`loadDemoUsers`): left by an earlier demo load. */
export async function countDemoUsers(h: Db): Promise<number> {
  const logins = demoOrganisation()
    .people.map((p) => p.email?.toLowerCase())
    .filter((e): e is string => Boolean(e));
  const row = await h.db
    .selectFrom('users')
    .select(h.db.fn.countAll().as('n'))
    .where('login', 'in', logins)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function demoCommands(program: Command, cli: Cli): void {
  program
    .command('demo')
    .description(cli.say('cmd.demo'))
    .option('--reset', cli.say('opt.reset'))
    .option('--json', cli.say('opt.json'))
    .action(async (opts: { reset?: boolean }, cmd: Command) => {
      // Never in production: refused before the database is even opened.
      checkDemoRequest(true, isProduction(process.env));
      // Loading over an organisation (--reset) deletes its registry: only an admin may.
      const access = await cli.allow('users.manage');
      const h = await cli.db();
      checkDemoCommand({ users: await countUsers(h.db), demoUsers: await countDemoUsers(h) });
      const r = await loadDemo(h, { reset: opts.reset, actor: access.actor });
      if (cli.json(cmd)) process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
      else
        process.stdout.write(
          `${cli.say('start.demo_loaded', { name: r.organisation, presences: r.presences, units: r.units, people: r.people })}\n`,
        );
    });
}
