// The brand charter's name pattern (settings.charter.namePattern), in RE2 syntax, compiled and
// matched by re2js in time linear in the name. A backtracking RegExp let `^(a+)+$` hold the server
// for seconds on a 31-character name (security issue #10, finding 9). Shared with the web app.
import { RE2JS, RE2JSSyntaxException } from 're2js';

/** Longest pattern the settings accept, in characters. */
export const NAME_PATTERN_MAX_LENGTH = 200;
/**
 * Largest compiled program accepted. Matching is linear in the name, but each character may cost up
 * to the program's size: `(.*a){199}` stays linear and is still 40 times slower than any real charter.
 */
export const NAME_PATTERN_MAX_SIZE = 500;

export type NamePatternProblem =
  | {
      code:
        | 'audit.settings.bad_pattern'
        | 'audit.settings.pattern_backreference'
        | 'audit.settings.pattern_lookaround';
      params: { near: string };
    }
  | { code: 'audit.settings.pattern_too_complex'; params: { size: number; max: number } };

type Compiled =
  | { pattern: RE2JS; problem?: undefined }
  | { pattern?: undefined; problem: NamePatternProblem };

/** RE2 refuses what would need backtracking; say which feature, since "invalid escape" hides it. */
function syntaxProblem(e: unknown): NamePatternProblem {
  const near = e instanceof RE2JSSyntaxException ? (e.getPattern() ?? '').slice(0, 40) : '';
  if (/^\(\?<?[=!]/.test(near)) return { code: 'audit.settings.pattern_lookaround', params: { near } };
  if (/^\\([1-9]|k)/.test(near)) return { code: 'audit.settings.pattern_backreference', params: { near } };
  return { code: 'audit.settings.bad_pattern', params: { near } };
}

function compile(source: string): Compiled {
  let pattern: RE2JS;
  try {
    // No flag, as the RegExp(…, 'u') this replaces: case-sensitive (unless the pattern says `(?i)`),
    // code points rather than UTF-16 units, `^` and `$` at the ends of the name.
    pattern = RE2JS.compile(source);
  } catch (e) {
    return { problem: syntaxProblem(e) };
  }
  const size = pattern.programSize();
  if (size > NAME_PATTERN_MAX_SIZE)
    return {
      problem: { code: 'audit.settings.pattern_too_complex', params: { size, max: NAME_PATTERN_MAX_SIZE } },
    };
  return { pattern };
}

/** Why the settings refuse this pattern; null when they accept it (the empty pattern included). */
export function namePatternProblem(source: string): NamePatternProblem | null {
  return source ? (compile(source).problem ?? null) : null;
}

const CACHE = new Map<string, RE2JS | null>();

/**
 * The compiled pattern, once per distinct source; null when empty or refused (settings stored before
 * patterns were RE2 may hold one: the charter's name is then not judged).
 */
export function compileNamePattern(source: string): RE2JS | null {
  if (!source || source.length > NAME_PATTERN_MAX_LENGTH) return null;
  let pattern = CACHE.get(source);
  if (pattern === undefined) {
    pattern = compile(source).pattern ?? null;
    if (CACHE.size >= 100) CACHE.clear();
    CACHE.set(source, pattern);
  }
  return pattern;
}

/** Whether the pattern matches anywhere in the name, as RegExp.test did. */
export function matchesNamePattern(pattern: RE2JS, name: string): boolean {
  return pattern.test(name);
}
