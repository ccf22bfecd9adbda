// What `vigie backup` and `vigie restore` say, in English and French: the errors name the file,
// the summaries say what was saved or put back, and the reminder says where the vault's key is not.
import type { Catalogue } from '../core/i18n';

export const opsMessages = {
  // ---------- the backup file given
  'ops.file_missing': { en: '{file}: no such file.', fr: '{file} : fichier introuvable.' },
  'ops.file_is_folder': {
    en: '{file} is a folder, not a backup file.',
    fr: '{file} est un dossier, pas un fichier de sauvegarde.',
  },
  'ops.file_denied': { en: '{file}: permission denied.', fr: '{file} : accès refusé.' },
  'ops.file_unreadable': {
    en: '{file} cannot be read ({reason}).',
    fr: '{file} ne peut pas être lu ({reason}).',
  },
  'ops.not_a_backup': {
    en: '{file} is not a Vigie backup: it is neither an SQLite database nor a pg_dump custom-format archive (made by `vigie backup`).',
    fr: '{file} n’est pas une sauvegarde de Vigie : ce n’est ni une base SQLite ni une archive pg_dump au format custom (faite par `vigie backup`).',
  },
  'ops.truncated': {
    en: '{file} is truncated: the SQLite database it holds needs {expected} bytes and the file has {size}. Copy the backup again from where it is kept.',
    fr: '{file} est tronqué : la base SQLite qu’il contient a besoin de {expected} octets et le fichier en a {size}. Copiez de nouveau la sauvegarde depuis l’endroit où elle est conservée.',
  },
  'ops.damaged': {
    en: '{file} is damaged and cannot be restored: {detail}',
    fr: '{file} est endommagé et ne peut pas être restauré : {detail}',
  },
  'ops.not_vigie': {
    en: '{file} holds a database ({kind_name}), but not one of Vigie’s: it has no migration table (kysely_migration).',
    fr: '{file} est une base {kind_name}, mais pas une base de Vigie : elle n’a pas de table des migrations (kysely_migration).',
  },
  'ops.schema_newer': {
    en: '{file} was made by a newer Vigie (schema {schema}); this Vigie knows the schema up to {latest}. Upgrade Vigie, then restore.',
    fr: '{file} a été fait par une version plus récente de Vigie (schéma {schema}) ; cette version connaît le schéma jusqu’à {latest}. Mettez Vigie à jour, puis restaurez.',
  },
  'ops.schema_unknown': {
    en: '{file} has migrations this Vigie does not have in the same order ({schema}): it was not made by this line of Vigie versions.',
    fr: '{file} a des migrations que cette version de Vigie n’a pas dans le même ordre ({schema}) : il n’a pas été fait par cette lignée de versions de Vigie.',
  },
  'ops.wrong_kind': {
    en: '{file} is a backup of a database on {kind_name}, but the configured database is on {target_name} ({target}). Restore it with --db naming a database on {kind_name}, or use a backup made on {target_name}.',
    fr: '{file} est la sauvegarde d’une base {kind_name}, mais la base configurée est une base {target_name} ({target}). Restaurez-la avec --db désignant une base {kind_name}, ou prenez une sauvegarde faite sur {target_name}.',
  },
  // ---------- the destination of a backup
  'ops.out_exists': {
    en: '{file} already exists: choose another name, or add --force to replace it.',
    fr: '{file} existe déjà : choisissez un autre nom, ou ajoutez --force pour le remplacer.',
  },
  'ops.out_is_folder': {
    en: '{file} is a folder: give the backup file’s name (--out FILE).',
    fr: '{file} est un dossier : donnez le nom du fichier de sauvegarde (--out FICHIER).',
  },
  'ops.out_dir_missing': {
    en: 'Cannot write {file}: the folder {dir} does not exist.',
    fr: 'Impossible d’écrire {file} : le dossier {dir} n’existe pas.',
  },
  'ops.out_denied': {
    en: 'Cannot write {file}: permission denied in {dir}.',
    fr: 'Impossible d’écrire {file} : accès refusé dans {dir}.',
  },
  'ops.out_failed': {
    en: 'The backup to {file} failed ({reason}); nothing was left at {file}.',
    fr: 'La sauvegarde vers {file} a échoué ({reason}) ; rien n’a été laissé à {file}.',
  },
  'ops.memory_database': {
    en: 'The database is in memory: there is no file to back up or to restore into. Give a database file (--db sqlite:PATH).',
    fr: 'La base est en mémoire : il n’y a pas de fichier à sauvegarder ni dans lequel restaurer. Donnez un fichier de base (--db sqlite:CHEMIN).',
  },
  // ---------- the PostgreSQL tools
  'ops.tool_missing': {
    en: '{tool} was not found (looked in PATH and /usr/lib/postgresql/*/bin). Install the PostgreSQL client tools, at least the server’s version (Debian/Ubuntu: apt-get install postgresql-client; macOS: brew install libpq), or put {tool} on PATH.',
    fr: '{tool} est introuvable (cherché dans PATH et /usr/lib/postgresql/*/bin). Installez les outils clients de PostgreSQL, au moins de la version du serveur (Debian/Ubuntu : apt-get install postgresql-client ; macOS : brew install libpq), ou ajoutez {tool} au PATH.',
  },
  'ops.tool_failed': {
    en: '{tool} failed on {file} (exit {code}): {detail}',
    fr: '{tool} a échoué sur {file} (code {code}) : {detail}',
  },
  // ---------- restoring
  'ops.not_empty': {
    en: 'The database {target} holds data that the restore would replace: {holdings}. Add --force to replace it with {file}.',
    fr: 'La base {target} contient des données que la restauration remplacerait : {holdings}. Ajoutez --force pour les remplacer par {file}.',
  },
  'ops.sqlite_in_use': {
    en: 'The database file {target} is in use by another process (a running `vigie start`?): stop it, then restore. Nothing was changed.',
    fr: 'Le fichier de base {target} est utilisé par un autre processus (un `vigie start` en cours ?) : arrêtez-le, puis restaurez. Rien n’a été modifié.',
  },
  'ops.pg_in_use': {
    en: 'The database {target} has other connections ({count}: {clients}): stop Vigie and the other clients, then restore. Nothing was changed.',
    fr: 'La base {target} a d’autres connexions ({count} : {clients}) : arrêtez Vigie et les autres clients, puis restaurez. Rien n’a été modifié.',
  },
  'ops.restore_failed': {
    en: 'The restore of {file} into {target} failed and was undone ({detail}): the database is as it was.',
    fr: 'La restauration de {file} dans {target} a échoué et a été annulée ({detail}) : la base est telle qu’elle était.',
  },
  // ---------- the CLI's words
  'ops.cli.cmd.backup': {
    en: 'Back up the whole database to a file (admins)',
    fr: 'Sauvegarder toute la base de données dans un fichier (administrateurs)',
  },
  'ops.cli.cmd.restore': {
    en: 'Restore the database from a backup made by `vigie backup` (admins; Vigie stopped)',
    fr: 'Restaurer la base de données depuis une sauvegarde faite par `vigie backup` (administrateurs ; Vigie arrêté)',
  },
  'ops.cli.opt.out': { en: 'the backup file to write', fr: 'le fichier de sauvegarde à écrire' },
  'ops.cli.opt.force_backup': {
    en: 'replace the file if it exists',
    fr: 'remplacer le fichier s’il existe',
  },
  'ops.cli.opt.force_restore': {
    en: 'replace a database that holds data',
    fr: 'remplacer une base qui contient des données',
  },
  'ops.cli.opt.json': { en: 'print the result as JSON', fr: 'afficher le résultat en JSON' },
  'ops.cli.progress': { en: 'pages', fr: 'pages' },
  'ops.cli.progress_tables': { en: 'tables', fr: 'tables' },
  'ops.cli.saved': {
    en: 'Backup written to {file}: {size}, {kind_name}, schema {schema}, in {seconds} s.',
    fr: 'Sauvegarde écrite dans {file} : {size}, {kind_name}, schéma {schema}, en {seconds} s.',
  },
  'ops.cli.saved_rows': {
    en: '  {tables} tables, {rows} rows; SHA-256 {sha256}',
    fr: '  {tables} tables, {rows} lignes ; SHA-256 {sha256}',
  },
  'ops.cli.saved_tables': {
    en: '  {tables} tables; SHA-256 {sha256}',
    fr: '  {tables} tables ; SHA-256 {sha256}',
  },
  'ops.cli.key_reminder': {
    en: 'The vault’s secrets ({secrets} stored) are sealed with the master key ({source}), which is NOT in this backup. Keep a copy of the key apart from the backup (VIGIE_MASTER_KEY / VIGIE_MASTER_KEY_FILE, see docs/trust.md): without it, the restored secrets cannot be read; with both together, anyone can read them.',
    fr: 'Les secrets du coffre ({secrets} enregistrés) sont scellés par la clé maîtresse ({source}), qui N’EST PAS dans cette sauvegarde. Gardez une copie de la clé à part de la sauvegarde (VIGIE_MASTER_KEY / VIGIE_MASTER_KEY_FILE, voir docs/trust.md) : sans elle, les secrets restaurés sont illisibles ; avec les deux ensemble, n’importe qui peut les lire.',
  },
  'ops.cli.key_none': {
    en: 'no master key configured',
    fr: 'aucune clé maîtresse configurée',
  },
  'ops.cli.restored': {
    en: 'Restored {file} into {target} in {seconds} s: schema {from} → {to}.',
    fr: '{file} restauré dans {target} en {seconds} s : schéma {from} → {to}.',
  },
  'ops.cli.replaced': { en: '  Replaced: {holdings}.', fr: '  Remplacé : {holdings}.' },
  'ops.cli.now_holds': { en: '  Now holds: {holdings}.', fr: '  Contient maintenant : {holdings}.' },
  'ops.cli.nothing': { en: 'nothing', fr: 'rien' },
  'ops.cli.log_ok': {
    en: '  Change log: {count} entries, chain intact.',
    fr: '  Journal des modifications : {count} entrées, chaîne intacte.',
  },
  'ops.cli.log_broken': {
    en: '  Change log: broken at entry #{id} ({problem}) — see `vigie log verify`.',
    fr: '  Journal des modifications : rompu à l’entrée n° {id} ({problem}) — voir `vigie log verify`.',
  },
  'ops.cli.key_ok': {
    en: '  Vault: secrets stored: {secrets}; the master key ({source}) opens them.',
    fr: '  Coffre : secrets enregistrés : {secrets} ; la clé maîtresse ({source}) les ouvre.',
  },
  'ops.cli.key_problem': {
    en: '  Vault: {problem} Vigie will not start on this database until the master key that was in use when the backup was made is given.',
    fr: '  Coffre : {problem} Vigie ne démarrera pas sur cette base tant que la clé maîtresse en usage lors de la sauvegarde ne sera pas fournie.',
  },
  // ---------- what a database holds (for the summaries)
  'ops.holds.presences': {
    en: {
      one: '{count} presence',
      other: '{count} presences',
    },
    fr: {
      one: '{count} présence',
      other: '{count} présences',
      many: '{count} présences',
    },
  },
  'ops.holds.units': {
    en: {
      one: '{count} unit',
      other: '{count} units',
    },
    fr: {
      one: '{count} unité',
      other: '{count} unités',
      many: '{count} unités',
    },
  },
  'ops.holds.people': {
    en: {
      one: '{count} person',
      other: '{count} people',
    },
    fr: {
      one: '{count} personne',
      other: '{count} personnes',
      many: '{count} personnes',
    },
  },
  'ops.holds.users': {
    en: {
      one: '{count} user',
      other: '{count} users',
    },
    fr: {
      one: '{count} utilisateur',
      other: '{count} utilisateurs',
      many: '{count} utilisateurs',
    },
  },
  'ops.holds.posts': {
    en: {
      one: '{count} post',
      other: '{count} posts',
    },
    fr: {
      one: '{count} publication',
      other: '{count} publications',
      many: '{count} publications',
    },
  },
  'ops.holds.audits': {
    en: {
      one: '{count} audit',
      other: '{count} audits',
    },
    fr: {
      one: '{count} audit',
      other: '{count} audits',
      many: '{count} audits',
    },
  },
  'ops.holds.secrets': {
    en: {
      one: '{count} secret',
      other: '{count} secrets',
    },
    fr: {
      one: '{count} secret',
      other: '{count} secrets',
      many: '{count} secrets',
    },
  },
  'ops.holds.changes': {
    en: {
      one: '{count} log entry',
      other: '{count} log entries',
    },
    fr: {
      one: '{count} entrée du journal',
      other: '{count} entrées du journal',
      many: '{count} entrées du journal',
    },
  },
  'ops.kind.sqlite': { en: 'SQLite', fr: 'SQLite' },
  'ops.kind.postgres': { en: 'PostgreSQL', fr: 'PostgreSQL' },
} satisfies Catalogue;

export type OpsMessageKey = keyof typeof opsMessages;
