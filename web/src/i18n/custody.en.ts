// English catalogue of credential custody (the vault panel on a presence) and of leavers'
// reassignments (merged under `custody` in en.ts); custody.fr.ts has the same keys. Plural keys carry
// _one, _other and _many, as in en.ts.
import type { SecretKind } from '../../../src/trust/model';

const kind = {
  login: 'Login',
  password: 'Password',
  recovery_codes: 'Recovery codes',
  totp_seed: 'Authenticator seed (TOTP)',
  note: 'Note',
} satisfies Record<SecretKind, string>;

export const custodyEn = {
  title: 'Credentials',
  hint: 'Who holds the login, how the account is recovered, and the secrets kept in Vigie’s vault. A value is only ever shown to an admin or the custodian who reveals it, with a reason.',
  custodian: 'Held by',
  noCustodian: 'Nobody recorded',
  custodianLeft: 'Has left',
  mfa: 'Two-factor authentication',
  mfaState: { on: 'On', off: 'Off', unknown: 'Unknown' },
  recovery: 'Recovery contact',
  recoveryState: { corporate: 'The organisation’s', personal: 'Personal', unknown: 'Unknown' },
  secrets: 'Stored secrets',
  noSecrets: 'No secret is stored in the vault for this presence.',
  kind,
  updated: 'Updated {{date}} by {{by}}',
  store: 'Store a secret',
  replace: 'Replace',
  reveal: 'Reveal',
  delete: 'Delete',
  actions: 'Actions for the {{kind}}',
  storeTitle: 'Store a secret',
  replaceTitle: 'Replace: {{kind}}',
  kindLabel: 'Kind',
  value: 'Value',
  valueHelp:
    'Sealed in the vault as soon as it is saved. Vigie never sends it back, except to an admin or the custodian who reveals it with a reason.',
  replaceHelp: 'The value stored now is replaced; it cannot be recovered afterwards.',
  reasonOptional: 'Reason (optional, kept in the log)',
  save: 'Seal and store',
  stored: 'Secret sealed and stored.',
  deleteTitle: 'Delete: {{kind}}',
  deleteText:
    'The stored value is erased from the vault. The log keeps who deleted it and when, never the value.',
  deleted: 'Secret deleted.',
  revealTitle: 'Reveal: {{kind}}',
  revealText:
    'Revealing is logged with your name and your reason. The value is hidden again after 30 seconds.',
  reason: 'Reason',
  reasonHelp: 'Why you need it now (at least 5 characters).',
  revealButton: 'Reveal',
  revealedValue: 'Value',
  hidesIn_one: 'Hidden again in {{value}} second',
  hidesIn_other: 'Hidden again in {{value}} seconds',
  hidesIn_many: 'Hidden again in {{value}} seconds',
  copy: 'Copy',
  copied: 'Copied',
  hideNow: 'Hide now',
  reassign: {
    title: 'Handovers',
    description:
      'When someone leaves, every presence they owned, deputised or held the credentials of gets a task here: hand each one to someone still in the organisation.',
    filter: 'Tasks',
    status: { open: 'Open', done: 'Done', cancelled: 'Cancelled', all: 'All' },
    role: {
      owner: 'Owner',
      deputy: 'Deputy',
      custodian: 'Holds the credentials',
      secret_holder: 'Knew the stored secrets',
    },
    secretHolderHint:
      'Change the credentials they knew, store the new ones in the vault, then mark this done.',
    presence: 'Presence',
    roleColumn: 'Role',
    opened: 'Opened',
    outcome: 'Hand over to',
    pickPerson: 'Choose a person',
    handOver: 'Hand over',
    markDone: 'Mark done',
    cancel: 'Cancel the task',
    empty: 'No task matches.',
    emptyOpen: 'No open task: nothing held by people who left is waiting to be handed over.',
    handedTo: 'Handed to {{name}}',
    closedOn: '{{status}} on {{date}} by {{by}}',
    leftOn: 'Left on {{date}}',
    tasks_one: '{{value}} task',
    tasks_other: '{{value}} tasks',
    tasks_many: '{{value}} tasks',
    done: 'Task completed.',
    cancelled: 'Task cancelled.',
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** What custody.fr.ts must provide: the same keys as English. */
export type CustodyCatalogue = Shape<typeof custodyEn>;
