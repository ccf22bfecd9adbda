// Presences as choices in forms, one line each: the platform, the name (or the address), the handle.
import { useMemo } from 'react';
import type { Presence } from '../../../src/registry/model';
import { type PlatformDirectory, usePlatformDirectory } from './platforms';
import { usePresences } from './queries';

export function presenceChoiceLabel(
  p: Pick<Presence, 'platform' | 'name' | 'url' | 'handle'>,
  directory: PlatformDirectory,
): string {
  return [directory.name(p.platform), p.name ?? p.url, p.handle ? `@${p.handle.replace(/^@/, '')}` : null]
    .filter(Boolean)
    .join(' · ');
}

/** Every presence the reader may see; those in `keep` (id → name) stay while the list loads or if they left it. */
export function usePresenceOptions(keep: Map<number, string>) {
  const presences = usePresences({});
  const directory = usePlatformDirectory();
  return useMemo(() => {
    const out = new Map<string, string>();
    for (const p of presences.data?.items ?? []) out.set(String(p.id), presenceChoiceLabel(p, directory));
    for (const [id, name] of keep) if (!out.has(String(id))) out.set(String(id), name);
    return [...out].map(([value, label]) => ({ value, label }));
  }, [presences.data, directory, keep]);
}
