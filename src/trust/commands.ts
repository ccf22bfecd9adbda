// `vigie user list|add|grant|revoke|reset-password|unlock|disable|enable`. On a database without any
// user, `vigie user add … --role admin` creates the first admin (its local operator may do anything).
import type { Command } from 'commander';
import { type Cli, formatTable } from '../cli/context';
import { type GrantRow, ROLES } from '../core/access';
import type { Db } from '../core/db';
import { Invalid, NotFound } from '../core/errors';
import { readId } from '../core/ids';
import { t } from '../messages';
import { RegistryService } from '../registry/service';
import { passwordSchema, type Role, type User } from './model';
import { TrustService } from './service';
import * as store from './store';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export function userCommands(program: Command, cli: Cli): void {
  const say = (key: string, params: Record<string, string | number> = {}) => t(cli.locale, key, params);
  const user = program.command('user').description(say('user.cli.cmd'));
  const service = async () => new TrustService(await cli.db());

  const byLogin = async (h: Db, login: string): Promise<User> => {
    const row = await store.userByLogin(h.db, login);
    if (!row) throw new NotFound('user.cli.unknown', `No user with the login "${login}".`, { login });
    return (await service()).user(row.id);
  };

  /** A role with its scope from the options, checked like the API checks it. */
  const grantFrom = async (
    h: Db,
    role: string,
    opts: { unit?: string; presence?: string[] },
  ): Promise<GrantRow[]> => {
    if (!(ROLES as readonly string[]).includes(role)) {
      throw new Invalid('request.invalid', `Unknown role "${role}": ${ROLES.join(', ')}.`, {
        details: `role: ${ROLES.join(' | ')}`,
      });
    }
    const unitId = opts.unit ? (await new RegistryService(h).unitByName(opts.unit)).id : null;
    const presences = (opts.presence ?? []).map((given) => readId(given, 'presence'));
    const input = presences.length
      ? presences.map((presenceId) => ({ role: role as Role, presenceId }))
      : [{ role: role as Role, unitId }];
    return (await service()).checkGrants(h.db, input);
  };

  const collect = (v: string, prev: string[] = []) => [...prev, v];

  user
    .command('list')
    .description(say('user.cli.cmd.list'))
    .option('--json')
    .action(async (_o: unknown, cmd: Command) => {
      await cli.allow('users.manage');
      const users = await (await service()).list();
      if (cli.json(cmd)) {
        process.stdout.write(`${JSON.stringify(users, null, 2)}\n`);
        return;
      }
      process.stdout.write(
        formatTable(
          ['login', 'name', 'roles', 'status', 'last'].map((k) => say(`user.cli.head.${k}`)),
          users.map((u) => [
            u.login,
            u.name,
            u.grants
              .map(
                (g) =>
                  `${say(`trust.role.${g.role}`)}${g.unit ? ` (${g.unit})` : g.presence ? ` (${g.presence})` : ''}`,
              )
              .join(', '),
            u.throttledUntil ? say('user.cli.status.throttled') : say(`user.cli.status.${u.status}`),
            u.lastSignInAt?.slice(0, 16).replace('T', ' ') ?? '',
          ]),
        ),
      );
    });

  user
    .command('add')
    .description(say('user.cli.cmd.add'))
    .argument('<login>')
    .requiredOption('--name <name>', say('user.cli.opt.name'))
    .option('--email <email>', say('user.cli.opt.email'))
    .option('--person <id>', say('user.cli.opt.person'))
    .option('--role <role>', say('user.cli.opt.role'))
    .option('--unit <name>', say('user.cli.opt.unit'))
    .option('--presence <id>', say('user.cli.opt.presence'), collect)
    .option('--password-stdin', say('user.cli.opt.password_stdin'))
    .option('--json')
    .action(
      async (
        login: string,
        opts: {
          name: string;
          email?: string;
          person?: string;
          role?: string;
          unit?: string;
          presence?: string[];
          passwordStdin?: boolean;
        },
        cmd: Command,
      ) => {
        const access = await cli.allow('users.manage');
        const h = await cli.db();
        const grants = opts.role ? await grantFrom(h, opts.role, opts) : [];
        let password: string | undefined;
        if (opts.passwordStdin) {
          const parsed = passwordSchema.safeParse(await readStdin());
          if (!parsed.success) {
            throw new Invalid('request.invalid', 'The password must have 12 to 200 characters.', {
              details: 'password: 12–200 characters',
            });
          }
          password = parsed.data;
        }
        const r = await (await service()).create(access, {
          login,
          name: opts.name,
          email: opts.email ?? null,
          personId: opts.person !== undefined ? readId(opts.person, 'person') : null,
          password,
          grants,
        });
        if (cli.json(cmd)) {
          process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
          return;
        }
        process.stdout.write(`${say('user.cli.created', { login: r.user.login, id: r.user.id })}\n`);
        if (r.temporaryPassword) {
          process.stdout.write(`${say('user.cli.temporary', { password: r.temporaryPassword })}\n`);
        }
      },
    );

  for (const [name, revoke] of [
    ['grant', false],
    ['revoke', true],
  ] as const) {
    user
      .command(name)
      .description(say(`user.cli.cmd.${name}`))
      .argument('<login>')
      .requiredOption('--role <role>', say('user.cli.opt.role'))
      .option('--unit <name>', say('user.cli.opt.unit'))
      .option('--presence <id>', say('user.cli.opt.presence'), collect)
      .action(async (login: string, opts: { role: string; unit?: string; presence?: string[] }) => {
        const access = await cli.allow('users.manage');
        const h = await cli.db();
        const u = await byLogin(h, login);
        const given = await grantFrom(h, opts.role, opts);
        const same = (a: GrantRow, b: GrantRow) =>
          a.role === b.role && a.unitId === b.unitId && a.presenceId === b.presenceId;
        const current: GrantRow[] = u.grants.map((g) => ({
          role: g.role,
          unitId: g.unitId,
          presenceId: g.presenceId,
        }));
        const next = revoke
          ? current.filter((g) => !given.some((x) => same(g, x)))
          : [...current, ...given.filter((x) => !current.some((g) => same(g, x)))];
        await (await service()).patch(access, u.id, { grants: next });
        process.stdout.write(`${say('user.cli.updated', { login: u.login })}\n`);
      });
  }

  user
    .command('reset-password')
    .description(say('user.cli.cmd.reset'))
    .argument('<login>')
    .action(async (login: string) => {
      const access = await cli.allow('users.manage');
      const u = await byLogin(await cli.db(), login);
      const r = await (await service()).resetPassword(access, u.id);
      process.stdout.write(`${say('user.cli.temporary', { password: r.temporaryPassword })}\n`);
    });

  user
    .command('unlock')
    .description(say('user.cli.cmd.unlock'))
    .argument('<login>')
    .action(async (login: string) => {
      const access = await cli.allow('users.manage');
      const u = await byLogin(await cli.db(), login);
      await (await service()).unlock(access, u.id);
      process.stdout.write(`${say('user.cli.updated', { login: u.login })}\n`);
    });

  for (const [name, status] of [
    ['disable', 'disabled'],
    ['enable', 'active'],
  ] as const) {
    user
      .command(name)
      .description(say(`user.cli.cmd.${name}`))
      .argument('<login>')
      .action(async (login: string) => {
        const access = await cli.allow('users.manage');
        const u = await byLogin(await cli.db(), login);
        await (await service()).patch(access, u.id, { status });
        process.stdout.write(`${say('user.cli.updated', { login: u.login })}\n`);
      });
  }
}
