// `vigie views list|delete`: the acting user's own saved views (--as), as the presences page's "Views"
// menu shows them; and `--view NAME` for `vigie presences list`, given to the registry's command
// where the CLI is composed (src/cli/commands.ts), so that the registry does not depend on views.
import type { Command } from 'commander';
import { type Cli, formatTable } from '../cli/context';
import type { Access } from '../core/access';
import { fill, type Params } from '../core/i18n';
import type { PresenceQuery } from '../registry/model';
import { viewsMessages as M, type ViewsMessageKey } from './messages';
import type { SavedView, ViewFilters } from './model';
import { ViewService } from './service';

/** The words for a view's filters: "platform: facebook · status: Abandoned". */
function describeFilters(f: ViewFilters, say: (key: ViewsMessageKey, params?: Params) => string, cli: Cli) {
  const parts: string[] = [];
  for (const key of ['q', 'platform', 'unitId', 'status', 'ownerId', 'risk'] as const) {
    const value = f[key];
    if (value === undefined) continue;
    const shown = key === 'status' ? cli.say(`status.${value}` as never) : String(value);
    parts.push(`${say(`views.cli.filter.${key}`)}: ${shown}`);
  }
  if (f.unitId && f.subUnits === 'true') parts.push(say('views.cli.filter.subUnits'));
  if (f.sort) {
    const dir = f.dir === 'desc' ? ` (${say('views.cli.filter.desc')})` : '';
    parts.push(`${say('views.cli.filter.sort')} ${f.sort}${dir}`);
  }
  return parts.length ? parts.join(' · ') : say('views.cli.no_filter');
}

export function viewsCommands(program: Command, cli: Cli): void {
  const locale = cli.locale;
  const say = (key: ViewsMessageKey, params: Params = {}) => fill(M[key][locale], params, locale);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const views = program.command('views').description(say('views.cli.cmd'));

  views
    .command('list')
    .description(say('views.cli.cmd.list'))
    .option('--json', say('views.cli.opt.json'))
    .action(async (_opts: unknown, cmd: Command) => {
      const access = await cli.access();
      const list = await new ViewService(await cli.db()).list(access, 'presences');
      if (cli.json(cmd)) {
        out(JSON.stringify(list, null, 2));
        return;
      }
      if (!list.length) {
        out(say('views.cli.none'));
        return;
      }
      process.stdout.write(
        formatTable(
          (['id', 'name', 'filters', 'columns', 'updated'] as const).map((k) => say(`views.cli.head.${k}`)),
          list.map((v: SavedView) => [
            v.id,
            v.name,
            describeFilters(v.filters, say, cli),
            v.columns ? v.columns.join(', ') : say('views.cli.all_columns'),
            v.updatedAt.slice(0, 10),
          ]),
        ),
      );
      out(say('views.cli.count', { count: list.length }));
    });

  views
    .command('delete')
    .description(say('views.cli.cmd.delete'))
    .argument('<view>', say('views.cli.arg.view'))
    .option('--json', say('views.cli.opt.json'))
    .action(async (nameOrId: string, _opts: unknown, cmd: Command) => {
      const access = await cli.access();
      const service = new ViewService(await cli.db());
      const view = await service.find(access, 'presences', nameOrId);
      await service.remove(access, view.id);
      if (cli.json(cmd)) out(JSON.stringify(view, null, 2));
      else out(say('views.cli.deleted', { name: view.name }));
    });
}

/** What `vigie presences list --view NAME` needs: the option's help, and the view's filters. */
export function savedViewOption(cli: Cli) {
  return {
    description: fill(M['views.cli.opt.view'][cli.locale], {}, cli.locale),
    async filters(access: Access, name: string): Promise<PresenceQuery> {
      const view = await new ViewService(await cli.db()).find(access, 'presences', name);
      return view.filters;
    },
  };
}
