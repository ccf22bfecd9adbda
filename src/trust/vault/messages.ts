// What the vault says to people, in English and French: errors (by code) and the CLI's words.
// No message ever carries a secret or a key: only where a key was looked for, ids and kinds.
import type { Catalogue } from '../../core/i18n';

export const vaultMessages = {
  // ---------- errors
  'vault.key_malformed': {
    en: 'The master key in {where} is not 32 bytes written in base64 or hex (generate one with `openssl rand -base64 32` or `vigie vault keygen <file>`).',
    fr: 'La clé maîtresse de {where} n’est pas une suite de 32 octets écrite en base64 ou en hexadécimal (créez-en une avec `openssl rand -base64 32` ou `vigie vault keygen <fichier>`).',
  },
  'vault.key_file_unreadable': {
    en: 'Cannot read the master key file {file} ({reason}): set VIGIE_MASTER_KEY_FILE to a readable file, or VIGIE_MASTER_KEY to the key.',
    fr: 'Impossible de lire le fichier de clé maîtresse {file} ({reason}) : donnez à VIGIE_MASTER_KEY_FILE un fichier lisible, ou la clé elle-même à VIGIE_MASTER_KEY.',
  },
  'vault.key_missing': {
    en: {
      one: 'The vault holds {count} secret but no master key was given: set {env} (32 bytes in base64 or hex) or {fileEnv} (a file holding it). Nothing was decrypted or changed.',
      other:
        'The vault holds {count} secrets but no master key was given: set {env} (32 bytes in base64 or hex) or {fileEnv} (a file holding it). Nothing was decrypted or changed.',
    },
    fr: {
      one: 'Le coffre contient {count} secret mais aucune clé maîtresse n’a été fournie : renseignez {env} (32 octets en base64 ou en hexadécimal) ou {fileEnv} (un fichier qui la contient). Rien n’a été déchiffré ni modifié.',
      other:
        'Le coffre contient {count} secrets mais aucune clé maîtresse n’a été fournie : renseignez {env} (32 octets en base64 ou en hexadécimal) ou {fileEnv} (un fichier qui la contient). Rien n’a été déchiffré ni modifié.',
      many: 'Le coffre contient {count} de secrets mais aucune clé maîtresse n’a été fournie : renseignez {env} (32 octets en base64 ou en hexadécimal) ou {fileEnv} (un fichier qui la contient). Rien n’a été déchiffré ni modifié.',
    },
  },
  'vault.key_wrong': {
    en: 'The master key from {source} is not the key this vault was sealed with: set {env} or {fileEnv} to the right key. Nothing was decrypted or changed.',
    fr: 'La clé maîtresse venue de {source} n’est pas celle qui a scellé ce coffre : donnez la bonne clé à {env} ou à {fileEnv}. Rien n’a été déchiffré ni modifié.',
  },
  'vault.no_key': {
    en: 'The vault has no master key: set {env} (32 bytes in base64 or hex) or {fileEnv} (a file holding it), then restart Vigie.',
    fr: 'Le coffre n’a pas de clé maîtresse : renseignez {env} (32 octets en base64 ou en hexadécimal) ou {fileEnv} (un fichier qui la contient), puis redémarrez Vigie.',
  },
  'vault.key_unreadable': {
    en: 'Data key #{id} does not open with the master key from {source}: the key is wrong or the row was altered. Nothing was decrypted.',
    fr: 'La clé de données n° {id} ne s’ouvre pas avec la clé maîtresse venue de {source} : la clé est mauvaise ou la ligne a été modifiée. Rien n’a été déchiffré.',
  },
  'vault.secret_unreadable': {
    en: 'The stored {kind} of presence #{id} does not open: it was altered or copied from another row. Store it again.',
    fr: 'Le secret « {kind} » de la présence n° {id} ne s’ouvre pas : il a été modifié ou recopié d’une autre ligne. Enregistrez-le de nouveau.',
  },
  'vault.rotate_same': {
    en: 'The new master key is the current one.',
    fr: 'La nouvelle clé maîtresse est celle qui est déjà en service.',
  },
  'vault.kind_unknown': {
    en: 'Unknown kind of secret "{kind}": one of {kinds}.',
    fr: 'Type de secret inconnu « {kind} » : choisissez parmi {kinds}.',
  },
  'vault.reveal_forbidden': {
    en: 'Only an admin or the presence’s custodian may reveal its secrets.',
    fr: 'Seuls un administrateur ou le détenteur des accès de la présence peuvent en révéler les secrets.',
  },
  'vault.unknown_kind': {
    en: 'No kind of secret is called "{id}".',
    fr: 'Aucun type de secret ne s’appelle « {id} ».',
  },
  'vault.secret_not_found': {
    en: 'Presence #{id} has no stored {kind}.',
    fr: 'Aucun secret « {kind} » n’est conservé pour la présence n° {id}.',
  },
  'vault.value_too_large': {
    en: 'The value read from standard input is larger than {limit} characters.',
    fr: 'La valeur lue sur l’entrée standard dépasse {limit} caractères.',
  },
  'vault.value_empty': {
    en: 'Nothing was read from standard input: pipe the value in (`vigie vault put 12 password < file`) or type it when asked.',
    fr: 'Rien n’a été lu sur l’entrée standard : envoyez la valeur par un tube (`vigie vault put 12 password < fichier`) ou tapez-la quand elle est demandée.',
  },
  'vault.cancelled': { en: 'Cancelled: nothing was stored.', fr: 'Annulé : rien n’a été enregistré.' },
  'vault.key_file_exists': {
    en: '{file} already exists: choose another file (a key file is never overwritten).',
    fr: '{file} existe déjà : choisissez un autre fichier (un fichier de clé n’est jamais écrasé).',
  },
  'vault.admin_only': {
    en: 'Only an admin may change the vault’s master key.',
    fr: 'Seul un administrateur peut changer la clé maîtresse du coffre.',
  },

  // ---------- CLI
  'vault.cli.cmd': {
    en: 'The credential vault: status, store and reveal secrets, rotate the master key',
    fr: 'Le coffre des accès : état, enregistrer et révéler des secrets, changer la clé maîtresse',
  },
  'vault.cli.cmd.status': {
    en: 'Whether the master key opens the vault, and what it holds (counts only)',
    fr: 'Si la clé maîtresse ouvre le coffre, et ce qu’il contient (des nombres seulement)',
  },
  'vault.cli.cmd.put': {
    en: 'Store or replace a secret of a presence; the value is read from standard input, never from the command line',
    fr: 'Enregistrer ou remplacer un secret d’une présence ; la valeur est lue sur l’entrée standard, jamais sur la ligne de commande',
  },
  'vault.cli.cmd.reveal': {
    en: 'Reveal a secret (admins and the custodian; the reason is logged)',
    fr: 'Révéler un secret (administrateurs et détenteur des accès ; le motif est journalisé)',
  },
  'vault.cli.cmd.delete': { en: 'Delete a stored secret', fr: 'Supprimer un secret conservé' },
  'vault.cli.cmd.rotate': {
    en: 'Re-wrap every unit key with a new master key, in one transaction',
    fr: 'Rechiffrer chaque clé d’unité avec une nouvelle clé maîtresse, en une seule transaction',
  },
  'vault.cli.cmd.keygen': {
    en: 'Write a new random master key to a file readable by you only',
    fr: 'Écrire une nouvelle clé maîtresse aléatoire dans un fichier lisible par vous seul',
  },
  'vault.cli.opt.reason': { en: 'Why (kept in the log)', fr: 'Pourquoi (conservé dans le journal)' },
  'vault.cli.opt.new_key_file': {
    en: 'File holding the new master key (base64 or hex of 32 bytes)',
    fr: 'Fichier contenant la nouvelle clé maîtresse (32 octets en base64 ou en hexadécimal)',
  },
  'vault.cli.opt.json': { en: 'Print JSON', fr: 'Afficher en JSON' },
  'vault.cli.prompt': {
    en: 'Value of {kind} for presence #{id} (not shown; Enter to finish): ',
    fr: 'Valeur de « {kind} » pour la présence n° {id} (masquée ; Entrée pour terminer) : ',
  },
  'vault.cli.stored': {
    en: 'Stored {kind} for presence #{id} (sealed; the change is logged).',
    fr: 'Secret « {kind} » enregistré pour la présence n° {id} (scellé ; la modification est journalisée).',
  },
  'vault.cli.deleted': {
    en: 'Deleted {kind} of presence #{id}.',
    fr: 'Secret « {kind} » de la présence n° {id} supprimé.',
  },
  'vault.cli.revealed_note': {
    en: 'Revealed {kind} of presence #{id}; this reveal and its reason are in the log.',
    fr: 'Secret « {kind} » de la présence n° {id} révélé ; cette consultation et son motif sont journalisés.',
  },
  'vault.cli.status_ok': {
    en: 'Master key: opens the vault ({source})',
    fr: 'Clé maîtresse : ouvre le coffre ({source})',
  },
  'vault.cli.status_none': {
    en: 'Master key: none given (the vault is empty; set VIGIE_MASTER_KEY or VIGIE_MASTER_KEY_FILE before storing secrets)',
    fr: 'Clé maîtresse : aucune (le coffre est vide ; renseignez VIGIE_MASTER_KEY ou VIGIE_MASTER_KEY_FILE avant d’enregistrer des secrets)',
  },
  'vault.cli.status_problem': {
    en: 'Master key: PROBLEM — {message}',
    fr: 'Clé maîtresse : PROBLÈME — {message}',
  },
  'vault.cli.status_loose': {
    en: 'Warning: {file} can be read by other users of this machine (chmod 600 it).',
    fr: 'Attention : {file} est lisible par d’autres utilisateurs de cette machine (faites chmod 600).',
  },
  'vault.cli.status_counts': {
    en: 'Secrets: {secrets}; presences with secrets: {presences}; unit keys: {keys}',
    fr: 'Secrets : {secrets} ; présences qui en ont : {presences} ; clés d’unité : {keys}',
  },
  'vault.cli.dev_key_created': {
    en: 'Created a development master key at {file} (mode 600). For production, set VIGIE_MASTER_KEY_FILE to a key kept apart from the database and its backups.',
    fr: 'Clé maîtresse de développement créée dans {file} (mode 600). En production, renseignez VIGIE_MASTER_KEY_FILE avec une clé conservée à l’écart de la base et de ses sauvegardes.',
  },
  'vault.cli.rotated': {
    en: 'Unit keys re-wrapped with the new master key: {keys}; secrets checked: {secrets}, unreadable: {unreadable}.',
    fr: 'Clés d’unité rechiffrées avec la nouvelle clé maîtresse : {keys} ; secrets vérifiés : {secrets}, illisibles : {unreadable}.',
  },
  'vault.cli.rotated_dev': {
    en: 'The development key file {file} now holds the new key.',
    fr: 'Le fichier de clé de développement {file} contient désormais la nouvelle clé.',
  },
  'vault.cli.rotated_next': {
    en: 'From now on start Vigie with VIGIE_MASTER_KEY_FILE={file} (or VIGIE_MASTER_KEY set to that key); keep the old key until you have checked.',
    fr: 'Désormais, démarrez Vigie avec VIGIE_MASTER_KEY_FILE={file} (ou VIGIE_MASTER_KEY égale à cette clé) ; gardez l’ancienne clé jusqu’à vérification.',
  },
  'vault.cli.keygen_done': {
    en: 'Wrote a new master key to {file} (mode 600).',
    fr: 'Nouvelle clé maîtresse écrite dans {file} (mode 600).',
  },
} satisfies Catalogue;
