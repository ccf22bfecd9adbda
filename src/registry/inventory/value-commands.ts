// `vigie presences values list|forget`: the value mappings remembered per source, seen and forgotten
// from the command line as on the import page. Under the import permission, like the API's
// /api/inventory/value-mappings routes.
import type { Command } from 'commander';
import { type Cli, formatTable } from '../../cli/context';
import { readId } from '../../core/ids';
import { forgetMapping, listMappings } from './mappings';
import { givenSourceKey } from './valuemap';

export function valueMappingCommands(presences: Command, cli: Cli): void {
  const values = presences.command('values').description(cli.say('cmd.presences.values'));

  values
    .command('list')
    .description(cli.say('cmd.presences.values.list'))
    .option('--source <name>', cli.say('opt.values_source'))
    .option('--json', cli.say('opt.json'))
    .action(async (opts: { source?: string }, cmd: Command) => {
      await cli.allow('inventory.import');
      const key = opts.source === undefined ? undefined : (givenSourceKey(opts.source) ?? '');
      const items = await listMappings((await cli.db()).db, key);
      if (cli.json(cmd)) {
        process.stdout.write(`${JSON.stringify(items, null, 2)}\n`);
        return;
      }
      process.stdout.write(
        formatTable(
          [
            'head.id',
            'head.source',
            'head.field',
            'head.value',
            'head.meaning',
            'head.set_by',
            'head.set_at',
          ].map((k) => cli.say(k as never)),
          items.map((m) => [m.id, m.source, m.field, m.value, m.meaning, m.setBy, m.setAt.slice(0, 10)]),
        ),
      );
      process.stdout.write(`${cli.say('values.count', { count: items.length })}\n`);
    });

  values
    .command('forget')
    .description(cli.say('cmd.presences.values.forget'))
    .argument('<id>')
    .action(async (id: string) => {
      const access = await cli.allow('inventory.import');
      const m = await forgetMapping((await cli.db()).db, readId(id, 'mapping'), access.actor);
      process.stdout.write(
        `${cli.say('values.forgotten', { field: m.field, value: m.value, meaning: m.meaning, source: m.source })}\n`,
      );
    });
}
