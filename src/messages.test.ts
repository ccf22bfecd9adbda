// Over every server catalogue: plurals are written as plural forms (core/i18n.ts), never "(s)".
import { describe, expect, it } from 'vitest';
import { LOCALES, textForms } from './core/i18n';
import { catalogue, t } from './messages';

/** "presence(s)", "supprimé(e)(s)", "nouveau(x)", "ancien(ne)": not how a person writes. */
const SLASHED_PLURAL = /\p{L}\((?:s|es|x|e|ne|le|nes|les)\)/u;

describe('the server catalogues', () => {
  it('write plurals as plural forms, not "(s)"', () => {
    // "http(s)" names two schemes, it is not a plural.
    const found: string[] = [];
    for (const [key, entry] of Object.entries(catalogue))
      for (const locale of LOCALES)
        for (const text of textForms(entry[locale]))
          if (SLASHED_PLURAL.test(text.replaceAll('http(s)', 'https')))
            found.push(`${key} (${locale}): ${text}`);
    expect(found).toEqual([]);
  });

  it('give each plural its singular and plural, and French its form for millions', () => {
    let plurals = 0;
    for (const [key, entry] of Object.entries(catalogue))
      for (const locale of LOCALES) {
        const text = entry[locale];
        if (typeof text === 'string') continue;
        plurals++;
        for (const form of [text.one, text.other]) expect(form.trim(), `${key} ${locale}`).not.toBe('');
        if (locale === 'fr') expect(text.many?.trim(), `${key}: "1 000 000 de …"`).toBeTruthy();
      }
    expect(plurals).toBeGreaterThan(10);
  });

  it('render counts in each language’s plural: 1 presence, 2 presences, 0 présence', () => {
    expect(t('en', 'list.count', { count: 1 })).toBe('1 presence');
    expect(t('en', 'list.count', { count: 2 })).toBe('2 presences');
    expect(t('en', 'list.count', { count: 0 })).toBe('0 presences');
    expect(t('fr', 'list.count', { count: 0 })).toBe('0 présence');
    expect(t('fr', 'list.count', { count: 1 })).toBe('1 présence');
    expect(t('fr', 'list.count', { count: 2 })).toBe('2 présences');
    expect(t('fr', 'list.count', { count: 2000 })).toBe('2\u202f000 présences');
    expect(t('en', 'leavers.cli.scanned', { count: 1 })).toBe('Opened 1 new task.');
    expect(t('fr', 'leavers.cli.scanned', { count: 3 })).toBe('3 nouvelles tâches ouvertes.');
  });

  it('say "1 presence" when an audit of one presence is run (issue 12)', () => {
    const run = (count: number) => ({ id: '7', name: 'A', presences: count, kept: 1, count });
    expect(t('en', 'audit.cli.run_done', run(1))).toBe(
      'Audit 7 "A": 1 presence audited; kept once the recommendations are carried out: 1.',
    );
    expect(t('en', 'audit.cli.run_done', run(173))).toBe(
      'Audit 7 "A": 173 presences audited; kept once the recommendations are carried out: 1.',
    );
    expect(t('fr', 'audit.cli.run_done', run(1))).toBe(
      'Audit 7 « A » : 1 présence auditée ; conservées une fois les recommandations appliquées : 1.',
    );
  });
});
