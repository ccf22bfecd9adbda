// Messages that belong to no single capability.
import type { Catalogue } from './i18n';

export const coreMessages = {
  'field.required': { en: '{field} is required.', fr: 'Le champ {field} est obligatoire.' },
  'request.invalid': {
    en: 'The request is not valid: {details}',
    fr: 'La requête n’est pas valide : {details}',
  },
  'request.invalid_field': { en: '{field}: {detail}', fr: '{field} : {detail}' },
  'request.bad_id': {
    en: '{field}: "{value}" is not an id (digits only, without sign, spaces or leading zeros).',
    fr: '{field} : « {value} » n’est pas un identifiant (des chiffres seulement, sans signe, espace ni zéro en tête).',
  },
  'request.not_found': {
    en: 'No such page or resource: {path}',
    fr: 'Aucune page ni ressource à cette adresse : {path}',
  },
  'request.too_large': {
    en: 'The file is too large (limit {limit} MB).',
    fr: 'Le fichier est trop volumineux (limite : {limit} Mo).',
  },
  'request.body_too_large': {
    en: 'The request is too large: this address accepts at most {limit} MB. Nothing beyond that was read.',
    fr: 'La requête est trop volumineuse : cette adresse accepte au plus {limit} Mo. Rien n’a été lu au-delà.',
  },
  'upload.busy': {
    en: 'You already have {max} uploads in progress: wait until one ends, then try again.',
    fr: 'Vous avez déjà {max} envois de fichiers en cours : attendez la fin de l’un d’eux, puis réessayez.',
  },
  'upload.quota': {
    en: 'Upload quota reached: you have sent {used} MB in the last 24 hours, and the limit is {quota} MB per person. Try again in {wait}.',
    fr: 'Quota d’envoi atteint : vous avez envoyé {used} Mo au cours des dernières 24 heures, et la limite est de {quota} Mo par personne. Réessayez dans {wait}.',
  },
  'upload.above_quota': {
    en: 'This file ({size} MB) is larger than the upload quota of {quota} MB per person and per 24 hours.',
    fr: 'Ce fichier ({size} Mo) dépasse le quota d’envoi de {quota} Mo par personne et par 24 heures.',
  },
  'config.upload_quota': {
    en: '{variable} must be a positive number of megabytes (found "{value}").',
    fr: '{variable} doit être un nombre positif de mégaoctets (trouvé : « {value} »).',
  },
  'request.no_file': {
    en: 'Attach a file in the "file" field.',
    fr: 'Joignez un fichier dans le champ « file ».',
  },
  'internal.error': {
    en: 'Something went wrong on the server; the details are in its log.',
    fr: 'Une erreur est survenue sur le serveur ; le détail figure dans son journal.',
  },
  'db.unreachable': {
    en: 'Cannot reach the database {target}: {reason}',
    fr: 'Impossible de joindre la base de données {target} : {reason}',
  },
  'db.open_failed': {
    en: 'Cannot open the database {target}.',
    fr: 'Impossible d’ouvrir la base de données {target}.',
  },
  'file.unreadable': { en: 'Cannot read {file}: {reason}', fr: 'Impossible de lire {file} : {reason}' },
  'file.too_large': {
    en: '{file} is {size} MB; inventory files are limited to {limit} MB.',
    fr: '{file} pèse {size} Mo ; les fichiers d’inventaire sont limités à {limit} Mo.',
  },
  // Why a ZIP archive (a platform export, a workbook) cannot be read: filled into the messages that
  // name the file and the entry, in place of the ZIP library's own words.
  'zip.reason.truncated': { en: 'the archive is cut short', fr: 'l’archive est tronquée' },
  'zip.reason.sizes': {
    en: 'the sizes its headers declare do not match its content',
    fr: 'les tailles annoncées par ses en-têtes ne correspondent pas à son contenu',
  },
  'zip.reason.headers': {
    en: 'its local header and the central directory disagree',
    fr: 'son en-tête local et le répertoire central de l’archive ne concordent pas',
  },
  'zip.reason.crc': {
    en: 'CRC-32 mismatch: the data is damaged',
    fr: 'somme de contrôle CRC-32 incorrecte : les données sont endommagées',
  },
  'zip.reason.data': { en: 'the compressed data is damaged', fr: 'les données compressées sont endommagées' },
  'zip.reason.directory': {
    en: 'the central directory (the archive’s table of contents) is damaged',
    fr: 'le répertoire central (la table des matières de l’archive) est endommagé',
  },
  'zip.reason.encrypted': {
    en: 'the entry is encrypted (password-protected ZIP)',
    fr: 'l’élément est chiffré (ZIP protégé par mot de passe)',
  },
  'zip.reason.method': {
    en: 'its compression method is not supported',
    fr: 'sa méthode de compression n’est pas prise en charge',
  },
  'zip.reason.too_large': {
    en: 'its entries declare more than {limit} MB once uncompressed (ZIP bomb?)',
    fr: 'ses éléments annoncent plus de {limit} Mo une fois décompressés (bombe ZIP ?)',
  },
  'zip.reason.too_many_entries': {
    en: 'it holds more than {limit} entries (ZIP bomb?)',
    fr: 'elle contient plus de {limit} éléments (bombe ZIP ?)',
  },
} satisfies Catalogue;
