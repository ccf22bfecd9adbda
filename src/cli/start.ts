// `vigie start`: checks the environment, migrates, opens the vault, loads the demo organisation when
// that is allowed (src/demo/policy.ts), serves, and stops gracefully on SIGTERM or SIGINT.
import type { Command } from 'commander';
import { loadConfig } from '../core/config';
import { fill } from '../core/i18n';
import { createLogger, logFormatFromEnv, logLevelFromEnv } from '../core/logger';
import { loadDemo } from '../demo/loader';
import { checkDemoRequest, demoRequest, isProduction, startDemoDecision } from '../demo/policy';
import * as store from '../registry/store';
import { type RunningServer, startServer } from '../server/main';
import { shutdownTimeoutFromEnv } from '../server/shutdown';
import { buildWeb, ensureWeb } from '../server/web';
import { DEMO_PASSWORD, demoLogins } from '../trust/demo';
import { temporaryPassword } from '../trust/passwords';
import { countUsers } from '../trust/store';
import { openVault } from '../trust/vault/vault';
import { mailConfigFrom } from '../work/mail';
import { workMessages } from '../work/messages';
import { type ReminderTimer, remindHourFrom, startReminderTimer } from '../work/remind';
import type { Cli } from './context';

interface StartOptions {
  port?: string;
  host?: string;
  /** --demo (true), --no-demo (false), neither (undefined). */
  demo?: boolean;
  json?: boolean;
}

export function startCommands(program: Command, cli: Cli): void {
  program
    .command('start')
    .description(cli.say('cmd.start'))
    .option('--port <n>', cli.say('opt.port'))
    .option('--host <address>', cli.say('opt.host'))
    .option('--demo', cli.say('opt.demo'))
    .option('--no-demo', cli.say('opt.no_demo'))
    .option('--json', cli.say('opt.json'))
    .action((opts: StartOptions) => start(cli, opts));

  program
    .command('build-web')
    .description(cli.say('cmd.build_web'))
    .action(async () => {
      await buildWeb((l) => process.stdout.write(`${l}\n`));
    });
}

async function start(cli: Cli, opts: StartOptions): Promise<void> {
  // With --json, one JSON line per event, for scripts that wait for the server to be ready.
  const say = (event: Record<string, unknown>, text: string) =>
    process.stdout.write(`${opts.json ? JSON.stringify(event) : text}\n`);
  const env = process.env;
  // A bad value in the environment stops the start, naming the variable, before anything is opened.
  const config = loadConfig(env);
  const production = isProduction(env);
  const demo = demoRequest(opts.demo, env);
  checkDemoRequest(demo, production);
  const shutdownMs = shutdownTimeoutFromEnv(env);
  // Task reminders by e-mail when SMTP is configured (src/work/remind.ts); checked here like the rest.
  const mail = mailConfigFrom(env);
  const remindHour = remindHourFrom(env);
  let reminders: ReminderTimer | undefined;
  const logger = createLogger({
    level: logLevelFromEnv(env),
    format: logFormatFromEnv(env, Boolean(process.stdout.isTTY)),
  });

  // Handled from the start: a stop during the migrations or the demo's load leaves their transaction
  // uncommitted (nothing of it is kept); once serving, the stop is graceful (src/server/shutdown.ts).
  let server: RunningServer | undefined;
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    // A second signal (Ctrl+C again) does not wait: what is not committed is discarded.
    if (stopping || !server) process.exit(stopping ? 1 : 0);
    stopping = true;
    reminders?.stop();
    const running = server.runningImports;
    say(
      { event: 'stopping', signal, imports: running, timeoutSeconds: shutdownMs / 1000 },
      cli.say('start.stopping' as never, { imports: running, seconds: shutdownMs / 1000 }),
    );
    const r = await server.shutdown(shutdownMs);
    if (r.abandoned) {
      // The database is not closed under a running transaction: leaving the process discards it.
      say(
        { event: 'stopped', abandoned: r.abandoned },
        cli.say('start.stopped_abandoned' as never, { imports: r.abandoned }),
      );
      process.exit(1);
    }
    await cli.close();
    say({ event: 'stopped', abandoned: 0 }, cli.say('start.stopped' as never));
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

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
  const decision = startDemoDecision(demo, {
    production,
    dialect: h.dialect,
    users: await countUsers(h.db),
    presences: await store.countPresences(h.db),
  });
  if (decision.load) {
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
  } else if (
    decision.reason === 'postgres' ||
    decision.reason === 'production' ||
    (decision.reason === 'has_users' && demo === true)
  ) {
    say(
      { event: 'demo-skipped', reason: decision.reason },
      cli.say(`start.demo_skipped.${decision.reason}` as never),
    );
  }

  const setupCode = temporaryPassword();
  server = await startServer({
    db: h,
    port: opts.port ? Number(opts.port) : config.port,
    host: opts.host ?? config.host,
    setupCode,
    vault: opened.vault,
    logger,
  });
  say({ event: 'listening', url: server.url }, cli.say('start.listening', { url: server.url }));
  if (mail) {
    reminders = startReminderTimer(h, mail, { hour: remindHour, logger });
    say(
      { event: 'reminders', hourUtc: remindHour },
      fill(workMessages['work.start.reminders'][cli.locale], { hour: remindHour }, cli.locale),
    );
  }
  if ((await countUsers(h.db)) === 0) {
    // No user yet (a production start on an empty database): the one-time first-admin setup.
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

  // Keep running: the server holds the process open.
  await new Promise(() => {});
}
