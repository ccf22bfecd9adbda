// The `vigie` command: composes each capability's commands.
import { Command } from 'commander';
import { loadConfig } from '../core/config';
import { EXIT_INVALID } from '../core/errors';
import { loadDemo } from '../demo/loader';
import * as store from '../registry/store';
import { startServer } from '../server/main';
import { buildWeb, ensureWeb } from '../server/web';
import { DEMO_PASSWORD, demoLogins } from '../trust/demo';
import { temporaryPassword } from '../trust/passwords';
import { countUsers } from '../trust/store';
import { openVault } from '../trust/vault/vault';
import { capabilityCommands } from './commands';
import { cliLocale, createCli, reportError } from './context';

// `vigie presences list | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const locale = cliLocale(process.argv);
const program = new Command('vigie');
const cli = createCli(program, locale);

program
  .description(cli.say('cli.description'))
  .option('--db <url>', cli.say('opt.db'))
  .option('--lang <lang>', cli.say('opt.lang'))
  .option('--as <name>', cli.say('opt.as'))
  .showHelpAfterError()
  .exitOverride();

program
  .command('start')
  .description(cli.say('cmd.start'))
  .option('--port <n>', cli.say('opt.port'))
  .option('--host <address>', cli.say('opt.host'))
  .option('--no-demo', cli.say('opt.no_demo'))
  .option('--json', cli.say('opt.json'))
  .action(async (opts: { port?: string; host?: string; demo: boolean; json?: boolean }) => {
    // With --json, one JSON line per event, for scripts that wait for the server to be ready.
    const say = (event: Record<string, unknown>, text: string) =>
      process.stdout.write(`${opts.json ? JSON.stringify(event) : text}\n`);
    const config = loadConfig();
    await ensureWeb(() => say({ event: 'building-web' }, cli.say('start.building')));
    const h = await cli.db();
    say(
      { event: 'database', target: h.describe, dialect: h.dialect },
      cli.say('start.database', { target: h.describe }),
    );
    // A master key that is missing (with secrets stored) or wrong stops the start: nothing is opened.
    const opened = await openVault(h);
    if (opened.createdKeyFile) {
      say(
        { event: 'vault-key-created', file: opened.createdKeyFile },
        cli.say('vault.cli.dev_key_created' as never, { file: opened.createdKeyFile }),
      );
    }
    if (opts.demo && (await store.countPresences(h.db)) === 0) {
      const r = await loadDemo(h);
      say(
        { event: 'demo-loaded', ...r },
        cli.say('start.demo_loaded', {
          name: r.organisation,
          presences: r.presences,
          units: r.units,
          people: r.people,
        }),
      );
    }
    const setupCode = temporaryPassword();
    const server = await startServer({
      db: h,
      port: opts.port ? Number(opts.port) : config.port,
      host: opts.host ?? config.host,
      setupCode,
      vault: opened.vault,
    });
    say({ event: 'listening', url: server.url }, cli.say('start.listening', { url: server.url }));
    if ((await countUsers(h.db)) === 0) {
      say(
        { event: 'setup', url: `${server.url}/setup?code=${setupCode}` },
        cli.say('start.setup' as never, { url: server.url, code: setupCode }),
      );
    } else {
      const logins = await demoLogins(h.db);
      if (logins.length) {
        say(
          { event: 'demo-logins', password: DEMO_PASSWORD, logins },
          [
            cli.say('start.demo_logins' as never, { password: DEMO_PASSWORD }),
            ...logins.map(
              (l) =>
                `  ${cli.say(`trust.role.${l.role}` as never).padEnd(22)} ${l.login.padEnd(40)} ${
                  l.scope && /^\d+$/.test(l.scope)
                    ? cli.say('trust.scope.presences' as never, { count: l.scope })
                    : l.scope
                }`,
            ),
          ].join('\n'),
        );
      }
    }
    const stop = async () => {
      await server.close();
      await cli.close();
      process.exit(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    // Keep running: the server holds the process open.
    await new Promise(() => {});
  });

program
  .command('build-web')
  .description(cli.say('cmd.build_web'))
  .action(async () => {
    await buildWeb((l) => process.stdout.write(`${l}\n`));
  });

capabilityCommands(program, cli);

try {
  await program.parseAsync(process.argv);
  await cli.close();
} catch (e) {
  const err = e as { code?: string; exitCode?: number };
  if (err.code?.startsWith('commander.')) {
    // Commander has printed the problem and the usage. Help and version end well; a missing or
    // unknown argument or option is invalid input, like any other (exit 2, not commander's 1).
    await cli.close();
    process.exit(err.exitCode ? EXIT_INVALID : 0);
  }
  const code = reportError(e, locale, process.argv.includes('--json'));
  await cli.close().catch(() => {});
  process.exit(code);
}
