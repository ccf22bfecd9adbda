// Which registry person or unit each cell of an import names, for the plan (./plan.ts): read as the
// registry writes it or matched without asking (./match.ts), read through what a person decided
// (`--values "person:A. Dumas=Aurélie Dumas"`, remembered per source), or asked ("did you mean…"),
// never created silently when a close one exists. Every value matched, decided or asked is counted
// for the preview. Pure: the registry comes in as lists.
import type { Issue } from '../../core/errors';
import { issueFrom, type Params } from '../../core/i18n';
import { nameKey } from '../../core/text';
import {
  type Candidate,
  type KnownPerson,
  type KnownUnit,
  type MatchHow,
  type MatchResult,
  PeopleMatcher,
  UnitMatcher,
} from './match';
import { MESSAGES } from './messages';
import type { PersonRef } from './model';
import { clip, printable, type SeenValue } from './rows';
import { IGNORE, type MatchField, NEW, type ValueMapping, valueKey, valuesOption } from './valuemap';

export type PersonRole = 'owner' | 'deputy' | 'custodian';

/** A value naming a person or a unit, as the preview lists it. */
export interface RefValue extends SeenValue {
  field: MatchField;
  /** Who or which unit it may mean, best first ("did you mean…"). */
  candidates: Candidate[];
  /** What it is read as now (null: a new one, left empty, or not decided yet). */
  target: Candidate | null;
  /** Read without asking, and how (words in another order, an acronym…); null otherwise. */
  recognised: MatchHow | null;
}

export type Resolution =
  | { kind: 'existing'; id: number; name: string }
  | { kind: 'new'; closest: Candidate | null }
  | { kind: 'ignore' }
  | { kind: 'refused'; issue: Issue };

/** What a value resolves to, whichever row it is on. */
type Outcome =
  | { kind: 'existing'; target: Candidate; recognised: MatchHow | null }
  | { kind: 'new'; closest: Candidate | null; decided: boolean }
  | { kind: 'ignore' }
  | { kind: 'ask'; candidates: Candidate[] }
  | { kind: 'unknown_meaning'; meaning: string; candidates: Candidate[] };

const SEEN_LINES = 5;

/** How a match is told, in each language. */
const HOW: Record<MatchHow, { en: string; fr: string }> = {
  same: { en: 'same name', fr: 'même nom' },
  email: { en: 'same e-mail address', fr: 'même adresse e-mail' },
  order: { en: 'same name, words in another order', fr: 'même nom, mots dans un autre ordre' },
  words: { en: 'same words', fr: 'mêmes mots' },
  alias: { en: 'another name of this unit', fr: 'autre nom de cette entité' },
  acronym: { en: 'acronym', fr: 'sigle' },
  initials: { en: 'initials', fr: 'initiales' },
  typo: { en: 'close spelling', fr: 'orthographe proche' },
  partial: { en: 'part of the name', fr: 'partie du nom' },
  email_name: { en: 'name of the e-mail address', fr: 'nom de l’adresse e-mail' },
  ambiguous: { en: 'several match', fr: 'plusieurs correspondent' },
};

/** A person or unit as a message names them: "Aurélie Dumas (has left)". */
function shown(c: Candidate): { en: string; fr: string } {
  return c.left
    ? { en: `${c.name} (has left)`, fr: `${c.name} (a quitté l’organisation)` }
    : { en: c.name, fr: c.name };
}

export interface ResolverOptions {
  people: readonly KnownPerson[];
  units: readonly KnownUnit[];
  /** What people said the file's names mean (`person` and `unit` entries of the value mappings). */
  decisions?: ValueMapping;
  /** The header of each column, for the preview and messages. */
  columns?: Partial<Record<'unit' | PersonRole, string>>;
  file?: string;
}

export class RefResolver {
  private readonly people: PeopleMatcher;
  private readonly units: UnitMatcher;
  private readonly outcomes = new Map<string, Outcome>();
  private readonly seen = new Map<string, RefValue>();
  private readonly headers = new Map<string, Set<string>>();
  /** New names close to a known one: one warning each. */
  private readonly close: Issue[] = [];
  private readonly closeSeen = new Set<string>();

