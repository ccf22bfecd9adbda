// The `vigie` command: composes each capability's commands.
import { Command } from 'commander';
import { EXIT_INVALID } from '../core/errors';
import { capabilityCommands } from './commands';
import { cliLocale, createCli, reportError } from './context';
import { startCommands } from './start';

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

startCommands(program, cli);
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
