// `vigie presences …` and `vigie platforms …`.

import fs from 'node:fs';
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import { type Command, Option } from 'commander';
import { type Cli, formatTable } from '../cli/context';
import { type Access, scopeFilter } from '../core/access';
import { Invalid } from '../core/errors';
import { readId } from '../core/ids';
import { parseMapOption } from './inventory/columns';
import { writeCsv, writeJson, writeXlsx } from './inventory/export';
import { MAX_UPLOAD_MB } from './inventory/limits';
import { INVENTORY_FIELDS } from './inventory/model';
import { rollbackInventoryImport } from './inventory/rollback';
import { type ImportPhase, importInventory } from './inventory/service';
import { valueMappingCommands } from './inventory/value-commands';
import { MAPPABLE_FIELDS, parseValuesOption } from './inventory/valuemap';
import { PRESENCE_STATUSES, type PresenceQuery } from './model';
import { RegistryService } from './service';
import { PLATFORMS, platformName } from './urls/platforms';
import { resolveProfile } from './urls/resolve';

const MAX_INVENTORY_BYTES = MAX_UPLOAD_MB * 1024 * 1024;

function readInventoryFile(file: string): Uint8Array {
  let size: number;
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    size = st.size;
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new Invalid('file.unreadable', `Cannot read ${file}: ${reason}`, { file, reason }, [
      { file, code: 'file.unreadable', params: { file, reason }, message: `Cannot read ${file}: ${reason}` },
    ]);
  }
  if (size > MAX_INVENTORY_BYTES) {
    const params = { file, size: Math.round(size / 1024 / 1024), limit: MAX_INVENTORY_BYTES / 1024 / 1024 };
    throw new Invalid(
      'file.too_large',
      `${file} is ${params.size} MB; inventory files are limited to ${params.limit} MB.`,
      params,
      [
        {
          file,
          code: 'file.too_large',
          params,
          message: `${file} is ${params.size} MB; inventory files are limited to ${params.limit} MB.`,
        },
      ],
    );
  }
  return new Uint8Array(fs.readFileSync(file));
}

/**
 * `presences list --view NAME`: a saved view's filters (src/views, which depends on the registry, so
 * it is given here where the CLI is composed rather than imported).
 */
export interface SavedViewOption {
  description: string;
  filters(access: Access, name: string): Promise<PresenceQuery>;
}