  constructor(private readonly options: ResolverOptions) {
    this.people = new PeopleMatcher(options.people);
    this.units = new UnitMatcher(options.units);
  }

  /** The person a cell names (`undefined`: the row says nothing about them). */
  person(ref: PersonRef | undefined, role: PersonRole, line: number): Resolution | undefined {
    if (!ref || (!ref.name && !ref.email)) return undefined;
    const value = ref.name ?? ref.email!;
    const key = `person|${valueKey(value)}|${ref.email ?? ''}`;
    let outcome = this.outcomes.get(key);
    if (!outcome) {
      outcome = this.decide('person', value, () => this.people.match(ref));
      this.outcomes.set(key, outcome);
    }
    return this.resolve('person', role, value, outcome, line);
  }

  /** The unit a cell names. */
  unit(text: string | undefined, line: number): Resolution | undefined {
    if (text === undefined || !nameKey(text)) return undefined;
    const key = `unit|${valueKey(text)}`;
    let outcome = this.outcomes.get(key);
    if (!outcome) {
      outcome = this.decide('unit', text, () => this.units.match(text));
      this.outcomes.set(key, outcome);
    }
    return this.resolve('unit', 'unit', text, outcome, line);
  }

  /** Values read without asking, decided, or asked, in the order first seen. */
  values(): RefValue[] {
    return [...this.seen.entries()].map(([key, v]) => ({
      ...v,
      column: [...(this.headers.get(key) ?? [])].join(', '),
    }));
  }

  /**
   * One warning per value read without asking ("'Dumas Aurélie' is read as Aurélie Dumas (has
   * left)") and per new one close to someone or something known.
   */
  warnings(): Issue[] {
    const out: Issue[] = [];
    for (const [key, v] of this.seen) {
      if (!v.recognised || !v.target) continue;
      const who = shown(v.target);
      const how = HOW[v.recognised];
      out.push(
        issueFrom(
          MESSAGES,
          v.field === 'person' ? 'inventory.person_read_as' : 'inventory.unit_read_as',
          {
            value: clip(v.value),
            column: [...(this.headers.get(key) ?? [])].join(', '),
            count: v.count,
            lines: v.lines.join(', ') + (v.count > v.lines.length ? ', …' : ''),
            name: who.en,
            name_fr: who.fr,
            how: how.en,
            how_fr: how.fr,
          },
          { file: this.options.file, line: v.lines[0], field: v.field },
        ),
      );
    }
    for (const c of this.close) out.push(c);
    return out;
  }

  private decide(field: MatchField, value: string, match: () => MatchResult): Outcome {
    const meaning = this.options.decisions?.get(field)?.get(valueKey(value));
    const found = match();
    const candidates =
      found.kind === 'suggest' ? found.candidates : found.kind === 'exact' ? [found.target] : [];
    if (meaning !== undefined) {
      if (meaning === IGNORE) return { kind: 'ignore' };
      if (meaning === NEW) {
        // A unit's name is unique: "new" for a name the registry already has is that unit.
        if (field === 'unit' && found.kind === 'exact' && found.target.how === 'same')
          return { kind: 'existing', target: found.target, recognised: null };
        return { kind: 'new', closest: candidates[0] ?? null, decided: true };
      }
      const said = this.meant(field, meaning);
      if (said) return { kind: 'existing', target: said, recognised: null };
      return { kind: 'unknown_meaning', meaning, candidates };
    }
    if (found.kind === 'exact') {
      // Written as the registry writes it (or by e-mail): nothing worth telling.
      const plain = found.target.how === 'same' || found.target.how === 'email';
      return { kind: 'existing', target: found.target, recognised: plain ? null : found.target.how };
    }
    if (found.kind === 'suggest') return { kind: 'ask', candidates: found.candidates };
    return { kind: 'new', closest: found.closest, decided: false };
  }

  /** The person or unit a decision names: exactly, however it is written (order, case, e-mail). */
  private meant(field: MatchField, meaning: string): Candidate | null {
    if (field === 'unit') {
      const r = this.units.match(meaning);
      return r.kind === 'exact' ? r.target : null;
    }
    const r = meaning.includes('@')
      ? this.people.match({ email: meaning.toLowerCase() })
      : this.people.exact(meaning);
    return r?.kind === 'exact' ? r.target : null;
  }

