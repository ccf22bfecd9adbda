// What every command shares: the database (opened and migrated on first use), the language,
// the acting person, and how results and errors are printed.
import os from 'node:os';
import type { Command } from 'commander';
import { type Access, buildAccess, operatorAccess, type Permission } from '../core/access';
import { loadConfig } from '../core/config';
import { createDb, type Db, migrate } from '../core/db';
import { EXIT_UNEXPECTED, Unauthenticated, VigieError } from '../core/errors';
import { type Locale, pickLocale } from '../core/i18n';
import { localiseError, localiseIssue, t } from '../messages';
import { countUsers, grantRows, unitTree, userByLogin } from '../trust/store';
import type { cliText } from './messages';

export interface Cli {
  locale: Locale;
  /** A CLI message in the chosen language. */
  say(key: keyof typeof cliText, params?: Record<string, string | number>): string;
  db(): Promise<Db>;
  close(): Promise<void>;
  /**
   * Who is acting: the user named by `--as <login>` (or VIGIE_AS), with their roles. A database
   * without any user yet is run by its local operator, who may do everything (first start).
   */
  access(): Promise<Access>;
  /** The acting user's access, after checking they hold the permission (Forbidden otherwise). */
  allow(permission: Permission): Promise<Access>;
  json(cmd: Command): boolean;
}

/** The language from `--lang`, then VIGIE_LANG, then the system's LANG. */
export function cliLocale(argv: string[], env: NodeJS.ProcessEnv = process.env): Locale {
  const i = argv.indexOf('--lang');
  const fromArg = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7);
  return pickLocale(fromArg, env.VIGIE_LANG, env.LC_ALL, env.LC_MESSAGES, env.LANG);
}

/**
 * `given`: a database already opened and migrated by the caller (tests running commands in-process),
 * used instead of `--db` and left open by `close`.
 */
export function createCli(program: Command, locale: Locale, given?: Db): Cli {
  let handle: Db | null = given ?? null;
  const globals = () => program.opts<{ db?: string; as?: string }>();
  return {
    locale,
    say: (key, params = {}) => t(locale, key, params),
    async db() {
      if (!handle) {
        const url = globals().db ?? loadConfig().databaseUrl;
        handle = createDb(url);
        await migrate(handle);
      }
      return handle;
    },
    async close() {
      if (given) return;
      await handle?.close();
      handle = null;
    },
    async access() {
      const h = await this.db();
      const as = (globals().as ?? process.env.VIGIE_AS ?? '').trim().toLowerCase();
      if ((await countUsers(h.db)) === 0) return operatorAccess(`cli:${safeUser()}`);
      if (!as) {
        throw new Unauthenticated(
          'cli.as_required',
          'This organisation has users: say who you are with --as <login> (or VIGIE_AS).',
        );
      }
      const user = await userByLogin(h.db, as);
      if (user?.status !== 'active') {
        throw new Unauthenticated('cli.unknown_user', `No active user with the login "${as}".`, {
          login: as,
        });
      }
      return buildAccess({
        userId: user.id,
        actor: user.login,
        personId: user.person_id,
        grants: await grantRows(h.db, user.id),
        units: await unitTree(h.db),
      });
    },
    async allow(permission) {
      const access = await this.access();
      access.require(permission);
      return access;
    },
    json(cmd) {
      return Boolean(cmd.optsWithGlobals<{ json?: boolean }>().json);
    },
  };
}

function safeUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'unknown';
  }
}

/** Prints an error the way a person (or, with --json, a program) can act on, and returns the exit code. */
export function reportError(e: unknown, locale: Locale, asJson: boolean): number {
  if (e instanceof VigieError) {
    const issues = e.issues.map((i) => localiseIssue(i, locale));
    const message = localiseError(e, locale);
    if (asJson) {
      process.stdout.write(
        `${JSON.stringify({ error: { kind: e.kind, code: e.code, message, issues } }, null, 2)}\n`,
      );
    } else {
      process.stderr.write(`${t(locale, 'cli.error_prefix')}${message}\n`);
      // An issue that only repeats the error itself adds nothing.
      const shown = issues.filter((i) => i.message !== message).slice(0, 200);
      for (const i of shown) {
        // A field its message already names is not named twice.
        const place = i.field && i.message.startsWith(i.field) ? { ...i, field: undefined } : i;
        process.stderr.write(`  ${where(place, locale)}${i.message}\n`);
      }
      if (issues.length > 200) {
        process.stderr.write(`  ${t(locale, 'cli.more_issues', { count: issues.length - 200 })}\n`);
      }
    }
    return e.exitCode;
  }
  const msg = e instanceof Error ? (e.stack ?? e.message) : String(e);
  process.stderr.write(`${t(locale, 'cli.error_prefix')}${msg}\n`);
  return EXIT_UNEXPECTED;
}

function where(i: { file?: string; line?: number; column?: string; field?: string }, locale: Locale): string {
  const parts: string[] = [];
  if (i.file) parts.push(i.file);
  if (i.line !== undefined) parts.push(`${locale === 'fr' ? 'ligne' : 'line'} ${i.line}`);
  if (i.column)
    parts.push(
      `${locale === 'fr' ? 'colonne' : 'column'} « ${i.column} »`
        .replace('« ', locale === 'fr' ? '« ' : '"')
        .replace(' »', locale === 'fr' ? ' »' : '"'),
    );
  else if (i.field) parts.push(i.field);
  return parts.length ? `${parts.join(', ')}: ` : '';
}

/** Plain aligned columns for terminals. */
export function formatTable(headers: string[], rows: (string | number | null | undefined)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map((v) => (v === null || v === undefined ? '' : String(v))))];
  const widths = headers.map((_, i) => Math.min(48, Math.max(...cells.map((r) => [...(r[i] ?? '')].length))));
  const pad = (s: string, w: number) => {
    const chars = [...s];
    return chars.length > w ? `${chars.slice(0, w - 1).join('')}…` : s + ' '.repeat(w - chars.length);
  };
  const lines = cells.map((r) =>
    r
      .map((v, i) => pad(v, widths[i]!))
      .join('  ')
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((w) => '─'.repeat(w)).join('  '));
  return `${lines.join('\n')}\n`;
}
