import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { localiseError, localiseIssue } from '../messages';
import { invalidInput, parseInput, zodDetailFr } from './http';

const schema = z
  .object({
    name: z.string().trim().min(1).max(5),
    email: z.string().email(),
    count: z.number().int(),
    role: z.enum(['admin', 'analyst']),
    login: z.string().regex(/^[a-z]+$/, 'letters only'),
  })
  .strict();

function issuesOf(input: unknown) {
  const r = schema.safeParse(input);
  if (r.success) throw new Error('expected issues');
  return r.error.issues;
}

describe('validation errors, in the reader’s language', () => {
  it('says zod’s own messages in French, keeps a schema’s own words, and names each field', () => {
    const issues = issuesOf({
      name: 'abcdefgh',
      email: 'x',
      count: 'many',
      role: 'boss',
      login: 'A1',
      extra: 1,
    });
    const fr = Object.fromEntries(issues.map((i) => [String(i.path[0] ?? '(body)'), zodDetailFr(i)]));
    expect(fr.name).toMatch(/^Trop grand/);
    expect(fr.email).toMatch(/adresse e-mail invalide/i);
    // The input is gone from the issue: what was received is read back from the English message.
    expect(fr.count).toMatch(/nombre attendu, chaîne de caractères reçu/);
    expect(fr.role).toMatch(/^Option invalide/);
    expect(fr.login).toBe('letters only');
    expect(fr['(body)']).toMatch(/^Clé non reconnue/);

    const e = invalidInput(issues);
    expect(e.kind).toBe('invalid');
    expect(localiseError(e, 'en')).toContain('name: Too big');
    expect(localiseError(e, 'fr')).toContain('name : Trop grand');
    expect(localiseIssue(e.issues[0]!, 'fr').message).toMatch(/^name : Trop grand/);
    expect(localiseIssue(e.issues[0]!, 'en').message).toMatch(/^name: Too big/);
  });

  it('returns the parsed input, or throws the same error the API answers', () => {
    expect(
      parseInput(schema, { name: ' Zoé ', email: 'z@example.org', count: 2, role: 'analyst', login: 'zoe' }),
    ).toMatchObject({ name: 'Zoé' });
    expect(() => parseInput(schema, {})).toThrow(/The request is not valid: name: /);
  });
});
