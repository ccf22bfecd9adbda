// A Vite plugin that writes a Brotli (`.br`) and a gzip (`.gz`) copy beside each built asset worth
// compressing, so that the server sends them as they are (serveStatic's `precompressed`, see
// src/server/main.ts) instead of compressing each response again, or sending 600 kB of JavaScript raw.
// Brotli at its highest quality: it runs once per build, and every visit gains from it.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Text assets only: images and fonts are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map)$/;
/** Below this a compressed copy saves less than its own headers cost. */
const MIN_BYTES = 1024;

/** Writes `file.br` and `file.gz` beside every compressible file of `dir` (recursively); how many. */
export function precompressDir(dir: string): number {
  let written = 0;
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    const st = statSync(file);
    if (st.isDirectory()) {
      written += precompressDir(file);
      continue;
    }
    if (!COMPRESSIBLE.test(name) || st.size < MIN_BYTES) continue;
    const raw = readFileSync(file);
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(raw, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        },
      }),
    );
    writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
    written++;
  }
  return written;
}

export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'vigie-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    // Only the hashed assets: index.html is served with a fresh nonce each time (src/server/csp.ts).
    closeBundle() {
      precompressDir(join(outDir, 'assets'));
    },
  };
}