  private resolve(
    field: MatchField,
    role: 'unit' | PersonRole,
    value: string,
    outcome: Outcome,
    line: number,
  ): Resolution {
    const key = `${field}|${valueKey(value)}`;
    const column = this.options.columns?.[role] ?? role;
    const given = this.options.decisions?.get(field)?.has(valueKey(value)) ?? false;
    const listed = given || outcome.kind === 'ask' || outcome.kind === 'unknown_meaning';
    if (listed || (outcome.kind === 'existing' && outcome.recognised)) {
      this.count(key, column, line, {
        field,
        column,
        value: printable(value),
        count: 0,
        lines: [],
        mapped: outcome.kind !== 'ask' && outcome.kind !== 'unknown_meaning',
        candidates:
          outcome.kind === 'ask' || outcome.kind === 'unknown_meaning'
            ? outcome.candidates
            : outcome.kind === 'new'
              ? outcome.closest
                ? [outcome.closest]
                : []
              : outcome.kind === 'existing'
                ? [outcome.target]
                : [],
        target: outcome.kind === 'existing' ? outcome.target : null,
        recognised: outcome.kind === 'existing' ? outcome.recognised : null,
      });
    }
    switch (outcome.kind) {
      case 'existing':
        return { kind: 'existing', id: outcome.target.id, name: outcome.target.name };
      case 'ignore':
        return { kind: 'ignore' };
      case 'new':
        if (outcome.closest && !outcome.decided) this.tellClose(field, value, outcome.closest, line);
        return { kind: 'new', closest: outcome.closest };
      case 'ask':
        return { kind: 'refused', issue: this.ask(field, role, value, column, outcome.candidates, line) };
      case 'unknown_meaning': {
        const code =
          field === 'person' ? 'inventory.person_meaning_unknown' : 'inventory.unit_meaning_unknown';
        const params = {
          value: clip(value),
          meaning: clip(outcome.meaning),
          option: this.option(field, value),
        };
        return { kind: 'refused', issue: this.issue(code, params, role, column, line) };
      }
    }
  }

  private count(key: string, column: string, line: number, first: RefValue): void {
    let v = this.seen.get(key);
    if (!v) {
      v = first;
      this.seen.set(key, v);
    }
    v.count++;
    if (v.lines.length < SEEN_LINES) v.lines.push(line);
    const headers = this.headers.get(key) ?? new Set<string>();
    headers.add(column);
    this.headers.set(key, headers);
  }

  private ask(
    field: MatchField,
    role: 'unit' | PersonRole,
    value: string,
    column: string,
    candidates: Candidate[],
    line: number,
  ): Issue {
    const names = candidates.map(shown);
    const params = {
      value: clip(value),
      count: candidates.length,
      candidates: names.map((n) => n.en).join(', '),
      candidates_fr: names.map((n) => n.fr).join(', '),
      option: this.option(field, value),
    };
    const code = field === 'person' ? 'inventory.person_did_you_mean' : 'inventory.unit_did_you_mean';
    return this.issue(code, params, role, column, line);
  }

  private option(field: MatchField, value: string): string {
    return valuesOption([{ field, value: printable(value) }]);
  }

  private issue(code: string, params: Params, role: string, column: string, line: number): Issue {
    return issueFrom(
      MESSAGES,
      code,
      { line: String(line), column, ...params },
      { file: this.options.file, line, column, field: role },
    );
  }

  private tellClose(field: MatchField, value: string, closest: Candidate, line: number): void {
    const key = `${field}|${valueKey(value)}`;
    if (this.closeSeen.has(key)) return;
    this.closeSeen.add(key);
    const who = shown(closest);
    this.close.push(
      issueFrom(
        MESSAGES,
        field === 'person' ? 'inventory.person_new_close' : 'inventory.unit_new_close',
        {
          value: clip(value),
          name: who.en,
          name_fr: who.fr,
          option: valuesOption([{ field, value: printable(value), meaning: closest.name }]),
        },
        { file: this.options.file, line, field },
      ),
    );
  }
}
