// Runs one import in its own process, so its peak memory (maxRSS) is the import's alone.

import { operatorAccess } from '../src/core/access';
import { createDb, migrate } from '../src/core/db';
import { importPath } from '../src/imports/service';

const [url, dir] = process.argv.slice(2);
const h = createDb(url!);
await migrate(h);
const t0 = performance.now();
const r = await importPath(h, operatorAccess('bench'), dir!, { platform: 'x' });
const ms = performance.now() - t0;
await h.close();
process.stdout.write(
  `${JSON.stringify({ ms, posts: r.posts, added: r.added, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
