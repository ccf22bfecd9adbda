// Components ask for data through their capability's queries.ts (or queries/…): query keys, fetchers,
// writes and what they refetch live there, so that a key changed in one place cannot leave another
// page's refetch behind. This test keeps it so.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

/** Where data access belongs: the HTTP door itself, and each capability's queries. */
function allowed(path: string): boolean {
  return (
    path === 'app/api.ts' ||
    path === 'app/mutations.ts' ||
    /(^|\/)queries\.ts$/.test(path) ||
    /(^|\/)queries\/[^/]+\.ts$/.test(path) ||
    /\.test\.tsx?$/.test(path)
  );
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

const DATA_HOOKS = new Set([
  'useQuery',
  'useQueries',
  'useInfiniteQuery',
  'useSuspenseQuery',
  'useMutation',
  'useQueryClient',
]);
const FETCHERS = new Set(['api', 'postForm', 'putFile']);

/** The names a file imports from modules matching `from`, leaving out type-only imports. */
function imported(text: string, from: (module: string) => boolean): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s*from\s*'([^']+)'/g)) {
    if (m[1] || !from(m[3] ?? '')) continue;
    for (const part of (m[2] ?? '').split(',')) {
      const name = part.trim();
      if (name && !name.startsWith('type ')) out.push(name.split(/\s+as\s+/)[0] ?? name);
    }
  }
  return out;
}

/** What a source does that belongs in a queries.ts. */
function dataAccessIn(text: string): string[] {
  const found = [
    ...imported(text, (m) => m === '@tanstack/react-query').filter((n) => DATA_HOOKS.has(n)),
    ...imported(text, (m) => /(^|\/)app\/api$|^\.\/api$/.test(m)).filter((n) => FETCHERS.has(n)),
  ];
  if (/['`]\/api\//.test(text)) found.push('an /api/ address');
  return found;
}

describe('data access', () => {
  it('is found where it is written', () => {
    expect(dataAccessIn("import { useMutation, useQuery } from '@tanstack/react-query';")).toEqual([
      'useMutation',
      'useQuery',
    ]);
    expect(dataAccessIn("import { ApiError, api } from '../app/api';")).toEqual(['api']);
    expect(dataAccessIn("import { type ApiIssue, postForm } from '../../app/api';")).toEqual(['postForm']);
    expect(dataAccessIn('const href = `/api/log/export`;')).toEqual(['an /api/ address']);
    // Types, the error class and the client's provider are no data access.
    expect(dataAccessIn("import type { UseQueryResult } from '@tanstack/react-query';")).toEqual([]);
    expect(dataAccessIn("import { QueryClient, QueryClientProvider } from '@tanstack/react-query';")).toEqual(
      [],
    );
    expect(dataAccessIn("import { ApiError, type ApiIssue } from '../app/api';")).toEqual([]);
  });

  it('stays in the queries of each capability', () => {
    const offenders = sources(ROOT)
      .map((file) => relative(ROOT, file).split('\\').join('/'))
      .filter((path) => !allowed(path))
      .map((path) => ({ path, found: dataAccessIn(readFileSync(join(ROOT, path), 'utf8')) }))
      .filter((o) => o.found.length > 0);
    expect(offenders).toEqual([]);
  });
});