export function registryCommands(
  program: Command,
  cli: Cli,
  options: { savedView?: SavedViewOption } = {},
): void {
  const presences = program.command('presences').description(cli.say('cmd.presences'));

  presences
    .command('import')
    .description(cli.say('cmd.presences.import'))
    .argument('<file>')
    .option('--map <mapping>', cli.say('opt.map', { fields: INVENTORY_FIELDS.join(', ') }))
    .option('--unit <name>', cli.say('opt.unit'))
    .option('--values <mapping>', cli.say('opt.values', { fields: MAPPABLE_FIELDS.join(', ') }))
    .option('--source <name>', cli.say('opt.source'))
    .option('--dry-run', cli.say('opt.dry_run'))
    .option('--skip-invalid', cli.say('opt.skip_invalid'))
    .option('--rejects <file>', cli.say('opt.rejects'))
    .addOption(new Option('--format <format>', cli.say('opt.format_in')).choices(['csv', 'xlsx', 'json']))
    .option('--json', cli.say('opt.json'))
    .action(async (file: string, opts: Record<string, string | boolean | undefined>, cmd: Command) => {
      const json = cli.json(cmd);
      const access = await cli.allow('inventory.import');
      // Checked before the file is read: a mistyped mapping is named at once.
      const values = typeof opts.values === 'string' ? parseValuesOption(opts.values) : undefined;
      const bytes = readInventoryFile(file);
      const h = await cli.db();
      const bar =
        !json && process.stderr.isTTY ? new SingleBar({ format: ' {bar} {phase}', hideCursor: true }) : null;
      const labels: Record<ImportPhase, string> = {
        read: cli.say('import.reading'),
        plan: cli.say('import.planning'),
        write: cli.say('import.writing'),
      };
      bar?.start(3, 0, { phase: labels.read });
      let result: Awaited<ReturnType<typeof importInventory>>;
      try {
        result = await importInventory(
          h,
          access.actor,
          { name: path.basename(file), bytes },
          {
            map: typeof opts.map === 'string' ? parseMapOption(opts.map) : undefined,
            defaultUnit: typeof opts.unit === 'string' ? opts.unit : undefined,
            values,
            source: typeof opts.source === 'string' ? opts.source : undefined,
            skipInvalid: Boolean(opts.skipInvalid),
            selfPersonId: access.personId,
            dryRun: Boolean(opts.dryRun),
            format: opts.format as 'csv' | 'xlsx' | 'json' | undefined,
            onProgress: (phase, step) => bar?.update(step, { phase: labels[phase] }),
          },
        );
      } finally {
        bar?.stop();
      }
      let rejectsFile: string | undefined;
      if (result.rejects && !result.dryRun) {
        rejectsFile =
          typeof opts.rejects === 'string' ? opts.rejects : `${file.replace(/\.[^.]+$/, '')}.rejects.csv`;
        fs.writeFileSync(rejectsFile, `\ufeff${result.rejects}`);
      }
      if (json) {
        const { rejects: _omit, ...rest } = result;
        process.stdout.write(`${JSON.stringify({ ...rest, rejectsFile }, null, 2)}\n`);
        return;
      }
      const out: string[] = [
        cli.say('import.summary', {
          file: result.file,
          rows: result.rows,
          created: result.created,
          updated: result.updated,
          unchanged: result.unchanged,
          merged: result.merged,
          rejected: result.rejected,
        }),
      ];
      if (result.layout === 'wide') {
        const columns = result.platformColumns.map((c) => `"${c.header}" → ${platformName(c.platform)}`);
        out.push(cli.say('import.layout_wide', { columns: columns.join(', ') }));
      }
      if (result.newUnits.length) {
        out.push(
          cli.say('import.new_units', { count: result.newUnits.length, names: result.newUnits.join(', ') }),
        );
      }
      if (result.newPeople.length) {
        out.push(
          cli.say('import.new_people', {
            count: result.newPeople.length,
            names: result.newPeople.join(', '),
          }),
        );
      }
      // Names recognised without asking are told among the warnings, with how they were read.
      const mapped = result.values.filter((v) => v.meaning !== null && v.origin !== 'recognised');
      if (mapped.length) {
        out.push(cli.say('import.values_mapped', { source: result.source }));
        for (const v of mapped.slice(0, 50))
          out.push(
            `  ${cli.say('import.value_mapped', {
              field: v.field,
              value: v.value,
              meaning: v.meaning ?? '',
              count: v.count,
              origin:
                v.origin === 'remembered'
                  ? cli.say('import.origin_remembered', {
                      who: v.setBy ?? '',
                      when: (v.setAt ?? '').slice(0, 10),
                    })
                  : cli.say('import.origin_given'),
            })}`,
          );
      }
      if (result.mappingsRemembered)
        out.push(
          cli.say('import.mappings_remembered', { count: result.mappingsRemembered, source: result.source }),
        );
      if (result.warnings.length) {
        out.push(cli.say('import.warnings', { count: result.warnings.length }));
        for (const w of result.warnings.slice(0, 50))
          out.push(
            `  ${w.line !== undefined ? `${w.line}: ` : ''}${cli.locale === 'fr' ? cli.say(w.code as never, w.params ?? {}) : w.message}`,
          );
      }
      if (result.rejectedIssues.length) {
        for (const i of result.rejectedIssues.slice(0, 50))
          out.push(
            `  ${i.line ?? ''} ${i.column ?? i.field ?? ''}: ${cli.locale === 'fr' ? cli.say(i.code as never, i.params ?? {}) : i.message}`,
          );
      }
      if (rejectsFile) out.push(cli.say('import.rejects_written', { file: rejectsFile }));
      out.push(
        result.dryRun ? cli.say('import.dry_run') : cli.say('import.recorded', { id: result.importId ?? 0 }),
      );
      process.stdout.write(`${out.join('\n')}\n`);
    });

  valueMappingCommands(presences, cli);

  presences
    .command('rollback-import')
    .description(cli.say('cmd.presences.rollback_import'))
    .argument('<id>')
    .option('--json', cli.say('opt.json'))
    .action(async (id: string, _opts: unknown, cmd: Command) => {
      const access = await cli.allow('inventory.import');
      const importId = readId(id, 'id');
      const r = await rollbackInventoryImport(new RegistryService(await cli.db()), access, importId);
      if (cli.json(cmd)) {
        process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
        return;
      }
      const out = [
        cli.say('rollback_import.done', {
          id: r.importId,
          restored: r.presencesRestored,
          deleted: r.presencesDeleted,
          archived: r.presencesArchived,
          units: r.unitsDeleted,
          people: r.peopleDeleted,
        }),
      ];
      const kept = [...r.unitsKept, ...r.peopleKept];
      if (kept.length) out.push(cli.say('rollback_import.kept', { names: kept.join(', ') }));
      process.stdout.write(`${out.join('\n')}\n`);
    });

  presences
    .command('undo-bulk')
    .description(cli.say('cmd.presences.undo_bulk'))
    .argument('<batch>')
    .option('--json', cli.say('opt.json'))
    .action(async (batch: string, _opts: unknown, cmd: Command) => {
      const access = await cli.allow('presence.delete');
      const r = await new RegistryService(await cli.db()).undoBulk(access, batch);
      if (cli.json(cmd)) {
        process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${cli.say('undo_bulk.done', { count: r.restored })}\n`);
    });

  const list = presences
    .command('list')
    .description(cli.say('cmd.presences.list'))
    .option('--platform <id>', cli.say('opt.platform'))
    .option('--unit <name>', cli.say('opt.unit'))
    .addOption(
      new Option(
        '--status <status>',
        cli.say('opt.status', { statuses: PRESENCE_STATUSES.join(', ') }),
      ).choices(PRESENCE_STATUSES),
    )
    .option('--search <text>', cli.say('opt.search'));
  if (options.savedView) list.option('--view <name>', options.savedView.description);
  list.option('--json', cli.say('opt.json')).action(
    async (
      opts: {
        platform?: string;
        unit?: string;
        status?: PresenceQuery['status'];
        search?: string;
        view?: string;
      },
      cmd: Command,
    ) => {
      const registry = new RegistryService(await cli.db());
      const query: PresenceQuery = { platform: opts.platform, status: opts.status, q: opts.search };
      if (opts.unit) {
        query.unitId = (await registry.unitByName(opts.unit)).id;
        query.subUnits = 'true';
      }
      const access = await cli.allow('registry.read');
      // The view first; the options given beside it replace its value for the same filter.
      if (opts.view !== undefined && options.savedView) {
        const saved = await options.savedView.filters(access, opts.view);
        for (const [k, v] of Object.entries(query))
          if (v === undefined) delete query[k as keyof PresenceQuery];
        Object.assign(query, { ...saved, ...query });
      }
      const { items } = await registry.listPresences(query, scopeFilter(access.scope('registry.read')));
      if (cli.json(cmd)) {
        process.stdout.write(`${JSON.stringify(items, null, 2)}\n`);
        return;
      }
      process.stdout.write(
        formatTable(
          [
            'head.id',
            'head.platform',
            'head.handle',
            'head.name',
            'head.unit',
            'head.owner',
            'head.status',
          ].map((k) => cli.say(k as never)),
          items.map((p) => [
            p.id,
            p.platform,
            p.handle ?? p.url,
            p.name,
            p.unit,
            p.owner && p.ownerLeft ? cli.say('owner.left', { name: p.owner }) : p.owner,
            cli.say(`status.${p.status}` as never),
          ]),
        ),
      );
      process.stdout.write(`${cli.say('list.count', { count: items.length })}\n`);
    },
  );

  presences
    .command('export')
    .description(cli.say('cmd.presences.export'))
    .addOption(
      new Option('--format <format>', cli.say('opt.format_out'))
        .choices(['csv', 'xlsx', 'json'])
        .default('csv'),
    )
    .option('--out <file>', cli.say('opt.out'))
    .option('--json', cli.say('opt.json'))
    .action(async (opts: { format: 'csv' | 'xlsx' | 'json'; out?: string; json?: boolean }) => {
      const access = await cli.allow('export');
      const { items } = await new RegistryService(await cli.db()).listPresences(
        {},
        scopeFilter(access.scope('registry.read')),
      );
      const write = { csv: writeCsv, xlsx: writeXlsx, json: writeJson }[opts.format];
      const stream = opts.out ? fs.createWriteStream(opts.out) : process.stdout;
      // The writers end a file stream themselves; wait until it is on disk before saying so.
      const closed = opts.out
        ? new Promise<void>((resolve, reject) => stream.on('close', () => resolve()).on('error', reject))
        : null;
      await write(items, stream, { locale: cli.locale });
      if (opts.out) {
        await closed;
        if (opts.json) {
          process.stdout.write(
            `${JSON.stringify({ file: opts.out, format: opts.format, presences: items.length })}\n`,
          );
        } else
          process.stderr.write(`${cli.say('export.written', { count: items.length, file: opts.out })}\n`);
      }
    });

  presences
    .command('resolve')
    .description(cli.say('cmd.presences.resolve'))
    .argument('<url...>')
    .option('--platform <id>', cli.say('opt.platform'))
    .option('--json', cli.say('opt.json'))
    .action((urls: string[], opts: { platform?: string }, cmd: Command) => {
      const results = urls.map((input) => {
        const r = resolveProfile(input, opts.platform);
        return { input, ...(r ?? { platform: null, handle: null, url: null, key: null, kind: null }) };
      });
      if (cli.json(cmd)) {
        process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
        return;
      }
      process.stdout.write(
        formatTable(
          ['head.input', 'head.platform', 'head.handle', 'head.url'].map((k) => cli.say(k as never)),
          results.map((r) => [r.input, r.platform ?? cli.say('resolve.unknown'), r.handle, r.url]),
        ),
      );
    });

  const platforms = program.command('platforms').description(cli.say('cmd.platforms'));
  platforms
    .command('list')
    .description(cli.say('cmd.platforms.list'))
    .option('--json', cli.say('opt.json'))
    .action((_opts: unknown, cmd: Command) => {
      if (cli.json(cmd)) {
        process.stdout.write(`${JSON.stringify(PLATFORMS, null, 2)}\n`);
        return;
      }
      process.stdout.write(
        formatTable(
          ['head.id', 'head.name', 'head.state', 'head.hosts'].map((k) => cli.say(k as never)),
          PLATFORMS.map((p) => [
            p.id,
            p.name,
            p.alive
              ? cli.say('platforms.alive')
              : p.closedYear
                ? cli.say('platforms.dead', { year: String(p.closedYear) })
                : cli.say('platforms.dead_unknown'),
            p.hosts.join(' '),
          ]),
        ),
      );
    });
}
