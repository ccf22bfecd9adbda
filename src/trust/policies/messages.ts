// What the policies say to people, in English and French: errors (naming the field or the file) and
// the `vigie policies` commands. Ids are given as text (`#{id}`) so that `fill` does not group them.
import type { Catalogue } from '../../core/i18n';

export const policiesMessages = {
  // ---------- the two kinds
  'policy.kind.policy': { en: 'social-media policy', fr: 'politique d’usage des médias sociaux' },
  'policy.kind.charter': { en: 'brand charter', fr: 'charte de marque' },

  // ---------- errors
  'policy.not_found': { en: 'No policy #{id}.', fr: 'Aucune politique n° {id}.' },
  'policy.not_current': {
    en: '“{title}” version {version} has been replaced by version {current}: read the new version and accept it.',
    fr: '« {title} » version {version} a été remplacée par la version {current} : lisez la nouvelle version et acceptez-la.',
  },
  'policy.no_user': {
    en: 'An acknowledgement is recorded for a signed-in user; this session has none.',
    fr: 'Une prise de connaissance est enregistrée pour un utilisateur connecté ; cette session n’en a pas.',
  },
  'policy.version_conflict': {
    en: 'Another version of the {kind} was published at the same moment: try again.',
    fr: 'Une autre version de la {kind} a été publiée au même moment : réessayez.',
  },
  'policy.invalid': {
    en: 'The policy is not valid: {details}',
    fr: 'La politique n’est pas valide : {details}',
  },
  'policy.field.required': { en: '{field}: required.', fr: '{field} : obligatoire.' },
  'policy.field.blank': {
    en: '{field}: must not be empty or only spaces.',
    fr: '{field} : ne doit pas être vide ni ne contenir que des espaces.',
  },
  'policy.field.too_long': {
    en: '{field}: at most {max} characters.',
    fr: '{field} : {max} caractères au plus.',
  },
  'policy.field.choice': { en: '{field}: one of {allowed}.', fr: '{field} : l’une des valeurs {allowed}.' },
  'policy.field.type': { en: '{field}: must be {expected}.', fr: '{field} : doit être de type {expected}.' },
  'policy.field.control': {
    en: '{field}: contains control characters.',
    fr: '{field} : contient des caractères de contrôle.',
  },
  'policy.field.unknown': { en: 'Unknown field: {field}.', fr: 'Champ inconnu : {field}.' },
  'policy.file_missing': { en: '{file}: no such file.', fr: '{file} : fichier introuvable.' },
  'policy.file_is_folder': {
    en: '{file} is a folder, not a Markdown file.',
    fr: '{file} est un dossier, pas un fichier Markdown.',
  },
  'policy.file_denied': {
    en: '{file}: permission denied.',
    fr: '{file} : accès refusé.',
  },
  'policy.file_unreadable': {
    en: 'Cannot read {file}: {reason}',
    fr: 'Impossible de lire {file} : {reason}',
  },
  'policy.file_empty': {
    en: '{file} is empty: the policy needs a text.',
    fr: '{file} est vide : la politique a besoin d’un texte.',
  },
  'policy.file_not_utf8': {
    en: '{file} is not UTF-8 text (save it as UTF-8 Markdown).',
    fr: '{file} n’est pas un texte UTF-8 (enregistrez-le en Markdown UTF-8).',
  },
  'policy.file_too_large': {
    en: '{file} is too long: at most {max} characters.',
    fr: '{file} est trop long : {max} caractères au plus.',
  },

  // ---------- vigie policies …
  'policies.cli.cmd': {
    en: 'The social-media policy and the brand charter: versions and acknowledgements',
    fr: 'La politique d’usage des médias sociaux et la charte de marque : versions et prises de connaissance',
  },
  'policies.cli.cmd.list': {
    en: 'Every version published, the current ones first',
    fr: 'Toutes les versions publiées, les versions en vigueur d’abord',
  },
  'policies.cli.cmd.publish': {
    en: 'Publish a new version from a Markdown file (earlier versions are kept unchanged)',
    fr: 'Publier une nouvelle version depuis un fichier Markdown (les versions précédentes restent inchangées)',
  },
  'policies.cli.cmd.pending': {
    en: 'Who has not acknowledged the current versions (active users)',
    fr: 'Qui n’a pas pris connaissance des versions en vigueur (utilisateurs actifs)',
  },
  'policies.cli.opt.kind': {
    en: 'policy (social-media policy) or charter (brand charter)',
    fr: 'policy (politique d’usage) ou charter (charte de marque)',
  },
  'policies.cli.opt.title': { en: 'Title of the document', fr: 'Titre du document' },
  'policies.cli.opt.file': { en: 'Markdown file with the text', fr: 'Fichier Markdown contenant le texte' },
  'policies.cli.opt.lang': {
    en: 'Language of the text: fr or en (default: the command’s language)',
    fr: 'Langue du texte : fr ou en (par défaut : celle de la commande)',
  },
  'policies.cli.opt.summary': {
    en: 'What changed since the previous version',
    fr: 'Ce qui a changé depuis la version précédente',
  },
  'policies.cli.opt.id': {
    en: 'One version (by id) instead of the current ones',
    fr: 'Une version (par son numéro) plutôt que les versions en vigueur',
  },
  'policies.cli.opt.json': { en: 'Print JSON', fr: 'Afficher en JSON' },
  'policies.cli.none': { en: 'No policy published yet.', fr: 'Aucune politique publiée pour l’instant.' },
  'policies.cli.published': {
    en: 'Published version {version} of the {kind} (#{id}): “{title}”.',
    fr: 'Version {version} de la {kind} publiée (n° {id}) : « {title} ».',
  },
  'policies.cli.pending_head': {
    en: '“{title}” version {version}: {pending} of {total} active users have not acknowledged it.',
    fr: '« {title} » version {version} : {pending} utilisateurs actifs sur {total} n’en ont pas pris connaissance.',
  },
  'policies.cli.all_done': {
    en: '“{title}” version {version}: every active user has acknowledged it.',
    fr: '« {title} » version {version} : tous les utilisateurs actifs en ont pris connaissance.',
  },
  'policies.cli.yes': { en: 'yes', fr: 'oui' },
  'policies.cli.head.id': { en: 'Id', fr: 'N°' },
  'policies.cli.head.kind': { en: 'Kind', fr: 'Type' },
  'policies.cli.head.version': { en: 'Version', fr: 'Version' },
  'policies.cli.head.title': { en: 'Title', fr: 'Titre' },
  'policies.cli.head.language': { en: 'Language', fr: 'Langue' },
  'policies.cli.head.published': { en: 'Published', fr: 'Publiée le' },
  'policies.cli.head.by': { en: 'By', fr: 'Par' },
  'policies.cli.head.current': { en: 'Current', fr: 'En vigueur' },
  'policies.cli.head.acknowledged': { en: 'Acknowledged', fr: 'Lue et acceptée' },
  'policies.cli.head.pending': { en: 'Pending', fr: 'En attente' },
  'policies.cli.head.login': { en: 'Login', fr: 'Identifiant' },
  'policies.cli.head.name': { en: 'Name', fr: 'Nom' },
} satisfies Catalogue;

export type PoliciesMessageKey = keyof typeof policiesMessages;
