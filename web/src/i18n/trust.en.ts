// English catalogue of signing in, one's account, users and roles (merged under `trust` in en.ts);
// trust.fr.ts has the same keys. Single sign-on's refusals mirror src/trust/oidc/messages.ts.
import type { Permission, Role } from '../../../src/core/access';
import type { OidcErrorCode } from '../../../src/trust/oidc/messages';

const roles: Record<Role | 'none', string> = {
  admin: 'Administrator',
  unit_manager: 'Unit manager',
  community_manager: 'Community manager',
  analyst: 'Analyst',
  records_manager: 'Records manager',
  auditor: 'Auditor',
  agency: 'Agency',
  none: 'No role',
};

const permissions: Record<Permission, string> = {
  'registry.read': 'Read presences, their history, units and people',
  'presence.create': 'Add presences',
  'presence.edit': 'Edit presences',
  'presence.delete': 'Delete presences and edit many at once',
  'organisation.manage': 'Manage units and people',
  'inventory.import': 'Import an inventory file',
  export: 'Download exports and reports',
  'data.read': 'Read posts, metrics and platform data imports',
  'data.import': 'Import a platform’s data export',
  'audit.read': 'Read audits, their plans and indicators',
  'audit.run': 'Run audits and take decisions',
  'audit.settings': 'Edit the audit’s rules and message templates',
  'plan.update': 'Move plan tasks, add or remove indicators',
  'log.read': 'Read the audit log',
  'users.manage': 'Manage users, their roles and passwords',
  'custody.read': 'See who holds each presence’s credentials and whether MFA is on',
  'custody.assign': 'Choose who holds a presence’s credentials (never oneself)',
  'vault.write': 'Store secrets in the vault',
  'vault.reveal': 'Reveal a secret from the vault (with a reason)',
  'reassign.manage': 'Hand over the presences of people who left',
  'policies.manage': 'Publish policies and see who acknowledged them',
  'system.backup': 'Back up the database and restore it from a backup',
};

const ssoErrors: Record<OidcErrorCode | 'other', string> = {
  sso_not_configured: 'Single sign-on is not configured on this server.',
  sso_unavailable:
    'The identity provider could not be reached. Try again in a moment, or sign in with your password.',
  sso_state: 'This sign-in attempt expired or did not start here. Start again from this page.',
  sso_denied: 'The sign-in was cancelled at the identity provider.',
  sso_failed: 'The identity provider’s answer could not be verified. Start again from this page.',
  sso_email_unverified:
    'The identity provider did not confirm your e-mail address, so Vigie cannot tell which account is yours. Ask an administrator.',
  sso_unknown_user:
    'No active Vigie account matches this identity. An administrator must create your account (with your e-mail address) first.',
  sso_conflict:
    'This e-mail address matches several Vigie accounts, or an account already linked to another identity. Ask an administrator.',
  other: 'Single sign-on did not succeed. Start again, or sign in with your password.',
};

