// English catalogue of the policies page (merged under `policies` in en.ts); policies.fr.ts has the
// same keys. Server refusals arrive already translated (src/trust/policies/messages.ts).
import type { POLICY_KINDS } from '../../../src/trust/model';

type Kind = (typeof POLICY_KINDS)[number];

export const policiesEn = {
  title: 'Policies',
  description:
    'The organisation’s social-media policy and brand charter. Everyone who works on its accounts reads the current versions and accepts them.',
  kind: {
    policy: 'Social-media policy',
    charter: 'Brand charter',
  } satisfies Record<Kind, string>,
  kindLower: {
    policy: 'social-media policy',
    charter: 'brand charter',
  } satisfies Record<Kind, string>,
  noneYet: {
    policy: 'No social-media policy has been published yet.',
    charter: 'No brand charter has been published yet.',
  } satisfies Record<Kind, string>,
  noneYetManager: 'Publish the first version: everyone signed in will be asked to read and accept it.',
  language: {
    fr: 'French',
    en: 'English',
  },
  version: 'Version {{version}}',
  current: 'Current',
  superseded: 'Superseded',
  publishedOn: 'Published on {{date}} by {{actor}}',
  whatChanged: 'What changed in version {{version}}',
  pendingBanner_one: 'You have {{count}} document to read and accept.',
  pendingBanner_other: 'You have {{count}} documents to read and accept.',
  pendingBanner_many: 'You have {{count}} documents to read and accept.',
  toAccept: 'Please read this version to the end and accept it.',
  toAcceptBadge: 'To accept',
  accept: 'I have read and accept',
  acceptedToast: 'Thank you: your acceptance is recorded.',
  accepted: 'You accepted this version on {{date}}.',
  acceptedShort: 'Accepted on {{date}}',
  notAccepted: 'Not accepted',
  versions: 'Versions',
  versionsHint: 'A new version never changes an earlier one; only the current version asks to be accepted.',
  read: 'Read',
  close: 'Close',
  progress: {
    title: 'Who has accepted version {{version}}',
    ring: '{{percent}} have accepted',
    of: '{{done}} of {{total}} active users',
    pending: 'Not yet ({{count}})',
    done: 'Accepted ({{count}})',
    everyone: 'Every active user has accepted this version.',
    nobody: 'Nobody has accepted this version yet.',
    on: 'on {{date}}',
  },
  publish: {
    open: 'Publish a new version',
    first: 'Publish the first version',
    title: 'Publish a new version',
    kind: 'Document',
    docTitle: 'Title',
    language: 'Language of the text',
    summary: 'What changed',
    summaryHint: 'Shown above the text, so that those who accepted the previous version see what is new.',
    summaryPlaceholder: 'Two-factor authentication is now required on every account…',
    body: 'Text',
    bodyHint: 'Markdown: # headings, - lists, **bold**, [links](https://…).',
    write: 'Write',
    preview: 'Preview',
    previewEmpty: 'Nothing to preview yet.',
    startedFrom: 'Started from version {{version}}: edit it freely, the published versions stay as they are.',
    next: 'This will be version {{version}}; everyone will be asked to read and accept it.',
    required: 'Required.',
    submit: 'Publish version {{version}}',
    cancel: 'Cancel',
    done: 'Version {{version}} of the {{kind}} is published.',
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** What policies.fr.ts must provide: the same keys as English. */
export type PoliciesCatalogue = Shape<typeof policiesEn>;
