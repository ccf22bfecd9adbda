// Messages that belong to no single capability.
import type { Catalogue } from './i18n';

export const coreMessages = {
  'field.required': { en: '{field} is required.', fr: 'Le champ {field} est obligatoire.' },
  'request.invalid': {
    en: 'The request is not valid: {details}',
    fr: 'La requête n’est pas valide : {details}',
  },
  'request.invalid_field': { en: '{field}: {detail}', fr: '{field} : {detail}' },
  'request.not_found': {
    en: 'No such page or resource: {path}',
    fr: 'Aucune page ni ressource à cette adresse : {path}',
  },
  'request.too_large': {
    en: 'The file is too large (limit {limit} MB).',
    fr: 'Le fichier est trop volumineux (limite : {limit} Mo).',
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
} satisfies Catalogue;
