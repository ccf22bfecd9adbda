// What saved views say to people, in English and French: errors and the `vigie views` commands.
import type { Catalogue } from '../core/i18n';

export const viewsMessages = {
  'views.not_found': {
    en: 'No view #{id} of yours.',
    fr: 'Aucune vue n° {id} ne vous appartient.',
  },
  'views.not_found_name': {
    en: 'You have no saved view named "{name}" (vigie views list shows yours).',
    fr: 'Vous n’avez aucune vue enregistrée nommée « {name} » (vigie views list affiche les vôtres).',
  },
  'views.duplicate': {
    en: 'You already have a view named "{name}" for this table: choose another name, or update that view.',
    fr: 'Vous avez déjà une vue nommée « {name} » pour ce tableau : choisissez un autre nom, ou mettez cette vue à jour.',
  },
  'views.too_many': {
    en: 'You already have {max} saved views of this table: delete one before saving another.',
    fr: 'Vous avez déjà {max} vues enregistrées de ce tableau : supprimez-en une avant d’en enregistrer une autre.',
  },
  'views.user_required': {
    en: 'Saved views belong to a user: say who you are with --as <login> (or VIGIE_AS).',
    fr: 'Les vues enregistrées appartiennent à un utilisateur : indiquez qui vous êtes avec --as <identifiant> (ou VIGIE_AS).',
  },

  // ---------- CLI
  'views.cli.cmd': {
    en: 'Your saved views of the presences table (made in the web app, under "Views")',
    fr: 'Vos vues enregistrées du tableau des présences (créées dans l’application web, menu « Vues »)',
  },
  'views.cli.cmd.list': { en: 'List your saved views', fr: 'Lister vos vues enregistrées' },
  'views.cli.cmd.delete': {
    en: 'Delete one of your saved views, named by its name or its id',
    fr: 'Supprimer l’une de vos vues enregistrées, désignée par son nom ou son numéro',
  },
  'views.cli.arg.view': { en: 'the view’s name or id', fr: 'le nom ou le numéro de la vue' },
  'views.cli.opt.json': { en: 'Print JSON', fr: 'Afficher en JSON' },
  'views.cli.opt.view': {
    en: 'apply one of your saved views (its name; vigie views list shows them); the other options narrow it further',
    fr: 'appliquer l’une de vos vues enregistrées (son nom ; vigie views list les affiche) ; les autres options la précisent',
  },
  'views.cli.none': {
    en: 'You have no saved view yet: save one from the presences page of the web app (Views › Save current view).',
    fr: 'Vous n’avez encore aucune vue enregistrée : enregistrez-en une depuis la page des présences de l’application web (Vues › Enregistrer la vue actuelle).',
  },
  'views.cli.deleted': { en: 'View "{name}" deleted.', fr: 'Vue « {name} » supprimée.' },
  'views.cli.count': {
    en: { one: '{count} view', other: '{count} views' },
    fr: { one: '{count} vue', other: '{count} vues', many: '{count} de vues' },
  },
  'views.cli.head.id': { en: 'id', fr: 'n°' },
  'views.cli.head.name': { en: 'name', fr: 'nom' },
  'views.cli.head.filters': { en: 'filters', fr: 'filtres' },
  'views.cli.head.columns': { en: 'columns', fr: 'colonnes' },
  'views.cli.head.updated': { en: 'changed', fr: 'modifiée le' },
  'views.cli.no_filter': { en: 'all presences', fr: 'toutes les présences' },
  'views.cli.all_columns': { en: 'all', fr: 'toutes' },
  'views.cli.filter.q': { en: 'words', fr: 'mots' },
  'views.cli.filter.platform': { en: 'platform', fr: 'plateforme' },
  'views.cli.filter.unitId': { en: 'unit', fr: 'entité' },
  'views.cli.filter.subUnits': { en: 'with sub-units', fr: 'avec ses sous-entités' },
  'views.cli.filter.status': { en: 'status', fr: 'statut' },
  'views.cli.filter.ownerId': { en: 'owner', fr: 'responsable' },
  'views.cli.filter.risk': { en: 'risk', fr: 'risque' },
  'views.cli.filter.sort': { en: 'sorted by', fr: 'triée par' },
  'views.cli.filter.desc': { en: 'descending', fr: 'décroissant' },
} satisfies Catalogue;

export type ViewsMessageKey = keyof typeof viewsMessages;
