// `vigie demo [--reset]`
import type { Command } from 'commander';
import type { Cli } from '../cli/context';
import { loadDemo } from './loader';

export function demoCommands(program: Command, cli: Cli): void {
  program
    .command('demo')
    .description(cli.say('cmd.demo'))
    .option('--reset', cli.say('opt.reset'))
    .option('--json', cli.say('opt.json'))
    .action(async (opts: { reset?: boolean }, cmd: Command) => {
      // Loading over an organisation (--reset) deletes its registry: only an admin may.
      const access = await cli.allow('users.manage');
      const r = await loadDemo(await cli.db(), { reset: opts.reset, actor: access.actor });
      if (cli.json(cmd)) process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
      else
        process.stdout.write(
          `${cli.say('start.demo_loaded', { name: r.organisation, presences: r.presences, units: r.units, people: r.people })}\n`,
        );
    });
}
