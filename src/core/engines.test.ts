// The Node.js versions Vigie supports are stated once, in package.json's "engines", and must be
// true: every installed dependency (direct or not) admits the lowest version of each part of that
// range, so that `npm install` on a supported Node warns about nothing, and the README says the same.
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  engines: { node: string };
};
const declared = pkg.engines.node;

/** The lowest version of each `||` part: `^20.19.0 || >=22.12.0` → 20.19.0, 22.12.0. */
function lowestVersions(range: string): string[] {
  return new semver.Range(range).set.map((comparators) => {
    const min = semver.minVersion(comparators.map((c) => c.value).join(' '));
    if (!min) throw new Error(`engines.node "${range}" admits no version`);
    return min.version;
  });
}

interface Installed {
  name: string;
  version: string;
  dir: string;
  node: string;
}

/** Every package under node_modules, nested ones included, that states a Node range. */
function installed(dir: string, out: Installed[] = []): Installed[] {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir)) {
    if (entry.startsWith('.')) continue;
    const full = path.join(dir, entry);
    if (entry.startsWith('@')) {
      installed(full, out);
      continue;
    }
    const manifest = path.join(full, 'package.json');
    if (fs.existsSync(manifest)) {
      const m = JSON.parse(fs.readFileSync(manifest, 'utf8')) as {
        name?: string;
        version?: string;
        engines?: { node?: unknown };
      };
      if (typeof m.engines?.node === 'string' && m.engines.node.trim())
        out.push({ name: m.name ?? entry, version: m.version ?? '?', dir: full, node: m.engines.node });
    }
    installed(path.join(full, 'node_modules'), out);
  }
  return out;
}

it('states one valid Node.js range, which the Node running this test is in', () => {
  expect(semver.validRange(declared)).not.toBeNull();
  expect(lowestVersions(declared)).toEqual(['20.19.0', '22.12.0']);
  expect(semver.satisfies(process.versions.node, declared)).toBe(true);
});

it('has every installed dependency admit the lowest version of each part of that range', () => {
  const packages = installed(path.join(root, 'node_modules'));
  expect(packages.length).toBeGreaterThan(50);
  const refusing = packages.flatMap((p) =>
    lowestVersions(declared)
      .filter((v) => !semver.satisfies(v, p.node, { includePrerelease: true }))
      .map((v) => `${p.name}@${p.version} (${path.relative(root, p.dir)}) wants node ${p.node}, not ${v}`),
  );
  expect(refusing).toEqual([]);
});

it('is the range the README and the lock file state', () => {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  expect(readme).toContain(`\`${declared}\``);
  const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { engines?: { node?: string } }>;
  };
  expect(lock.packages['']?.engines?.node).toBe(declared);
});
