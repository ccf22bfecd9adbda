// Catalogue français de la page des politiques (fusionné sous `policies` dans fr.ts) : les mêmes clés
// que policies.en.ts.
import type { PoliciesCatalogue } from './policies.en';

export const policiesFr: PoliciesCatalogue = {
  title: 'Politiques',
  description:
    'La politique d’usage des médias sociaux et la charte de marque de l’organisation. Chaque personne qui travaille sur ses comptes lit les versions en vigueur et les accepte.',
  kind: {
    policy: 'Politique d’usage des médias sociaux',
    charter: 'Charte de marque',
  },
  kindLower: {
    policy: 'politique d’usage des médias sociaux',
    charter: 'charte de marque',
  },
  noneYet: {
    policy: 'Aucune politique d’usage des médias sociaux n’a encore été publiée.',
    charter: 'Aucune charte de marque n’a encore été publiée.',
  },
  noneYetManager:
    'Publiez la première version : chaque personne connectée sera invitée à la lire et à l’accepter.',
  language: {
    fr: 'Français',
    en: 'Anglais',
  },
  version: 'Version {{version}}',
  current: 'En vigueur',
  superseded: 'Remplacée',
  publishedOn: 'Publiée le {{date}} par {{actor}}',
  whatChanged: 'Ce qui change dans la version {{version}}',
  pendingBanner_one: 'Vous avez {{count}} document à lire et à accepter.',
  pendingBanner_other: 'Vous avez {{count}} documents à lire et à accepter.',
  pendingBanner_many: 'Vous avez {{count}} documents à lire et à accepter.',
  toAccept: 'Lisez cette version jusqu’au bout, puis acceptez-la.',
  toAcceptBadge: 'À accepter',
  accept: 'J’ai lu et j’accepte',
  acceptedToast: 'Merci : votre acceptation est enregistrée.',
  accepted: 'Vous avez accepté cette version le {{date}}.',
  acceptedShort: 'Acceptée le {{date}}',
  notAccepted: 'Non acceptée',
  versions: 'Versions',
  versionsHint:
    'Une nouvelle version ne modifie jamais les précédentes ; seule la version en vigueur est à accepter.',
  read: 'Lire',
  close: 'Fermer',
  progress: {
    title: 'Qui a accepté la version {{version}}',
    ring: '{{percent}} l’ont acceptée',
    of: '{{done}} sur {{total}} utilisateurs actifs',
    pending: 'Pas encore ({{count}})',
    done: 'Acceptée ({{count}})',
    everyone: 'Tous les utilisateurs actifs ont accepté cette version.',
    nobody: 'Personne n’a encore accepté cette version.',
    on: 'le {{date}}',
  },
  publish: {
    open: 'Publier une nouvelle version',
    first: 'Publier la première version',
    title: 'Publier une nouvelle version',
    kind: 'Document',
    docTitle: 'Titre',
    language: 'Langue du texte',
    summary: 'Ce qui change',
    summaryHint:
      'Affiché au-dessus du texte, pour que celles et ceux qui ont accepté la version précédente voient ce qui est nouveau.',
    summaryPlaceholder: 'La double authentification devient obligatoire sur tous les comptes…',
    body: 'Texte',
    bodyHint: 'Markdown : # titres, - listes, **gras**, [liens](https://…).',
    write: 'Rédiger',
    preview: 'Aperçu',
    previewEmpty: 'Rien à prévisualiser pour l’instant.',
    startedFrom:
      'Reprise de la version {{version}} : modifiez-la librement, les versions publiées restent telles quelles.',
    next: 'Ce sera la version {{version}} ; chacun sera invité à la lire et à l’accepter.',
    required: 'Obligatoire.',
    submit: 'Publier la version {{version}}',
    cancel: 'Annuler',
    done: 'La version {{version}} de la {{kind}} est publiée.',
  },
};