export const trustEn = {
  roles,
  permissions,
  signin: {
    title: 'Sign in',
    description: 'Sign in to see and manage your organisation’s social-media presences.',
    login: 'Login',
    password: 'Password',
    submit: 'Sign in',
    or: 'or',
    sso: 'Sign in with {{label}}',
    ssoDefault: 'single sign-on',
    ssoErrors,
    throttled:
      'Too many attempts for this login from this device or address: try again after {{time}}. From a browser where you have signed in before, sign in as usual.',
    rateLimited: 'Too many attempts: try again after {{time}}.',
    help: 'Forgotten password? An administrator can give you a temporary one.',
  },
  setup: {
    title: 'Set up Vigie',
    description:
      'Nobody can sign in yet. Create the first administrator with the setup code the server printed when it started.',
    code: 'Setup code',
    codeHelp: 'Printed by the server at its first start (the setup address carries it).',
    name: 'Your name',
    submit: 'Create the administrator and sign in',
    done: 'Vigie is already set up: sign in with your account.',
    toSignIn: 'Go to the sign-in page',
  },
  menu: {
    open: 'Account menu of {{name}}',
    account: 'My account',
    signOut: 'Sign out',
  },
  nav: {
    pendingPolicies_one: '{{value}} policy to acknowledge',
    pendingPolicies_other: '{{value}} policies to acknowledge',
    pendingPolicies_many: '{{value}} policies to acknowledge',
  },
  notAllowed: {
    title: 'Not available with your role',
    text: 'Your roles do not open this page. If you need it, ask an administrator.',
    account: 'See my roles',
  },
  readOnly: {
    presence: 'Your role lets you read this presence, not change it.',
    noDecision: 'No decision taken yet.',
  },
  account: {
    title: 'My account',
    description: 'Who you are in Vigie, what your roles let you do, and your password.',
    who: 'Who you are',
    via: 'Signed in with',
    viaPassword: 'Password',
    viaSso: 'Single sign-on',
    rolesTitle: 'Your roles',
    rolesHint:
      'Each role applies to the whole organisation, to a unit and its sub-units, or to named presences.',
    noRole: 'You have no role yet: ask an administrator to give you one.',
    allows: 'What your roles allow',
    allowsNothing: 'Nothing yet, apart from reading the policies.',
    sessionsTitle: 'Signing out',
    sessionsHint:
      'Sign out when you leave a shared computer; sign out everywhere if a device was lost or shared. Changing your password also signs you out everywhere else.',
    signOutHere: 'Sign out of this browser',
    signOutEverywhere: 'Sign out everywhere',
  },
  password: {
    title: 'Change your password',
    firstTitle: 'Choose your own password',
    hint: 'Your other sessions end when the password changes.',
    current: 'Current password',
    temporary: 'Temporary password (the one you were given)',
    new: 'New password',
    confirm: 'New password again',
    rules:
      'Between {{min}} and {{max}} characters; several unrelated words are easy to remember. Not a common password, nor your login, name or organisation.',
    short: 'At least {{min}} characters.',
    long: 'At most {{max}} characters.',
    mismatch: 'The two passwords differ.',
    submit: 'Change the password',
    changed: 'Password changed.',
    mustTitle: 'Choose a new password first',
    mustText: 'You signed in with a temporary password. Choose your own before going anywhere else in Vigie.',
    ssoOnly:
      'You sign in through single sign-on: your password is managed by your organisation’s identity provider.',
  },
  grants: {
    title: 'Roles',
    hint: 'A unit manager runs a unit and its sub-units; community managers and agencies work on named presences; the other roles cover the whole organisation.',
    role: 'Role',
    roles: 'Roles',
    scope: 'Where',
    unit: 'Unit',
    presences: 'Presences',
    chooseRole: 'Choose a role',
    chooseUnit: 'Choose the unit',
    choosePresences: 'Choose the presences',
    unitHelp: 'Its sub-units are included.',
    needsRole: 'Choose a role, or remove the line.',
    needsUnit: 'A unit manager needs a unit.',
    needsPresences: 'Choose at least one presence.',
    add: 'Add a role',
    remove: 'Remove this role',
    none: 'No role: this user will only see the policies.',
    organisation: 'The whole organisation',
    unitAndBelow: '{{unit}} and its sub-units',
  },
  users: {
    title: 'Users',
    description: 'Who may sign in to Vigie, with which roles and where.',
    new: 'New user',
    search: 'Search by name, login or e-mail',
    allRoles: 'All roles',
    count_one: '{{value}} user',
    count_other: '{{value}} users',
    count_many: '{{value}} users',
    none: 'No user matches.',
    name: 'Name',
    email: 'E-mail',
    emailHelp: 'Single sign-on finds the account by this address.',
    loginHelp: 'Lower-case letters, digits and . _ @ + - only.',
    person: 'Person in the registry',
    personHelp: 'Links the account to a person, so that Vigie knows which presences they hold.',
    personNone: 'Not linked',
    statusLabel: 'Status',
    status: { active: 'Active', disabled: 'Disabled' },
    throttled: 'Sign-in slowed down',
    throttledUntil:
      'After wrong passwords, sign-in from browsers this user has not signed in with waits until {{time}}. Their own browsers are not affected.',
    failedSignIns_one: '{{value}} failed sign-in',
    failedSignIns_other: '{{value}} failed sign-ins',
    failedSignIns_many: '{{value}} failed sign-ins',
    failedSignInsHint: 'Wrong passwords typed for this login in the last 24 hours, since its last sign-in.',
    mustChange: 'Temporary password',
    mustChangeHint: 'Must choose a password at the next sign-in.',
    lastSignIn: 'Last sign-in',
    never: 'Never',
    sso: 'SSO',
    ssoLinked: 'Single sign-on',
    ssoLinkedShort: 'Linked',
    you: '(you)',
    actions: 'Actions for {{name}}',
    edit: 'Edit name and roles',
    resetPassword: 'Reset the password',
    unlock: 'Clear the sign-in slow-down',
    disable: 'Disable',
    enable: 'Enable again',
    createTitle: 'New user',
    editTitle: 'Edit {{name}}',
    create: 'Create the user',
    saved: '{{name}} saved.',
    disabled: '{{name}} can no longer sign in.',
    enabled: '{{name}} can sign in again.',
    unlocked: '{{name}} can sign in from any browser again.',
    resetTitle: 'Reset the password',
    resetText:
      '{{name}} will get a temporary password, to change at the next sign-in. Their open sessions end now.',
    temporaryHint:
      'Vigie makes a temporary password, shown once, to hand over; it must be changed at the first sign-in.',
    temporaryTitle: 'Temporary password',
    temporaryCreated:
      'The account {{login}} is created. Hand over this temporary password in person or by a safe channel:',
    temporaryReset: 'The new temporary password of {{login}}. Hand it over in person or by a safe channel:',
    temporaryOnce:
      'It is shown only this once and is not stored in readable form. It must be changed at the first sign-in.',
    temporaryDone: 'I have handed it over',
    copy: 'Copy',
    copied: 'Copied',
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** What trust.fr.ts must provide: the same keys as English. */
export type TrustCatalogue = Shape<typeof trustEn>;
