// The demo organisation as plain data: what `demoOrganisation()` returns and the registry service loads.
// Keys (`unit`, `owner`, `parent`…) point at other entries of the same object; nothing here is a database id.

export type DemoUnitKind = 'hub' | 'business_unit' | 'region' | 'brand' | 'agency' | 'other';

export type DemoPresenceStatus =
  | 'discovered'
  | 'active'
  | 'dormant'
  | 'abandoned'
  | 'closing'
  | 'redirecting'
  | 'closed'
  | 'archived';

export type DemoMfa = 'on' | 'off' | 'unknown';

export type DemoRecoveryContact = 'corporate' | 'personal' | 'unknown';

export interface DemoUnit {
  key: string;
  name: string;
  kind: DemoUnitKind;
  /** Key of the parent unit; only the hub has none. */
  parent?: string;
  /** ISO 3166-1 alpha-2 code. */
  country?: string;
}

export interface DemoPerson {
  key: string;
  name: string;
  email?: string;
  /** Unit key. */
  unit?: string;
  jobTitle?: string;
  status: 'active' | 'left';
  /** YYYY-MM-DD, for people who have left. */
  leftOn?: string;
}

export interface DemoPresence {
  /** As a person would have pasted it; the loader resolves it to platform, handle and canonical URL. */
  url: string;
  /** Platform id, when the URL alone would not tell (a Mastodon instance, a Google Business link). */
  platform?: string;
  name?: string;
  /** Unit key. */
  unit?: string;
  /** Person keys. */
  owner?: string;
  deputy?: string;
  custodian?: string;
  status: DemoPresenceStatus;
  /** BCP 47 codes: fr, en, nl, es, ar, fr-CA. */
  languages: string[];
  audience?: number;
  /** Dates are YYYY-MM-DD. */
  audienceOn?: string;
  createdOn?: string;
  lastActivityOn?: string;
  mfa: DemoMfa;
  recoveryContact: DemoRecoveryContact;
  tags: string[];
  objective?: string;
  notes?: string;
  /** The profile's description as the platform shows it; most hold the group's link, some do not. */
  bio?: string;
}

export interface DemoOrganisation {
  organisation: { name: string };
  units: DemoUnit[];
  people: DemoPerson[];
  presences: DemoPresence[];
}
