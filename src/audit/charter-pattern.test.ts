import { describe, expect, it } from 'vitest';
import { DEMO_CHARTER, DEMO_NAMES_OFF_CHARTER, demoOrganisation } from '../demo/organisation';
import {
  compileNamePattern,
  matchesNamePattern,
  NAME_PATTERN_MAX_LENGTH,
  NAME_PATTERN_MAX_SIZE,
  namePatternProblem,
} from './charter-pattern';
import { ruleSettingsSchema } from './model';
import { charterOf, DEFAULT_SETTINGS } from './rules';
import { parseSettings, settingsInvalid, storedSettings } from './settings-input';

const matches = (pattern: string, name: string) => {
  const compiled = compileNamePattern(pattern);
  expect(compiled, pattern).not.toBeNull();
  return matchesNamePattern(compiled!, name);
};

/** What RegExp made of a pattern (a function, so that the pattern is not a literal to parse). */
const asRegExp = (source: string) => () => new RegExp(source, 'u');

/** The issue the settings raise on the name pattern, in English and in French. */
function refusal(namePattern: string) {
  const input = { ...DEFAULT_SETTINGS, charter: { ...DEFAULT_SETTINGS.charter, namePattern } };
  const parsed = ruleSettingsSchema.safeParse(input);
  expect(parsed.success, namePattern).toBe(false);
  const error = settingsInvalid(parsed.error!.issues);
  const issue = error.issues.find((i) => i.field === 'charter.namePattern');
  expect(issue, namePattern).toBeDefined();
  return { error, issue: issue!, en: issue!.message, fr: `${issue!.field} : ${issue!.params?.detail_fr}` };
}

describe('the charter’s name pattern', () => {
  it('matches the pattern that backtracked for seconds, on a long name, at once', () => {
    // `^(a+)+$` took 5.7 s on 31 characters with RegExp, twice as long per character more.
    expect(matches('^(a+)+$', `${'a'.repeat(5000)}b`)).toBe(false);
    expect(matches('^(a+)+$', 'a'.repeat(5000))).toBe(true);
    const checked = charterOf(
      { name: `${'a'.repeat(5000)}b`, languages: [] },
      { ...DEFAULT_SETTINGS.charter, namePattern: '^(a+)+$' },
    );
    expect(checked.name).toBe(false);
  });

  it('gives the demo’s pattern the same answers as the RegExp it replaces, over the demo’s names', () => {
    const names = demoOrganisation()
      .presences.map((p) => p.name)
      .filter((n): n is string => typeof n === 'string');
    expect(names.length).toBeGreaterThan(100);
    const before = new RegExp(DEMO_CHARTER.namePattern, 'u');
    const pattern = compileNamePattern(DEMO_CHARTER.namePattern)!;
    const answers = names.map((n) => matchesNamePattern(pattern, n));
    expect(answers).toEqual(names.map((n) => before.test(n)));
    expect(answers.filter((a) => !a).length).toBeGreaterThanOrEqual(DEMO_NAMES_OFF_CHARTER);
  });

  it('is RE2, not RegExp: RE2’s own syntax works, case counts as before', () => {
    // Neither is valid for RegExp with the u flag: these answers can only come from re2js.
    expect(asRegExp('(?i)ombreval')).toThrow();
    expect(matches('(?i)ombreval', 'OMBREVAL Ouest')).toBe(true);
    expect(asRegExp('^\\pL+$')).toThrow();
    expect(matches('^\\pL+$', 'Vélomb')).toBe(true);
    // Without (?i), case counts, as it did; a pattern matches anywhere in the name, as test() did.
    expect(matches('^Ombreval', 'ombreval Ouest')).toBe(false);
    expect(matches('Ouest', 'Ombreval Ouest')).toBe(true);
    expect(matches('^.$', '😀')).toBe(true);
  });

  it('refuses backreferences and lookarounds, naming the field, in English and in French', () => {
    for (const [pattern, words] of [
      ['(Ombreval) \\1', ['backreferences', 'références arrière']],
      ['^(?=Ombreval)', ['lookarounds', 'assertion avant ou arrière']],
      ['(?<!Groupe )Ombreval', ['lookarounds', 'assertion avant ou arrière']],
    ] as const) {
      expect(namePatternProblem(pattern), pattern).not.toBeNull();
      expect(compileNamePattern(pattern)).toBeNull();
      const { error, en, fr } = refusal(pattern);
      expect(error.status).toBe(422);
      expect(en).toMatch(/^charter\.namePattern: The name pattern/);
      expect(en).toContain(words[0]);
      expect(fr).toMatch(/^charter\.namePattern : Le modèle de nom/);
      expect(fr).toContain(words[1]);
      expect(error.params.details_fr).toContain(words[1]);
    }
  });

  it('refuses a pattern that does not compile, saying where', () => {
    const { en, fr } = refusal('Ombreval (Ouest');
    expect(en).toContain('RE2 syntax');
    expect(en).toContain('“Ombreval (Ouest”');
    expect(fr).toContain('syntaxe RE2');
  });

  it('refuses a pattern too long or too complex to match quickly', () => {
    const long = refusal('a'.repeat(NAME_PATTERN_MAX_LENGTH + 1));
    expect(long.issue.field).toBe('charter.namePattern');
    expect(compileNamePattern('a'.repeat(NAME_PATTERN_MAX_LENGTH + 1))).toBeNull();
    // Linear still, but each character of a name would cost a thousand steps.
    const complex = refusal('(.*a){199}$');
    expect(complex.en).toContain(`at most ${NAME_PATTERN_MAX_SIZE}`);
    expect(complex.fr).toContain('trop complexe');
  });

  it('accepts the empty pattern (the charter does not ask) and ordinary ones', () => {
    for (const ok of ['', 'Ombreval|Vélomb', '^(Ombreval|Vélomb)( [A-Z][a-zé]+)*$', '^[\\p{Lu}]'])
      expect(namePatternProblem(ok), ok).toBeNull();
    expect(parseSettings(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps a pattern stored before patterns were RE2 visible, and every other setting', () => {
    const stored = JSON.stringify({
      ...DEFAULT_SETTINGS,
      dormantDays: 120,
      charter: { ...DEFAULT_SETTINGS.charter, namePattern: '^(?=Ombreval)' },
    });
    const settings = storedSettings(stored);
    expect(settings.dormantDays).toBe(120);
    expect(settings.charter.namePattern).toBe('^(?=Ombreval)');
    // The audit does not judge names with it.
    expect(charterOf({ name: 'Ombreval', languages: [] }, settings.charter).name).toBeNull();
    expect(storedSettings(JSON.stringify({ dormantDays: -1 }))).toEqual(DEFAULT_SETTINGS);
  });
});
