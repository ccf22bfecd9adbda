// What opening an export and reading the X, Facebook, Instagram and TikTok formats says to people, in
// English and French. `{file}` is the export as the person gave it, `{entry}` the file inside it.
// Positions (line, record) are passed as strings so that they read as written, not as quantities.
import type { Catalogue } from '../core/i18n';

export const importsMessages = {
  // Opening the export
  'imports.source.not_found': {
    en: '{file}: no such file or folder.',
    fr: '{file} : ce fichier ou ce dossier n’existe pas.',
  },
  'imports.source.unreadable': {
    en: '{file} cannot be read ({reason}).',
    fr: 'Impossible de lire {file} ({reason}).',
  },
  'imports.source.too_many_files': {
    en: '{file} holds more than {limit} files: this is not a platform export.',
    fr: '{file} contient plus de {limit} fichiers : ce n’est pas un export de plateforme.',
  },
  'imports.source.no_entry': {
    en: '{file} has no entry {entry}.',
    fr: '{file} ne contient pas d’élément {entry}.',
  },
  'imports.source.read_failed': {
    en: '{file}, {entry}: reading stopped ({reason}).',
    fr: '{file}, {entry} : la lecture s’est interrompue ({reason}).',
  },

  // ZIP archives
  'imports.zip.not_zip': {
    en: '{file} is named like a ZIP archive but is not one: incomplete ZIP (interrupted download?).',
    fr: '{file} porte un nom d’archive ZIP mais n’en est pas une : ZIP incomplet (téléchargement interrompu ?).',
  },
  'imports.zip.incomplete': {
    en: '{file}: incomplete ZIP (interrupted download?): {reason}.',
    fr: '{file} : ZIP incomplet (téléchargement interrompu ?) : {reason}.',
  },
  'imports.zip.entry_incomplete': {
    en: '{file}, {entry}: incomplete ZIP (interrupted download?): {reason}.',
    fr: '{file}, {entry} : ZIP incomplet (téléchargement interrompu ?) : {reason}.',
  },
  'imports.zip.entry_damaged': {
    en: '{file}, {entry}: damaged or forged ZIP: {reason}; the file is refused.',
    fr: '{file}, {entry} : ZIP endommagé ou falsifié : {reason} ; le fichier est refusé.',
  },
  'imports.zip.directory_damaged': {
    en: '{file}: damaged or forged ZIP: entry {index} of its table of contents cannot be read ({reason}); the file is refused.',
    fr: '{file} : ZIP endommagé ou falsifié : l’élément {index} de sa table des matières est illisible ({reason}) ; le fichier est refusé.',
  },
  'imports.zip.traversal': {
    en: '{file}: the entry "{entry}" points outside the archive (path traversal); the whole file is refused.',
    fr: '{file} : l’élément « {entry} » pointe hors de l’archive (traversée de répertoires) ; le fichier entier est refusé.',
  },
  'imports.zip.too_large': {
    en: '{file}: the entries up to "{entry}" declare {total} MB once uncompressed, above the {limit} MB limit (ZIP bomb?); the file is refused.',
    fr: '{file} : les éléments jusqu’à « {entry} » annoncent {total} Mo une fois décompressés, au-delà de la limite de {limit} Mo (bombe ZIP ?) ; le fichier est refusé.',
  },
  'imports.zip.ratio': {
    en: '{file}: the entry "{entry}" would expand {ratio} times (the limit is {limit} to 1): ZIP bomb? The file is refused.',
    fr: '{file} : l’élément « {entry} » se décompresserait {ratio} fois (la limite est de {limit} pour 1) : bombe ZIP ? Le fichier est refusé.',
  },
  'imports.zip.too_many_entries': {
    en: '{file} holds {count} entries, above the limit of {limit} (ZIP bomb?); the file is refused.',
    fr: '{file} contient {count} éléments, au-delà de la limite de {limit} (bombe ZIP ?) ; le fichier est refusé.',
  },
  'imports.zip.overflow': {
    en: '{file}, {entry}: the entry expands beyond the {size} bytes it declares (ZIP bomb or damaged archive); the file is refused.',
    fr: '{file}, {entry} : l’élément dépasse, une fois décompressé, les {size} octets annoncés (bombe ZIP ou archive endommagée) ; le fichier est refusé.',
  },
  'imports.zip.encrypted': {
    en: '{file}, {entry}: the entry is encrypted (password-protected ZIP). Export the data again without a password.',
    fr: '{file}, {entry} : l’élément est chiffré (ZIP protégé par mot de passe). Exportez de nouveau les données sans mot de passe.',
  },
  'imports.zip.method': {
    en: '{file}, {entry}: compression method {method} is not supported; re-compress the archive with ordinary ZIP (deflate).',
    fr: '{file}, {entry} : la méthode de compression {method} n’est pas prise en charge ; recompressez l’archive en ZIP ordinaire (deflate).',
  },

  // JSON and JavaScript data files
  'imports.json.empty': {
    en: '{file}, {entry}: the file is empty.',
    fr: '{file}, {entry} : le fichier est vide.',
  },
  'imports.json.truncated': {
    en: '{file}, {entry}: the file stops in the middle of record {record} (which starts on line {line}): truncated export (interrupted download or copy?).',
    fr: '{file}, {entry} : le fichier s’arrête au milieu de l’enregistrement {record} (qui commence ligne {line}) : export tronqué (téléchargement ou copie interrompus ?).',
  },
  'imports.json.unclosed': {
    en: '{file}, {entry}: the file stops at line {line}, before its closing bracket (complete records: {records}): truncated export (interrupted download or copy?).',
    fr: '{file}, {entry} : le fichier s’arrête ligne {line}, avant son crochet fermant (enregistrements complets : {records}) : export tronqué (téléchargement ou copie interrompus ?).',
  },
  'imports.json.syntax': {
    en: '{file}, {entry}, line {line}: not valid JSON ({reason}).',
    fr: '{file}, {entry}, ligne {line} : JSON non valide ({reason}).',
  },
  'imports.json.not_json': {
    en: '{file}, {entry}, line {line}: expected JSON data, found "{found}".',
    fr: '{file}, {entry}, ligne {line} : des données JSON étaient attendues, « {found} » a été trouvé.',
  },
  'imports.json.trailing': {
    en: '{file}, {entry}, line {line}: unexpected content after the end of the data.',
    fr: '{file}, {entry}, ligne {line} : contenu inattendu après la fin des données.',
  },
  'imports.json.encoding': {
    en: '{file}, {entry}, line {line}: the text is not UTF-8 ({encoding}); platforms export UTF-8: was the file re-saved by another program?',
    fr: '{file}, {entry}, ligne {line} : le texte n’est pas en UTF-8 ({encoding}) ; les plateformes exportent en UTF-8 : le fichier a-t-il été réenregistré par un autre logiciel ?',
  },
  'imports.json.syntax_near': {
    en: '{file}, {entry}: not valid JSON, at or before line {line} ({reason}).',
    fr: '{file}, {entry} : JSON non valide, à la ligne {line} ou avant ({reason}).',
  },
  'imports.json.value_too_large': {
    en: '{file}, {entry}: a value before line {line} is larger than {limit} MB: this is not a platform export.',
    fr: '{file}, {entry} : une valeur avant la ligne {line} dépasse {limit} Mo : ce n’est pas un export de plateforme.',
  },
  'imports.json.record_too_large': {
    en: '{file}, {entry}: record {record} (from line {line}) is larger than {limit} MB: this is not a platform export.',
    fr: '{file}, {entry} : l’enregistrement {record} (à partir de la ligne {line}) dépasse {limit} Mo : ce n’est pas un export de plateforme.',
  },
  'imports.json.entry_too_large': {
    en: '{file}, {entry}: {size} bytes, more than the {limit} bytes such a file ever holds.',
    fr: '{file}, {entry} : {size} octets, plus que les {limit} octets qu’un tel fichier contient.',
  },
  'imports.json.not_assignment': {
    en: '{file}, {entry}: the file does not start like an X archive data file (window.YTD.… = [).',
    fr: '{file}, {entry} : le fichier ne commence pas comme un fichier de données d’archive X (window.YTD.… = [).',
  },

  // Records
  'imports.record.missing': {
    en: '{file}, {entry}, record {record} (line {line}): the field {field} is missing.',
    fr: '{file}, {entry}, enregistrement {record} (ligne {line}) : le champ {field} est absent.',
  },
  'imports.record.invalid': {
    en: '{file}, {entry}, record {record} (line {line}): the field {field} is not valid ("{value}").',
    fr: '{file}, {entry}, enregistrement {record} (ligne {line}) : le champ {field} n’est pas valide (« {value} »).',
  },
  'imports.record.item_missing': {
    en: '{file}, {entry}, {list} no. {record}: the field {field} is missing.',
    fr: '{file}, {entry}, {list} n° {record} : le champ {field} est absent.',
  },
  'imports.record.item_invalid': {
    en: '{file}, {entry}, {list} no. {record}: the field {field} is not valid ("{value}").',
    fr: '{file}, {entry}, {list} n° {record} : le champ {field} n’est pas valide (« {value} »).',
  },
  'imports.record.not_object': {
    en: '{file}, {entry}, record {record} (line {line}): expected an object.',
    fr: '{file}, {entry}, enregistrement {record} (ligne {line}) : un objet était attendu.',
  },

  // Which format
  'imports.detect.none': {
    en: '{file}: not an export Vigie can read: it looks like none of {platforms}.',
    fr: '{file} : ce n’est pas un export que Vigie sait lire : il ne ressemble à aucun de ces formats : {platforms}.',
  },
  'imports.detect.not_named': {
    en: '{file} does not look like a {named} export.',
    fr: '{file} ne ressemble pas à un export {named}.',
  },
  'imports.detect.other': {
    en: '{file}: this looks like a {other} export, not {named}.',
    fr: '{file} : cela ressemble à un export {other}, pas {named}.',
  },

  // X
  'imports.x.missing_part': {
    en: '{file}: the archive manifest lists {entry}, which the archive lacks (incomplete or partial archive?).',
    fr: '{file} : le manifeste de l’archive mentionne {entry}, absent de l’archive (archive incomplète ou partielle ?).',
  },
} satisfies Catalogue;
