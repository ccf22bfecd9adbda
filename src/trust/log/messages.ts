// What the change log says to people, in English and French: the verdict of a verification, the
// errors of a list or an export, and the CLI's words. Entry ids are given as text (`#{id}`) so that
// `fill` does not group their digits.
import type { Catalogue } from '../../core/i18n';

export const logMessages = {
  // ---------- verification
  'log.intact': {
    en: 'The change log is intact: {count} entries checked, last hash {hash}.',
    fr: 'Le journal des modifications est intact : {count} entrées vérifiées, dernière empreinte {hash}.',
  },
  'log.broken.content_changed': {
    en: 'The change log is broken at entry #{id}: its content no longer matches its hash, so it was altered after it was written.',
    fr: 'Le journal des modifications est rompu à l’entrée n° {id} : son contenu ne correspond plus à son empreinte ; elle a été modifiée après avoir été écrite.',
  },
  'log.broken.link_broken': {
    en: 'The change log is broken at entry #{id}: it does not follow the entry before it, so an entry before it was deleted, inserted or rewritten.',
    fr: 'Le journal des modifications est rompu à l’entrée n° {id} : elle ne suit pas l’entrée qui la précède ; une entrée antérieure a été supprimée, insérée ou réécrite.',
  },
  'log.broken.rows_missing_at_end': {
    en: 'The change log is broken at entry #{id}: entries at its end were deleted ({checked} found, {expected} recorded).',
    fr: 'Le journal des modifications est rompu à l’entrée n° {id} : des entrées ont été supprimées à la fin ({checked} trouvées, {expected} enregistrées).',
  },
  'log.broken.rows_added_at_end': {
    en: 'The change log is broken at entry #{id}: this entry and any after it were added without going through Vigie ({checked} found, {expected} recorded).',
    fr: 'Le journal des modifications est rompu à l’entrée n° {id} : cette entrée et les suivantes ont été ajoutées sans passer par Vigie ({checked} trouvées, {expected} enregistrées).',
  },
  'log.anchor_mismatch': {
    en: 'The change log does not match the anchored value (hash {hash}, {count} entries): its history was rewritten or shortened since the anchor was taken.',
    fr: 'Le journal des modifications ne correspond pas à la valeur ancrée (empreinte {hash}, {count} entrées) : son historique a été réécrit ou raccourci depuis l’ancrage.',
  },
  'log.problem.content_changed': {
    en: 'content changed',
    fr: 'contenu modifié',
  },
  'log.problem.link_broken': {
    en: 'link to the previous entry broken',
    fr: 'lien avec l’entrée précédente rompu',
  },
  'log.problem.rows_missing_at_end': {
    en: 'entries missing at the end',
    fr: 'entrées manquantes à la fin',
  },
  'log.problem.rows_added_at_end': {
    en: 'entries added at the end',
    fr: 'entrées ajoutées à la fin',
  },

  // ---------- inputs
  'log.bad_date': {
    en: '{field}: "{value}" is not a date (YYYY-MM-DD).',
    fr: '{field} : « {value} » n’est pas une date (AAAA-MM-JJ).',
  },
  'log.bad_hash': {
    en: '"{value}" is not a hash of the log (64 hexadecimal characters).',
    fr: '« {value} » n’est pas une empreinte du journal (64 caractères hexadécimaux).',
  },
  'log.bad_count': {
    en: '"{value}" is not a number of entries.',
    fr: '« {value} » n’est pas un nombre d’entrées.',
  },
  'log.bad_format': {
    en: 'Unknown export format "{value}": csv or jsonl.',
    fr: 'Format d’export inconnu « {value} » : csv ou jsonl.',
  },
  'log.file_bad_line': {
    en: 'Line {line} of {file} is not an entry of a change-log export (JSON Lines): {detail}',
    fr: 'La ligne {line} de {file} n’est pas une entrée d’un export du journal (JSON Lines) : {detail}',
  },
  'log.file_unreadable': {
    en: 'Cannot read {file}: {detail}',
    fr: 'Impossible de lire {file} : {detail}',
  },

  // ---------- the CLI
  'log.cli.cmd': {
    en: 'The change log: who changed what, when, hash-chained',
    fr: 'Le journal des modifications : qui a changé quoi et quand, chaîné par empreintes',
  },
  'log.cli.cmd.verify': {
    en: 'Check the hash chain and name the first broken entry (exit code 4 when broken)',
    fr: 'Vérifier la chaîne d’empreintes et nommer la première entrée rompue (code de sortie 4 si elle l’est)',
  },
  'log.cli.cmd.list': {
    en: 'List entries, newest first',
    fr: 'Lister les entrées, des plus récentes aux plus anciennes',
  },
  'log.cli.cmd.export': {
    en: 'Export entries with their hashes (CSV or JSON Lines), oldest first',
    fr: 'Exporter les entrées avec leurs empreintes (CSV ou JSON Lines), des plus anciennes aux plus récentes',
  },
  'log.cli.cmd.head': {
    en: 'Print the number of entries and the last hash, to anchor them outside Vigie',
    fr: 'Afficher le nombre d’entrées et la dernière empreinte, pour les ancrer hors de Vigie',
  },
  'log.cli.opt.expect': {
    en: 'A hash anchored earlier (`vigie log head`): the chain must pass through it',
    fr: 'Une empreinte ancrée auparavant (`vigie log head`) : la chaîne doit y passer',
  },
  'log.cli.opt.expect_count': {
    en: 'The number of entries anchored with that hash: the chain must have that hash at that entry',
    fr: 'Le nombre d’entrées ancré avec cette empreinte : la chaîne doit avoir cette empreinte à cette entrée',
  },
  'log.cli.opt.file': {
    en: 'Verify a complete JSON Lines export instead of the database',
    fr: 'Vérifier un export JSON Lines complet au lieu de la base de données',
  },
  'log.cli.opt.json': { en: 'Print JSON', fr: 'Afficher du JSON' },
  'log.cli.opt.actor': {
    en: 'Entries by this actor (contains, any case)',
    fr: 'Entrées de cet auteur (contient, casse indifférente)',
  },
  'log.cli.opt.entity': {
    en: 'Entries about this kind of object (presence, user, secret, audit…)',
    fr: 'Entrées sur ce type d’objet (presence, user, secret, audit…)',
  },
  'log.cli.opt.entity_id': { en: 'Entries about this object id', fr: 'Entrées sur cet identifiant d’objet' },
  'log.cli.opt.action': {
    en: 'Entries of this action (create, update, delete, reveal…)',
    fr: 'Entrées de cette action (create, update, delete, reveal…)',
  },
  'log.cli.opt.from': { en: 'From this day (YYYY-MM-DD)', fr: 'À partir de ce jour (AAAA-MM-JJ)' },
  'log.cli.opt.to': {
    en: 'Up to this day, included (YYYY-MM-DD)',
    fr: 'Jusqu’à ce jour inclus (AAAA-MM-JJ)',
  },
  'log.cli.opt.q': {
    en: 'Entries whose reason or change contains this text',
    fr: 'Entrées dont le motif ou la modification contient ce texte',
  },
  'log.cli.opt.limit': {
    en: 'At most this many entries (default 100)',
    fr: 'Au plus ce nombre d’entrées (100 par défaut)',
  },
  'log.cli.opt.before': {
    en: 'Entries before this id (the next page)',
    fr: 'Entrées antérieures à cet identifiant (la page suivante)',
  },
  'log.cli.opt.format': { en: 'csv or jsonl (default jsonl)', fr: 'csv ou jsonl (jsonl par défaut)' },
  'log.cli.opt.out': {
    en: 'Write to this file (default: standard output)',
    fr: 'Écrire dans ce fichier (par défaut : la sortie standard)',
  },
  'log.cli.progress': { en: 'entries checked', fr: 'entrées vérifiées' },
  'log.cli.none': { en: 'No entry matches.', fr: 'Aucune entrée ne correspond.' },
  'log.cli.more': {
    en: 'More entries: add --before {before}',
    fr: 'D’autres entrées : ajoutez --before {before}',
  },
  'log.cli.exported': {
    en: '{count} entries exported to {file}.',
    fr: '{count} entrées exportées dans {file}.',
  },
  'log.cli.head': {
    en: 'Entries: {count}\nLast entry: #{id}\nLast hash: {hash}\nAt: {at}\nKeep these outside Vigie; later, `vigie log verify --expect {hash} --expect-count {countRaw}` proves this history was not rewritten.',
    fr: 'Entrées : {count}\nDernière entrée : n° {id}\nDernière empreinte : {hash}\nLe : {at}\nConservez-les hors de Vigie ; plus tard, `vigie log verify --expect {hash} --expect-count {countRaw}` prouve que cet historique n’a pas été réécrit.',
  },
  'log.cli.anchor_ok': {
    en: 'It passes through the anchored hash at entry #{id}.',
    fr: 'Elle passe par l’empreinte ancrée à l’entrée n° {id}.',
  },
  'log.cli.head.id': { en: 'id', fr: 'n°' },
  'log.cli.head.at': { en: 'when', fr: 'quand' },
  'log.cli.head.actor': { en: 'who', fr: 'qui' },
  'log.cli.head.entity': { en: 'what', fr: 'quoi' },
  'log.cli.head.action': { en: 'action', fr: 'action' },
  'log.cli.head.diff': { en: 'before → after', fr: 'avant → après' },
  'log.cli.head.reason': { en: 'reason', fr: 'motif' },

  // ---------- what the log itself records
  'log.export_reason': {
    en: 'Change log exported ({format}).',
    fr: 'Journal des modifications exporté ({format}).',
  },
} satisfies Catalogue;

export type LogMessageKey = keyof typeof logMessages;
