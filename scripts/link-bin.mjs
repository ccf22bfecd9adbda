// npm links the bins of dependencies into node_modules/.bin, but not the project's own: this makes
// `npx vigie …` run this checkout's CLI after `npm install`, instead of looking for it on the registry.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const binDir = path.join(root, 'node_modules', '.bin');
const link = path.join(binDir, 'vigie');
fs.mkdirSync(binDir, { recursive: true });
try {
  fs.rmSync(link, { force: true });
  fs.symlinkSync(path.relative(binDir, path.join(root, 'bin', 'vigie.mjs')), link);
} catch (e) {
  console.warn(`Could not link node_modules/.bin/vigie: ${e.message}`);
}
