// What reading, checking and writing an inventory file says to people, in English and French.
// Row messages repeat the line and column, so a message read alone (CLI, rejects file) still points
// at the cell.
import type { Catalogue } from '../../core/i18n';

const AT_CELL_EN = 'Line {line}, column "{column}":';
const AT_CELL_FR = 'Ligne {line}, colonne « {column} » :';

export const inventoryMessages = {
  // The file as a whole
  'inventory.empty': { en: '{file} is empty.', fr: 'Le fichier {file} est vide.' },
  'inventory.no_rows': {
    en: '{file} has a header row but no data rows: nothing to import.',
    fr: 'Le fichier {file} comporte une ligne d’en-tête mais aucune ligne de données : rien à importer.',
  },
  'inventory.binary': {
    en: '{file} is neither a text file (CSV, JSON) nor an XLSX workbook.',
    fr: 'Le fichier {file} n’est ni un fichier texte (CSV, JSON) ni un classeur XLSX.',
  },
  'inventory.xls_unsupported': {
    en: '{file} is an old Excel workbook (.xls): save it as .xlsx or CSV, then import it again.',
    fr: 'Le fichier {file} est un ancien classeur Excel (.xls) : enregistrez-le au format .xlsx ou CSV, puis importez-le à nouveau.',
  },
  'inventory.ods_unsupported': {
    en: '{file} is an OpenDocument spreadsheet (.ods): save it as .xlsx or CSV, then import it again.',
    fr: 'Le fichier {file} est un classeur OpenDocument (.ods) : enregistrez-le au format .xlsx ou CSV, puis importez-le à nouveau.',
  },
  'inventory.not_xlsx': {
    en: '{file} is not an XLSX workbook.',
    fr: 'Le fichier {file} n’est pas un classeur XLSX.',
  },
  'inventory.zip_not_xlsx': {
    en: '{file} is a ZIP archive but not an XLSX workbook.',
    fr: 'Le fichier {file} est une archive ZIP, mais pas un classeur XLSX.',
  },
  'inventory.xlsx_truncated': {
    en: '{file} is incomplete: the workbook is cut short (interrupted download or copy?).',
    fr: 'Le fichier {file} est incomplet : le classeur est tronqué (téléchargement ou copie interrompus ?).',
  },
  'inventory.xlsx_damaged': {
    en: '{file}, {entry}: damaged or forged workbook: {reason}.',
    fr: '{file}, {entry} : classeur endommagé ou falsifié : {reason}.',
  },
  'inventory.xlsx_damaged_archive': {
    en: '{file}: damaged or forged workbook: {reason}.',
    fr: '{file} : classeur endommagé ou falsifié : {reason}.',
  },
  'inventory.reason.xlsx_content': {
    en: 'its content is not what an XLSX workbook holds',
    fr: 'son contenu n’est pas celui d’un classeur XLSX',
  },
  'inventory.xlsx_corrupt': {
    en: '{file} cannot be read as an XLSX workbook ({reason}).',
    fr: 'Le classeur {file} est illisible ({reason}).',
  },
  'inventory.xlsx_other_sheets': {
    en: '{file}: rows read from sheet "{sheet}"; other sheets ignored: {others}.',
    fr: '{file} : lignes lues dans la feuille « {sheet} » ; autres feuilles ignorées : {others}.',
  },
  'inventory.rows_above_header': {
    en: '{file}: rows {rows} above the header (line {line}) look like a title and were skipped.',
    fr: '{file} : les lignes {rows}, au-dessus de l’en-tête (ligne {line}), ressemblent à un titre et ont été ignorées.',
  },
  'inventory.json_syntax': {
    en: '{file} is not valid JSON: syntax error at line {line}, column {column}.',
    fr: 'Le fichier {file} n’est pas un JSON valide : erreur de syntaxe ligne {line}, colonne {column}.',
  },
  'inventory.json_not_array': {
    en: '{file} must hold an array of objects (one per presence), or an object with a "presences" array.',
    fr: 'Le fichier {file} doit contenir un tableau d’objets (un par présence), ou un objet doté d’un tableau « presences ».',
  },
  'inventory.json_item_not_object': {
    en: 'Item {line}: expected an object describing one presence.',
    fr: 'Élément {line} : un objet décrivant une présence est attendu.',
  },
  'inventory.csv_unterminated_quote': {
    en: '{file}, line {line}: a quoted value is never closed (missing ").',
    fr: '{file}, ligne {line} : une valeur entre guillemets n’est jamais refermée (guillemet " manquant).',
  },
  'inventory.csv_bad_quotes': {
    en: 'Line {line}: misplaced quotes ("); the row may be cut in the wrong places.',
    fr: 'Ligne {line} : guillemets (") mal placés ; la ligne risque d’être mal découpée.',
  },
  'inventory.too_many_rows': {
    en: '{file} has more than {max} rows: split it into several files.',
    fr: 'Le fichier {file} dépasse {max} lignes : découpez-le en plusieurs fichiers.',
  },
  'inventory.too_many_columns': {
    en: '{file} has {count} columns, more than the {max} accepted.',
    fr: 'Le fichier {file} compte {count} colonnes, au-delà des {max} acceptées.',
  },
  'inventory.header_too_long': {
    en: '{file}, line {line}: the header of column {n} is longer than {max} characters.',
    fr: '{file}, ligne {line} : l’en-tête de la colonne {n} dépasse {max} caractères.',
  },
  'inventory.field_too_long': {
    en: `${AT_CELL_EN} a value of {length} characters, more than the {max} accepted (not kept).`,
    fr: `${AT_CELL_FR} valeur de {length} caractères, au-delà des {max} acceptés (non conservée).`,
  },
  'inventory.too_many_cells': {
    en: 'Line {line}: {count} cells for {expected} columns; a value probably contains the delimiter without quotes.',
    fr: 'Ligne {line} : {count} cellules pour {expected} colonnes ; une valeur contient sans doute le séparateur sans être entre guillemets.',
  },

  // Columns
  'inventory.map_invalid': {
    en: 'The column mapping (--map) is not valid.',
    fr: 'La correspondance des colonnes (--map) n’est pas valide.',
  },
  'inventory.map_pair_invalid': {
    en: '--map: "{pair}" is not of the form Header=field.',
    fr: '--map : « {pair} » n’est pas de la forme En-tête=champ.',
  },
  'inventory.map_field_unknown': {
    en: '--map: "{field}" (for column "{header}") is neither a field nor a platform. Fields: {fields}; a platform (x, facebook, youtube…) for a column of accounts; or ignore.',
    fr: '--map : « {field} » (pour la colonne « {header} ») n’est ni un champ ni une plateforme. Champs : {fields} ; une plateforme (x, facebook, youtube…) pour une colonne de comptes ; ou ignore.',
  },
  'inventory.map_header_unknown': {
    en: '--map names a column "{header}" that the file does not have. Its columns: {columns}.',
    fr: '--map désigne une colonne « {header} » absente du fichier. Ses colonnes : {columns}.',
  },
  'inventory.column_duplicate': {
    en: 'Columns {columns} all give the {field} field; the first is used. Keep one, or set the others aside with --map "Header=ignore".',
    fr: 'Les colonnes {columns} renseignent toutes le champ {field} ; seule la première est lue. Gardez-en une, ou écartez les autres avec --map "En-tête=ignore".',
  },
  'inventory.column_shadowed': {
    en: 'Column "{column}" also looks like the {field} field; "{kept}" is used for it.',
    fr: 'La colonne « {column} » semble aussi renseigner le champ {field} ; c’est « {kept} » qui est retenue.',
  },
  'inventory.column_unknown': {
    en: 'Column "{column}" is not recognised and is ignored. To import it, use --map "{column}=field".',
    fr: 'La colonne « {column} » n’est pas reconnue : elle est ignorée. Pour l’importer, utilisez --map "{column}=champ".',
  },
  'inventory.wide_column_ignored': {
    en: 'Column "{column}" is ignored: with one column per platform ({platforms}), each row holds several accounts and "{column}" cannot say which one it is about. To read it as a platform’s accounts, use --map "{column}=platform" (e.g. "{column}=x").',
    fr: 'La colonne « {column} » est ignorée : avec une colonne par plateforme ({platforms}), chaque ligne porte plusieurs comptes et « {column} » ne peut pas dire duquel elle parle. Pour la lire comme les comptes d’une plateforme, utilisez --map "{column}=plateforme" (par exemple "{column}=x").',
  },
  'inventory.wide_long_conflict': {
    en: 'Column "{column}" is mapped to {field}, but the file has one column per platform ({platforms}): a row holds several accounts. Map "{column}" to a platform (e.g. "{column}=x") or to ignore.',
    fr: 'La colonne « {column} » est associée au champ {field}, mais le fichier a une colonne par plateforme ({platforms}) : une ligne porte plusieurs comptes. Associez « {column} » à une plateforme (par exemple "{column}=x") ou à ignore.',
  },
  'inventory.wide_rows_empty': {
    en: 'Rows with no account in any platform column, from which nothing is imported: {count} (lines {lines}).',
    fr: 'Lignes sans aucun compte dans les colonnes de plateformes, dont rien n’est importé : {count} (lignes {lines}).',
  },
  'inventory.column_no_header': {
    en: 'Column {n} has no header and is ignored.',
    fr: 'La colonne {n} n’a pas d’en-tête : elle est ignorée.',
  },
  'inventory.no_profile_column': {
    en: 'No column gives a profile URL or a handle. Columns found: {columns}. Name the right one with --map "Header=url" (or "Header=handle").',
    fr: 'Aucune colonne ne donne l’URL d’un profil ni un identifiant de compte. Colonnes trouvées : {columns}. Indiquez la bonne avec --map "En-tête=url" (ou "En-tête=handle").',
  },

  // Values
  'inventory.date_invalid': {
    en: `${AT_CELL_EN} "{value}" is not a date (expected e.g. 2021-03-04, 04/03/2021 or 4 March 2021).`,
    fr: `${AT_CELL_FR} « {value} » n’est pas une date (attendu par ex. 2021-03-04, 04/03/2021 ou 4 mars 2021).`,
  },
  'inventory.date_out_of_range': {
    en: `${AT_CELL_EN} "{value}": the year {year} is not plausible.`,
    fr: `${AT_CELL_FR} « {value} » : l’année {year} n’est pas vraisemblable.`,
  },
  'inventory.number_invalid': {
    en: `${AT_CELL_EN} "{value}" is not a number (expected e.g. 12500, 12 500 or 12.5k).`,
    fr: `${AT_CELL_FR} « {value} » n’est pas un nombre (attendu par ex. 12500, 12 500 ou 12,5 k).`,
  },
  'inventory.number_negative': {
    en: `${AT_CELL_EN} "{value}" is negative.`,
    fr: `${AT_CELL_FR} « {value} » est négatif.`,
  },
  'inventory.number_too_large': {
    en: `${AT_CELL_EN} "{value}" is too large.`,
    fr: `${AT_CELL_FR} « {value} » est trop grand.`,
  },
  'inventory.id_invalid': {
    en: `${AT_CELL_EN} "{value}" is not a presence id (a whole number).`,
    fr: `${AT_CELL_FR} « {value} » n’est pas un identifiant de présence (nombre entier).`,
  },
  'inventory.status_invalid': {
    en: `${AT_CELL_EN} "{value}" is not a status. Expected: discovered, active, dormant, abandoned, closing, redirecting, closed or archived.`,
    fr: `${AT_CELL_FR} « {value} » n’est pas un statut. Attendu : découvert, actif, en sommeil, abandonné, à fermer, redirection, fermé ou archivé.`,
  },
  'inventory.mfa_invalid': {
    en: `${AT_CELL_EN} "{value}" does not say whether MFA is on. Expected: yes, no or ?.`,
    fr: `${AT_CELL_FR} « {value} » n’indique pas si la double authentification est active. Attendu : oui, non ou ?.`,
  },
  'inventory.recovery_invalid': {
    en: `${AT_CELL_EN} "{value}" is not a recovery contact. Expected an e-mail address, or corporate, personal or unknown.`,
    fr: `${AT_CELL_FR} « {value} » n’est pas un contact de récupération. Attendu : une adresse e-mail, ou professionnel, personnel ou inconnu.`,
  },
  'inventory.email_invalid': {
    en: `${AT_CELL_EN} "{value}" holds an e-mail address that is not valid.`,
    fr: `${AT_CELL_FR} « {value} » contient une adresse e-mail invalide.`,
  },
  'inventory.language_invalid': {
    en: `${AT_CELL_EN} "{value}" is not a language (expected e.g. fr, en, français, English, fr/en).`,
    fr: `${AT_CELL_FR} « {value} » n’est pas une langue (attendu par ex. fr, en, français, anglais, fr/en).`,
  },
  'inventory.tag_too_long': {
    en: `${AT_CELL_EN} a tag is longer than {max} characters.`,
    fr: `${AT_CELL_FR} une étiquette dépasse {max} caractères.`,
  },
  'inventory.too_many_tags': {
    en: `${AT_CELL_EN} more than {max} tags.`,
    fr: `${AT_CELL_FR} plus de {max} étiquettes.`,
  },
  'inventory.person_several_emails': {
    en: `${AT_CELL_EN} "{value}" names several e-mail addresses; give one person.`,
    fr: `${AT_CELL_FR} « {value} » comporte plusieurs adresses e-mail ; indiquez une seule personne.`,
  },
  'inventory.person_invalid': {
    en: `${AT_CELL_EN} "{value}" is neither a name nor an e-mail address.`,
    fr: `${AT_CELL_FR} « {value} » n’est ni un nom ni une adresse e-mail.`,
  },
  'inventory.name_too_long': {
    en: `${AT_CELL_EN} the name is longer than {max} characters.`,
    fr: `${AT_CELL_FR} le nom dépasse {max} caractères.`,
  },
  'inventory.text_too_long': {
    en: `${AT_CELL_EN} the text is longer than {max} characters.`,
    fr: `${AT_CELL_FR} le texte dépasse {max} caractères.`,
  },

  // Rows
  'inventory.row_no_profile': {
    en: 'Line {line}: no profile URL and no handle ({columns}); the row names no presence.',
    fr: 'Ligne {line} : ni URL de profil ni identifiant ({columns}) ; la ligne ne désigne aucune présence.',
  },
  'inventory.url_invalid': {
    en: `${AT_CELL_EN} "{value}" is neither a URL nor a handle that Vigie can read.`,
    fr: `${AT_CELL_FR} « {value} » n’est ni une URL ni un identifiant que Vigie sait lire.`,
  },
  'inventory.handle_invalid': {
    en: `${AT_CELL_EN} "{value}" is not a valid {platform} handle.`,
    fr: `${AT_CELL_FR} « {value} » n’est pas un identifiant {platform} valide.`,
  },
  'inventory.row_no_platform': {
    en: `${AT_CELL_EN} cannot tell which platform the handle "{value}" is on: give a known platform or a profile URL.`,
    fr: `${AT_CELL_FR} impossible de savoir sur quelle plateforme se trouve l’identifiant « {value} » : indiquez une plateforme connue ou l’URL du profil.`,
  },
  'inventory.platform_unknown': {
    en: `${AT_CELL_EN} the platform "{value}" is unknown; the URL decides.`,
    fr: `${AT_CELL_FR} la plateforme « {value} » est inconnue ; c’est l’URL qui fait foi.`,
  },
  'inventory.platform_unknown_no_url': {
    en: `${AT_CELL_EN} the platform "{value}" is unknown and no URL says where the account is.`,
    fr: `${AT_CELL_FR} la plateforme « {value} » est inconnue et aucune URL n’indique où se trouve le compte.`,
  },
  'inventory.platform_fuzzy': {
    en: `${AT_CELL_EN} "{value}" read as {platform}.`,
    fr: `${AT_CELL_FR} « {value} » compris comme {platform}.`,
  },
  'inventory.platform_mismatch': {
    en: `${AT_CELL_EN} the platform says {given} but the URL is on {platform}; the URL wins.`,
    fr: `${AT_CELL_FR} la plateforme indiquée est {given}, mais l’URL relève de {platform} ; c’est l’URL qui fait foi.`,
  },
  'inventory.handle_mismatch': {
    en: `${AT_CELL_EN} the handle "{value}" differs from the URL's "{handle}"; the URL wins.`,
    fr: `${AT_CELL_FR} l’identifiant « {value} » diffère de celui de l’URL (« {handle} ») ; c’est l’URL qui fait foi.`,
  },
  'inventory.url_not_profile': {
    en: `${AT_CELL_EN} "{value}" is not a profile on a known platform; kept as {platform}.`,
    fr: `${AT_CELL_FR} « {value} » n’est pas un profil sur une plateforme connue ; conservé comme {platform}.`,
  },
  'inventory.dates_mixed': {
    en: 'Dates are written both day-first and month-first in this file; dates such as 03/04/2021 were read day-first (3 April).',
    fr: 'Ce fichier écrit les dates tantôt jour en premier, tantôt mois en premier ; les dates ambiguës comme 03/04/2021 ont été lues jour en premier (3 avril).',
  },
  // Values in the organisation's own words, and what a person says they mean
  'inventory.value_unmapped': {
    en: '{reason} Map it once: {option} (in the web preview: choose what it means under "Values to recognise"); the mapping is remembered for this source.',
    fr: '{reason} Indiquez une fois ce que signifie cette valeur : {option} (dans l’aperçu web : choisissez sa signification sous « Valeurs à reconnaître ») ; la correspondance est retenue pour cette source.',
  },
  'inventory.values_to_map': {
    en: {
      one: '{count} value is not recognised ({fields}). To import every row, say what it means: {option} — or choose it in the web preview.',
      other:
        '{count} values are not recognised ({fields}). To import every row, say what they mean: {option} — or choose it in the web preview.',
    },
    fr: {
      one: '{count} valeur n’est pas reconnue ({fields}). Pour importer toutes les lignes, indiquez ce qu’elle signifie : {option} — ou choisissez-le dans l’aperçu web.',
      other:
        '{count} valeurs ne sont pas reconnues ({fields}). Pour importer toutes les lignes, indiquez ce qu’elles signifient : {option} — ou choisissez-le dans l’aperçu web.',
      many: '{count} de valeurs ne sont pas reconnues ({fields}). Pour importer toutes les lignes, indiquez ce qu’elles signifient : {option} — ou choisissez-le dans l’aperçu web.',
    },
  },
  'inventory.values_invalid': {
    en: 'The value mapping (--values) is not valid.',
    fr: 'La correspondance des valeurs (--values) n’est pas valide.',
  },
  'inventory.values_pair_invalid': {
    en: '--values: "{pair}" is not of the form field:Value=meaning (e.g. language:Bilingual=fr/en; a value holding a comma goes in double quotes).',
    fr: '--values : « {pair} » n’est pas de la forme champ:Valeur=signification (par ex. language:Bilingue=fr/en ; une valeur contenant une virgule se met entre guillemets doubles).',
  },
  'inventory.values_unclosed_quote': {
    en: '--values: the double quote opened in "{pair}" is never closed.',
    fr: '--values : le guillemet double ouvert dans « {pair} » n’est jamais refermé.',
  },
  'inventory.values_field_unknown': {
    en: '--values: "{field}" is not a field whose values can be mapped. Fields: {fields}.',
    fr: '--values : « {field} » n’est pas un champ dont les valeurs peuvent être associées. Champs : {fields}.',
  },
  'inventory.values_value_invalid': {
    en: '--values: the {field} value "{value}" is empty or longer than {max} characters.',
    fr: '--values : la valeur « {value} » du champ {field} est vide ou dépasse {max} caractères.',
  },
  'inventory.values_meaning_invalid': {
    en: '--values: "{meaning}" is not a meaning for {field}. Expected: {expected}, or ignore.',
    fr: '--values : « {meaning} » n’est pas une signification possible pour {field}. Attendu : {expected}, ou ignore.',
  },
  'inventory.values_too_many': {
    en: '--values: more than {max} mappings.',
    fr: '--values : plus de {max} correspondances.',
  },
  'inventory.value_mapping_not_found': {
    en: 'No such remembered value mapping.',
    fr: 'Cette correspondance de valeur retenue n’existe pas.',
  },
  'inventory.dates_month_first': {
    en: 'Dates in this file are written month-first (e.g. {example}); read that way.',
    fr: 'Les dates de ce fichier sont écrites mois en premier (par ex. {example}) ; elles ont été lues ainsi.',
  },
  // People and units named the way the registry does not write them (./match.ts, ./refs.ts)
  'inventory.person_read_as': {
    en: {
      one: 'Line {lines}, column "{column}": "{value}" is read as {name} ({how}).',
      other: 'Lines {lines}, column "{column}": "{value}" is read as {name} ({how}).',
    },
    fr: {
      one: 'Ligne {lines}, colonne « {column} » : « {value} » est lu comme {name} ({how}).',
      other: 'Lignes {lines}, colonne « {column} » : « {value} » est lu comme {name} ({how}).',
      many: 'Lignes {lines}, colonne « {column} » : « {value} » est lu comme {name} ({how}).',
    },
  },
  'inventory.unit_read_as': {
    en: {
      one: 'Line {lines}, column "{column}": "{value}" is read as the unit {name} ({how}).',
      other: 'Lines {lines}, column "{column}": "{value}" is read as the unit {name} ({how}).',
    },
    fr: {
      one: 'Ligne {lines}, colonne « {column} » : « {value} » est lu comme l’entité {name} ({how}).',
      other: 'Lignes {lines}, colonne « {column} » : « {value} » est lu comme l’entité {name} ({how}).',
      many: 'Lignes {lines}, colonne « {column} » : « {value} » est lu comme l’entité {name} ({how}).',
    },
  },
  'inventory.person_did_you_mean': {
    en: {
      one: `${AT_CELL_EN} "{value}" is nobody the registry knows, but it is close to {candidates}: did you mean them? Say who it is once: {option} (their name, new for a new person, or ignore; in the web preview: under "Values to recognise"); it is remembered for this source.`,
      other: `${AT_CELL_EN} "{value}" is nobody the registry knows, but it is close to {count} people: {candidates}. Did you mean one of them? Say who it is once: {option} (a name, new for a new person, or ignore; in the web preview: under "Values to recognise"); it is remembered for this source.`,
    },
    fr: {
      one: `${AT_CELL_FR} « {value} » ne désigne personne de connu, mais ressemble à {candidates} : vouliez-vous dire cette personne ? Indiquez une fois de qui il s’agit : {option} (son nom, new pour une nouvelle personne, ou ignore ; dans l’aperçu web : sous « Valeurs à reconnaître ») ; c’est retenu pour cette source.`,
      other: `${AT_CELL_FR} « {value} » ne désigne personne de connu, mais ressemble à {count} personnes : {candidates}. Vouliez-vous dire l’une d’elles ? Indiquez une fois de qui il s’agit : {option} (un nom, new pour une nouvelle personne, ou ignore ; dans l’aperçu web : sous « Valeurs à reconnaître ») ; c’est retenu pour cette source.`,
      many: `${AT_CELL_FR} « {value} » ne désigne personne de connu, mais ressemble à {count} de personnes : {candidates}. Vouliez-vous dire l’une d’elles ? Indiquez une fois de qui il s’agit : {option} (un nom, new pour une nouvelle personne, ou ignore ; dans l’aperçu web : sous « Valeurs à reconnaître ») ; c’est retenu pour cette source.`,
    },
  },
  'inventory.unit_did_you_mean': {
    en: {
      one: `${AT_CELL_EN} "{value}" is no unit the registry knows, but it is close to {candidates}: did you mean it? Say which unit it is once: {option} (its name, new to create the unit, or ignore; in the web preview: under "Values to recognise"); it is remembered for this source.`,
      other: `${AT_CELL_EN} "{value}" is no unit the registry knows, but it is close to {count} units: {candidates}. Did you mean one of them? Say which unit it is once: {option} (a unit’s name, new to create the unit, or ignore; in the web preview: under "Values to recognise"); it is remembered for this source.`,
    },
    fr: {
      one: `${AT_CELL_FR} « {value} » ne désigne aucune entité connue, mais ressemble à {candidates} : vouliez-vous dire cette entité ? Indiquez une fois de laquelle il s’agit : {option} (son nom, new pour créer l’entité, ou ignore ; dans l’aperçu web : sous « Valeurs à reconnaître ») ; c’est retenu pour cette source.`,
      other: `${AT_CELL_FR} « {value} » ne désigne aucune entité connue, mais ressemble à {count} entités : {candidates}. Vouliez-vous dire l’une d’elles ? Indiquez une fois de laquelle il s’agit : {option} (le nom d’une entité, new pour créer l’entité, ou ignore ; dans l’aperçu web : sous « Valeurs à reconnaître ») ; c’est retenu pour cette source.`,
      many: `${AT_CELL_FR} « {value} » ne désigne aucune entité connue, mais ressemble à {count} d’entités : {candidates}. Vouliez-vous dire l’une d’elles ? Indiquez une fois de laquelle il s’agit : {option} (le nom d’une entité, new pour créer l’entité, ou ignore ; dans l’aperçu web : sous « Valeurs à reconnaître ») ; c’est retenu pour cette source.`,
    },
  },
  'inventory.person_meaning_unknown': {
    en: `${AT_CELL_EN} "{value}" is said to be "{meaning}", but nobody in the registry is called that or has that e-mail address. Say who it is: {option} (a name as the registry writes it, new, or ignore).`,
    fr: `${AT_CELL_FR} « {value} » serait « {meaning} », mais personne dans Vigie ne porte ce nom ni cette adresse e-mail. Indiquez de qui il s’agit : {option} (un nom tel que Vigie l’écrit, new ou ignore).`,
  },
  'inventory.unit_meaning_unknown': {
    en: `${AT_CELL_EN} "{value}" is said to be the unit "{meaning}", but the registry has no unit of that name. Say which unit it is: {option} (a unit’s name, new, or ignore).`,
    fr: `${AT_CELL_FR} « {value} » serait l’entité « {meaning} », mais Vigie n’a aucune entité de ce nom. Indiquez de laquelle il s’agit : {option} (le nom d’une entité, new ou ignore).`,
  },
  'inventory.person_new_close': {
    en: 'Line {line}: "{value}" will be created as a new person; the closest the registry knows is {name}. If it is them: {option}.',
    fr: 'Ligne {line} : une nouvelle personne sera créée pour « {value} » ; la plus proche que Vigie connaisse est {name}. S’il s’agit d’elle : {option}.',
  },
  'inventory.unit_new_close': {
    en: 'Line {line}: "{value}" will be created as a new unit; the closest the registry knows is {name}. If it is that one: {option}.',
    fr: 'Ligne {line} : une nouvelle entité sera créée pour « {value} » ; la plus proche que Vigie connaisse est {name}. S’il s’agit d’elle : {option}.',
  },
  // Values an import would take back in time: told, never refused
  'inventory.audience_smaller': {
    en: 'Line {line}: the audience of {presence} would go down from {before} to {after}.',
    fr: 'Ligne {line} : l’audience de la présence {presence} passerait de {before} à {after}, en baisse.',
  },
  'inventory.audience_date_older': {
    en: 'Line {line}: the audience of {presence} would be dated {after}, older than the {before} stored.',
    fr: 'Ligne {line} : l’audience de la présence {presence} serait datée du {after}, plus ancienne que celle du {before} enregistrée.',
  },
  'inventory.activity_older': {
    en: 'Line {line}: the last activity of {presence} would go back from {before} to {after}.',
    fr: 'Ligne {line} : la dernière activité de la présence {presence} reculerait du {before} au {after}.',
  },

  // Rolling an import back (rollback.ts)
  'inventory.import_not_found': {
    en: 'No inventory import with id {id}.',
    fr: 'Aucun import d’inventaire ne porte l’identifiant {id}.',
  },
  'inventory.already_rolled_back': {
    en: 'Import {id} ({file}) was already rolled back, by {actor} on {at}.',
    fr: 'L’import {id} ({file}) a déjà été annulé, par {actor} le {at}.',
  },
  'inventory.rollback_unavailable': {
    en: 'Import {id} ({file}) was made before Vigie kept what a rollback needs: it cannot be rolled back. What it changed is in the change log.',
    fr: 'L’import {id} ({file}) date d’avant que Vigie conserve ce qu’une annulation demande : il ne peut pas être annulé. Ce qu’il a modifié figure dans le journal des modifications.',
  },
  'inventory.rollback_changed': {
    en: {
      one: 'Import {id} ({file}) cannot be rolled back: {count} of the presences it created or changed was changed since, and rolling back would overwrite that change. Nothing was changed. {list}',
      other:
        'Import {id} ({file}) cannot be rolled back: {count} of the presences it created or changed were changed since, and rolling back would overwrite those changes. Nothing was changed. {list}',
    },
    fr: {
      one: 'L’import {id} ({file}) ne peut pas être annulé : {count} des présences qu’il a créées ou modifiées a été modifiée depuis, et l’annulation écraserait cette modification. Rien n’a été modifié. {list}',
      other:
        'L’import {id} ({file}) ne peut pas être annulé : {count} des présences qu’il a créées ou modifiées ont été modifiées depuis, et l’annulation écraserait ces modifications. Rien n’a été modifié. {list}',
      many: 'L’import {id} ({file}) ne peut pas être annulé : {count} des présences qu’il a créées ou modifiées ont été modifiées depuis, et l’annulation écraserait ces modifications. Rien n’a été modifié. {list}',
    },
  },
} satisfies Catalogue;

/** The same catalogue, typed for lookups by any code. */
export const MESSAGES: Catalogue = inventoryMessages;
