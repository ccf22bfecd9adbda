// What the readers of this folder say to people, in English and French: the LinkedIn, YouTube,
// Mastodon, Bluesky and generic CSV readers, and the support they share (keys `imports.more.*`, kept as
// they were first published). The X, Meta and TikTok readers speak through ../messages.ts.
// `{file}` is the export and the entry inside it (`export.zip/outbox.json`); messages repeat where
// reading stopped (line, row, item, byte), so a message read alone still points at the place.
import type { Catalogue } from '../../core/i18n';

export const readerMessages = {
  // Shared by the readers
  'imports.more.empty': { en: '{file} is empty.', fr: 'Le fichier {file} est vide.' },
  'imports.more.entry_too_large': {
    en: '{file} is too large for what it should hold ({size} bytes, at most {max}): is it the right file?',
    fr: 'Le fichier {file} est trop volumineux pour ce qu’il doit contenir ({size} octets, au plus {max}) : est-ce le bon fichier ?',
  },
  'imports.more.read_failed': {
    en: '{file} could not be read after byte {byte}: {reason}',
    fr: 'Le fichier {file} n’a pas pu être lu au-delà de l’octet {byte} : {reason}',
  },
  'imports.more.read_failed_line': {
    en: '{file} could not be read after line {line}: {reason}',
    fr: 'Le fichier {file} n’a pas pu être lu au-delà de la ligne {line} : {reason}',
  },
  'imports.more.json_invalid': {
    en: '{file} is not valid JSON (line {line}): {reason}',
    fr: 'Le fichier {file} n’est pas du JSON valide (ligne {line}) : {reason}',
  },
  'imports.more.json_truncated': {
    en: '{file} stops after item {item} (byte {byte}): the JSON is cut short or damaged ({reason}).',
    fr: 'Le fichier {file} s’arrête après l’élément {item} (octet {byte}) : le JSON est tronqué ou endommagé ({reason}).',
  },
  'imports.more.not_text': {
    en: '{file} is not a text file.',
    fr: 'Le fichier {file} n’est pas un fichier texte.',
  },
  'imports.more.bad_utf8': {
    en: '{file}: line {line} is not valid UTF-8 although the lines before it are: save the file as UTF-8 and import it again.',
    fr: '{file} : la ligne {line} n’est pas en UTF-8 valide alors que les précédentes le sont : enregistrez le fichier en UTF-8 et importez-le à nouveau.',
  },
  'imports.more.csv_unterminated_quote': {
    en: '{file}: the quoted value opened on line {line} is never closed (file cut short?).',
    fr: '{file} : la valeur entre guillemets ouverte ligne {line} n’est jamais refermée (fichier tronqué ?).',
  },
  'imports.more.csv_cell_too_long': {
    en: '{file}: line {line} holds a value longer than {max} characters: this is not a CSV file of this kind.',
    fr: '{file} : la ligne {line} contient une valeur de plus de {max} caractères : ce n’est pas un fichier CSV de ce type.',
  },
  'imports.more.csv_too_many_cells': {
    en: '{file}: line {line} has more than {cells} values: this is not a CSV file of this kind.',
    fr: '{file} : la ligne {line} compte plus de {cells} valeurs : ce n’est pas un fichier CSV de ce type.',
  },

  // LinkedIn page exports
  'imports.linkedin.no_file': {
    en: '{file} holds no LinkedIn page export (content, followers or visitors workbook).',
    fr: '{file} ne contient aucun export de page LinkedIn (classeur contenu, abonnés ou visiteurs).',
  },
  'imports.linkedin.xls_unsupported': {
    en: '{file} is an old binary Excel workbook (.xls): open it and save it as .xlsx or CSV, then import it again.',
    fr: 'Le fichier {file} est un ancien classeur Excel binaire (.xls) : ouvrez-le et enregistrez-le au format .xlsx ou CSV, puis importez-le à nouveau.',
  },
  'imports.linkedin.xlsx_damaged': {
    en: '{file}, {part}: damaged or forged XLSX workbook: {reason}; the file is refused.',
    fr: '{file}, {part} : classeur XLSX endommagé ou falsifié : {reason} ; le fichier est refusé.',
  },
  'imports.linkedin.xlsx_unreadable': {
    en: '{file} is not a readable XLSX workbook (cut short or damaged?): {reason}',
    fr: 'Le fichier {file} n’est pas un classeur XLSX lisible (tronqué ou endommagé ?) : {reason}',
  },
  'imports.linkedin.no_header': {
    en: '{file}, sheet "{sheet}": no header row with LinkedIn columns in its first {rows} rows.',
    fr: '{file}, feuille « {sheet} » : aucune ligne d’en-tête avec des colonnes LinkedIn dans ses {rows} premières lignes.',
  },
  'imports.linkedin.bad_number': {
    en: '{file}, sheet "{sheet}", row {line}, column "{column}": "{value}" is not a number.',
    fr: '{file}, feuille « {sheet} », ligne {line}, colonne « {column} » : « {value} » n’est pas un nombre.',
  },
  'imports.linkedin.bad_date': {
    en: '{file}, sheet "{sheet}", row {line}, column "{column}": "{value}" is not a date (MM/DD/YYYY expected).',
    fr: '{file}, feuille « {sheet} », ligne {line}, colonne « {column} » : « {value} » n’est pas une date (MM/JJ/AAAA attendu).',
  },
  'imports.linkedin.several_pages': {
    en: '{file} belongs to the page "{page}", but {first} to the page "{other}": import each page’s files separately.',
    fr: 'Le fichier {file} concerne la page « {page} », mais {first} la page « {other} » : importez séparément les fichiers de chaque page.',
  },

  // YouTube (Google Takeout)
  'imports.youtube.no_file': {
    en: '{file} holds no YouTube channel or video metadata (Google Takeout "YouTube and YouTube Music").',
    fr: '{file} ne contient ni chaîne ni métadonnées de vidéos YouTube (Google Takeout « YouTube et YouTube Music »).',
  },
  'imports.youtube.bad_date': {
    en: '{file}, line {line}, column "{column}": "{value}" is not a timestamp.',
    fr: '{file}, ligne {line}, colonne « {column} » : « {value} » n’est pas un horodatage.',
  },
  'imports.youtube.no_video_id': {
    en: '{file}, line {line}: the video has no id.',
    fr: '{file}, ligne {line} : la vidéo n’a pas d’identifiant.',
  },
  'imports.youtube.not_video': {
    en: '{file}, item {item}: not a YouTube video resource (no id or no snippet).',
    fr: '{file}, élément {item} : ce n’est pas une ressource vidéo YouTube (pas d’identifiant ou pas de « snippet »).',
  },

  // Mastodon
  'imports.mastodon.no_outbox': {
    en: '{file} holds no outbox.json: is it a Mastodon account archive?',
    fr: '{file} ne contient pas de outbox.json : est-ce bien une archive de compte Mastodon ?',
  },
  'imports.mastodon.actor_invalid': {
    en: '{file} is not an ActivityPub actor: {reason}.',
    fr: 'Le fichier {file} n’est pas un acteur ActivityPub : {reason}.',
  },
  'imports.mastodon.not_collection': {
    en: '{file} is not an ActivityPub collection (no "orderedItems" list).',
    fr: 'Le fichier {file} n’est pas une collection ActivityPub (pas de liste « orderedItems »).',
  },
  'imports.mastodon.bad_activity': {
    en: '{file}, activity {item} (line {line}): {reason}.',
    fr: '{file}, activité {item} (ligne {line}) : {reason}.',
  },

  // Bluesky
  'imports.bluesky.not_car': {
    en: '{file} is not a CAR repository export: {reason}',
    fr: 'Le fichier {file} n’est pas un export de dépôt CAR : {reason}',
  },
  'imports.bluesky.truncated': {
    en: '{file} stops after block {block} (byte {byte}): the CAR file is cut short or damaged ({reason}).',
    fr: 'Le fichier {file} s’arrête après le bloc {block} (octet {byte}) : le fichier CAR est tronqué ou endommagé ({reason}).',
  },
  'imports.bluesky.no_commit': {
    en: '{file}: the root block is not a repository commit (no DID): is it a Bluesky repository export?',
    fr: '{file} : le bloc racine n’est pas un commit de dépôt (pas de DID) : est-ce bien un export de dépôt Bluesky ?',
  },
  'imports.bluesky.bad_block': {
    en: '{file}, block {block} ({cid}): it cannot be decoded as DAG-CBOR ({reason}).',
    fr: '{file}, bloc {block} ({cid}) : il ne peut pas être décodé en DAG-CBOR ({reason}).',
  },
  'imports.bluesky.bad_record': {
    en: '{file}, record {key}: {reason}.',
    fr: '{file}, enregistrement {key} : {reason}.',
  },

  // Generic CSV
  'imports.csv.no_file': {
    en: '{file} holds no CSV of posts or daily metrics (see the generic CSV format in the documentation).',
    fr: '{file} ne contient aucun CSV de publications ou de statistiques quotidiennes (voir le format CSV générique dans la documentation).',
  },
  'imports.csv.unknown_kind': {
    en: '{file}: the columns are neither those of posts (post_id, published_at, text…) nor those of daily metrics (date, audience, impressions…).',
    fr: '{file} : les colonnes ne sont ni celles de publications (id_publication, date_publication, texte…) ni celles de statistiques quotidiennes (date, abonnes, impressions…).',
  },
  'imports.csv.missing_column': {
    en: '{file}: the column "{column}" is missing.',
    fr: '{file} : la colonne « {column} » est absente.',
  },
  'imports.csv.no_metric_column': {
    en: '{file}: a daily metrics file needs at least one of the columns audience, audience_gained, impressions, engagements, visits, video_views.',
    fr: '{file} : un fichier de statistiques quotidiennes doit avoir au moins une des colonnes abonnes, nouveaux_abonnes, impressions, engagements, visites, vues_video.',
  },
  'imports.csv.duplicate_column': {
    en: '{file}: the columns "{column}" and "{other}" say the same thing.',
    fr: '{file} : les colonnes « {column} » et « {other} » disent la même chose.',
  },
  'imports.csv.too_many_cells': {
    en: '{file}, line {line}: {cells} values for {columns} columns.',
    fr: '{file}, ligne {line} : {cells} valeurs pour {columns} colonnes.',
  },
  'imports.csv.required': {
    en: '{file}, line {line}, column "{column}": a value is required.',
    fr: '{file}, ligne {line}, colonne « {column} » : une valeur est obligatoire.',
  },
  'imports.csv.bad_number': {
    en: '{file}, line {line}, column "{column}": "{value}" is not a count (a whole number, 0 or more).',
    fr: '{file}, ligne {line}, colonne « {column} » : « {value} » n’est pas un nombre entier positif ou nul.',
  },
  'imports.csv.bad_signed_number': {
    en: '{file}, line {line}, column "{column}": "{value}" is not a whole number.',
    fr: '{file}, ligne {line}, colonne « {column} » : « {value} » n’est pas un nombre entier.',
  },
  'imports.csv.bad_date': {
    en: '{file}, line {line}, column "{column}": "{value}" is not a date (2024-03-05 or 05/03/2024).',
    fr: '{file}, ligne {line}, colonne « {column} » : « {value} » n’est pas une date (2024-03-05 ou 05/03/2024).',
  },
  'imports.csv.bad_timestamp': {
    en: '{file}, line {line}, column "{column}": "{value}" is not a date and time (2024-03-05T14:30:00+01:00 or 05/03/2024 14:30).',
    fr: '{file}, ligne {line}, colonne « {column} » : « {value} » n’est pas une date et heure (2024-03-05T14:30:00+01:00 ou 05/03/2024 14:30).',
  },
  'imports.csv.mixed_date_order': {
    en: '{file}, column "{column}": some dates are written day first and others month first: write them as 2024-03-05.',
    fr: '{file}, colonne « {column} » : certaines dates sont écrites jour en premier, d’autres mois en premier : écrivez-les 2024-03-05.',
  },
  'imports.csv.bad_kind': {
    en: '{file}, line {line}, column "{column}": "{value}" is not a kind of post (original, reply, share, quote).',
    fr: '{file}, ligne {line}, colonne « {column} » : « {value} » n’est pas un type de publication (originale, reponse, partage, citation).',
  },
  'imports.csv.bad_language': {
    en: '{file}, line {line}, column "{column}": "{value}" is not a language code (fr, en, pt-BR…).',
    fr: '{file}, ligne {line}, colonne « {column} » : « {value} » n’est pas un code de langue (fr, en, pt-BR…).',
  },
  'imports.csv.bad_url': {
    en: '{file}, line {line}, column "{column}": "{value}" is not a web address (http:// or https://).',
    fr: '{file}, ligne {line}, colonne « {column} » : « {value} » n’est pas une adresse web (http:// ou https://).',
  },
  'imports.csv.bad_platform': {
    en: '{file}, line {line}, column "{column}": "{value}" is not a platform Vigie knows.',
    fr: '{file}, ligne {line}, colonne « {column} » : « {value} » n’est pas une plateforme connue de Vigie.',
  },
  'imports.csv.bad_account': {
    en: '{file}, line {line}: "{value}" does not name an account on {platform}.',
    fr: '{file}, ligne {line} : « {value} » ne désigne pas un compte sur {platform}.',
  },
  'imports.csv.account_incomplete': {
    en: '{file}, line {line}: the account is named by platform and handle, or by account_url; "{column}" is missing.',
    fr: '{file}, ligne {line} : le compte se désigne par plateforme et identifiant, ou par url_compte ; « {column} » manque.',
  },
  'imports.csv.several_accounts': {
    en: '{file}, line {line}: this row is about {other}, the file about {account}: one account per file.',
    fr: '{file}, ligne {line} : cette ligne concerne {other}, le fichier {account} : un seul compte par fichier.',
  },
  'imports.csv.duplicate_day': {
    en: '{file}, line {line}: the day {day} is already given on line {first}.',
    fr: '{file}, ligne {line} : le jour {day} figure déjà ligne {first}.',
  },
  'imports.csv.too_many_issues': {
    en: '{file}: more than {max} problems; the first {max} are listed.',
    fr: '{file} : plus de {max} problèmes ; les {max} premiers sont listés.',
  },
} satisfies Catalogue;
