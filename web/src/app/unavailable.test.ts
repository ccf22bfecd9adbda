// A page whose object is unknown or out of the reader's scope (404, the same answer for both) or
// refused to the role (403) says so and leads back, never "Something went wrong" (issue 12).
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { ApiError } from './api';
import { BACK_TO, UNAVAILABLE_KINDS, unavailableOf } from './unavailable';

const answer = (status: number, code: string) => new ApiError(status, 'x', code, 'message');

describe('an answer that the object is out of reach', () => {
  it('is told from a failure, with the kind of object the API names', () => {
    expect(unavailableOf(answer(404, 'presence.not_found'))).toEqual({ kind: 'presence', status: 404 });
    expect(unavailableOf(answer(404, 'audit.not_found'))).toEqual({ kind: 'audit', status: 404 });
    expect(unavailableOf(answer(404, 'unit.not_found'))).toEqual({ kind: 'unit', status: 404 });
    expect(unavailableOf(answer(404, 'person.not_found'))).toEqual({ kind: 'person', status: 404 });
    expect(unavailableOf(answer(404, 'reassignment.not_found'))).toEqual({ kind: 'other', status: 404 });
    expect(unavailableOf(answer(403, 'access.forbidden'))).toEqual({ kind: 'other', status: 403 });
  });

  it('is not a failure of the server or the network, which keep their message and retry', () => {
    expect(unavailableOf(answer(500, 'internal'))).toBeNull();
    expect(unavailableOf(answer(0, 'network'))).toBeNull();
    expect(unavailableOf(answer(409, 'presence.stale'))).toBeNull();
    expect(unavailableOf(new Error('boom'))).toBeNull();
    expect(unavailableOf(null)).toBeNull();
  });

  it('is worded in both languages, without telling "unknown" from "outside your scope"', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { en: { translation: en }, fr: { translation: fr } }, lng: 'en' });
    const say = { en: i18n.getFixedT('en'), fr: i18n.getFixedT('fr') };
    expect(say.en('unavailable.title.presence')).toBe(
      'This presence does not exist, or is outside what you can see',
    );
    expect(say.fr('unavailable.title.presence')).toBe(
      'Cette présence n’existe pas, ou sort de ce que vous pouvez voir',
    );
    for (const lang of ['en', 'fr'] as const)
      for (const kind of UNAVAILABLE_KINDS) {
        for (const key of [`unavailable.title.${kind}`, `unavailable.back.${kind}`] as const) {
          const text = say[lang](key);
          expect(text, `${lang} ${key}`).not.toBe(key);
          expect(text).not.toMatch(/went wrong|problème est survenu/i);
        }
        expect(BACK_TO[kind]).toMatch(/^\//);
      }
  });
});
