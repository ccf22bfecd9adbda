// The commands as people run them: `vigie backup` says what it saved and that the master key is not
// in the file; `vigie restore` refuses what it cannot restore into, before touching anything.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { run } from '../cli/testing';
import { forEachDialect } from '../core/testing/dialects';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-ops-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

forEachDialect((t) => {
  it('backs up with a summary and the master key reminder, and refuses to overwrite', async () => {
    const out = path.join(dir, `cli-${t.dialect}.vigie`);
    const r = await run(t.h, ['backup', '--out', out]);
    expect(r.kind).toBeNull();
    expect(r.out).toContain(`Backup written to ${out}`);
    expect(r.out).toContain('schema 0');
    expect(r.out).toMatch(/SHA-256 [0-9a-f]{64}/);
    expect(r.out).toContain('which is NOT in this backup');
    expect(r.out).toContain('VIGIE_MASTER_KEY_FILE');
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);
    expect((await run(t.h, ['backup', '--out', out])).kind).toBe('conflict');
    const json = await run(t.h, ['backup', '--out', out, '--force', '--json']);
    expect(JSON.parse(json.out)).toMatchObject({ file: out, kind: t.dialect });
    // The restore's checks come first: an in-memory SQLite database has no file to replace; the
    // PostgreSQL database holds data (the backups' log entries), so it is kept without --force.
    const back = await run(t.h, ['restore', out]);
    expect(back.kind).toBe(t.dialect === 'sqlite' ? 'invalid' : 'conflict');
  });
});
