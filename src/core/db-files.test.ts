// Finding 10 of the penetration test: the SQLite database was created 0644 (the key file beside it is
// 0600). The database, its -wal and -shm files and the folder created for it are now the owner's only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeNewKeyFile } from '../trust/vault/keys';
import { createDb, migrate } from './db';

const modeOf = (p: string) => fs.statSync(p).mode & 0o777;

let tmp: string;
const umask = process.umask();
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-modes-'));
});
afterEach(() => {
  process.umask(umask);
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe.skipIf(process.platform === 'win32')('file modes of the SQLite database', () => {
  for (const mask of [0o022, 0o002, 0o000]) {
    it(`creates the folder 0700 and the files 0600, whatever the umask (${mask.toString(8).padStart(3, '0')})`, async () => {
      process.umask(mask);
      const dir = path.join(tmp, `new-${mask}`, 'data');
      const file = path.join(dir, 'vigie.db');
      const h = createDb(`sqlite:${file}`);
      await migrate(h);
      expect(modeOf(path.dirname(dir))).toBe(0o700);
      expect(modeOf(dir)).toBe(0o700);
      expect(modeOf(file)).toBe(0o600);
      // SQLite gives its write-ahead log and shared-memory files the database's own mode.
      expect(modeOf(`${file}-wal`)).toBe(0o600);
      expect(modeOf(`${file}-shm`)).toBe(0o600);
      await h.close();
    });
  }

  it('narrows files an older version left readable by others; leaves an existing folder alone', async () => {
    const dir = path.join(tmp, 'old');
    fs.mkdirSync(dir, { mode: 0o755 });
    fs.chmodSync(dir, 0o755);
    const file = path.join(dir, 'vigie.db');
    const first = createDb(`sqlite:${file}`);
    await migrate(first);
    await first.close();
    fs.chmodSync(file, 0o644);
    fs.writeFileSync(`${file}-wal`, '');
    fs.chmodSync(`${file}-wal`, 0o664);
    const h = createDb(`sqlite:${file}`);
    expect(modeOf(file)).toBe(0o600);
    expect(modeOf(`${file}-wal`)).toBe(0o600);
    expect(modeOf(dir)).toBe(0o755);
    await h.close();
  });

  it('keeps the development key file in a folder as closed as the database’s', () => {
    process.umask(0o022);
    const key = path.join(tmp, 'keys', 'vigie.master.key');
    writeNewKeyFile(key);
    expect(modeOf(key)).toBe(0o600);
    expect(modeOf(path.dirname(key))).toBe(0o700);
  });
});
