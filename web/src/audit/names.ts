// How the audit names a presence in its tables, drawer and plan: its name, else its handle, else its
// address (pure, so that the review's order can be tested without the app around it).
import type { PresenceSnapshot } from '../../../src/audit/model';

export function presenceName(p: Pick<PresenceSnapshot, 'name' | 'handle' | 'url'>): string {
  return p.name ?? (p.handle ? `@${p.handle.replace(/^@/, '')}` : p.url);
}
