// `vigie user …` checks what it is given as the API does: a hostile login or an endless name is
// refused naming the field, and nothing is stored.
import { expect, it } from 'vitest';
import { run } from '../cli/testing';
import { forEachDialect } from '../core/testing/dialects';

forEachDialect((t) => {
  it('refuses the logins and names the API refuses, naming the field, and stores nothing', async () => {
    const h = t.h;
    // The database has no user yet: the local operator creates the first admin.
    const first = await run(h, [
      'user',
      'add',
      'Admin@Ombreval.example',
      '--name',
      'Hélène',
      '--role',
      'admin',
    ]);
    expect(first.kind).toBeNull();
    const as = ['--as', 'admin@ombreval.example'];
    const refused: [string[], string][] = [
      [['user', 'add', '<script>@x', '--name', 'X'], 'login'],
      [['user', 'add', "x' OR 1=1; --", '--name', 'X'], 'login'],
      [['user', 'add', 'ok@ombreval.example', '--name', 'a'.repeat(5000)], 'name'],
      [['user', 'add', 'ok@ombreval.example', '--name', '   '], 'name'],
      [['user', 'add', 'ok@ombreval.example', '--name', 'X', '--email', 'not an address'], 'email'],
      [
        ['user', 'add', 'ok@ombreval.example', '--name', 'X', '--role', 'analyst', '--presence', 'abc'],
        'presence',
      ],
    ];
    for (const [args, field] of refused) {
      const r = await run(h, [...as, ...args]);
      expect(r.kind, args.join(' ')).toBe('invalid');
      expect(r.message, args.join(' ')).toContain(field);
    }
    const users = await h.db.selectFrom('users').select('login').execute();
    expect(users.map((u) => u.login)).toEqual(['admin@ombreval.example']);
    // A name of any script is data, kept as given.
    const kept = await run(h, [
      ...as,
      'user',
      'add',
      'robert@ombreval.example',
      '--name',
      `Robert'); DROP TABLE users;--`,
    ]);
    expect(kept.kind).toBeNull();
    const robert = await h.db
      .selectFrom('users')
      .select('name')
      .where('login', '=', 'robert@ombreval.example')
      .executeTakeFirst();
    expect(robert?.name).toBe(`Robert'); DROP TABLE users;--`);
  });
});
