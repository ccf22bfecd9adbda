// What the action plan says to people, in English and French: task titles (filled with the task's
// params), task statuses, message kinds, KPI metrics and periods, and the problems of a template.
import type { Catalogue } from '../core/i18n';

export const planMessages = {
  // Tasks (`audit.task.<kind>`, filled with TaskDraft.params)
  'audit.task.post_redirect': {
    en: 'Post the message redirecting the audience to {target}',
    fr: 'Publier le message réorientant la communauté vers {target}',
  },
  'audit.task.update_bio': {
    en: 'Update the bio so that it points to {target}',
    fr: 'Mettre à jour la bio pour qu’elle renvoie vers {target}',
  },
  'audit.task.export_archive': {
    en: 'Export the account’s archive before closing it',
    fr: 'Exporter l’archive du compte avant sa fermeture',
  },
  'audit.task.revoke_access': {
    en: 'Revoke the access of third-party apps and agencies',
    fr: 'Révoquer les accès des applications tierces et des agences',
  },
  'audit.task.delete_or_lock': {
    en: 'Delete the account, or lock it where the platform does not allow deletion',
    fr: 'Supprimer le compte, ou le verrouiller si la plateforme ne permet pas de le supprimer',
  },
  'audit.task.publish_poll': {
    en: 'Poll the community: here or on {target}?',
    fr: 'Publier le sondage auprès de la communauté : ici ou sur {target} ?',
  },
  'audit.task.redirect_post': {
    en: 'Publish redirect post {n} of {count} towards {target}',
    fr: 'Publier le message de redirection {n} sur {count} vers {target}',
  },
  'audit.task.measure_followers': {
    en: 'Measure how much of the audience followed to {target} between {from} and {to}',
    fr: 'Mesurer la part de la communauté qui a suivi vers {target} entre le {from} et le {to}',
  },
  // The plan of `remove`, for a presence on a platform that no longer exists.
  'audit.task.remove_links': {
    en: 'Remove the links to {account} ({platform}) from the organisation’s websites, e-mail signatures and documents; point to the kept presences instead',
    fr: 'Retirer les liens vers {account} ({platform}) des sites, signatures de courriel et documents de l’organisation ; renvoyer plutôt vers les présences conservées',
  },
  'audit.task.archive_record': {
    en: 'Archive what is known of {account} on {platform}: its record, the posts and figures imported, any saved copy',
    fr: 'Archiver ce que l’on sait de {account} sur {platform} : sa fiche, les publications et chiffres importés, toute copie conservée',
  },
  'audit.task.mark_archived': {
    en: 'Mark {account} ({platform}) as archived in the registry',
    fr: 'Passer {account} ({platform}) au statut « archivée » dans le registre',
  },
  'audit.task.claim_account': {
    en: 'Claim the account {account} with {platform}',
    fr: 'Revendiquer le compte {account} auprès de {platform}',
  },
  'audit.task.recover_credentials': {
    en: 'Recover the credentials and the recovery contact of {account} on {platform}',
    fr: 'Récupérer les identifiants et le contact de récupération de {account} sur {platform}',
  },
  'audit.task.assign_owner': { en: 'Appoint an owner', fr: 'Désigner un responsable' },
  'audit.task.assign_custodian': {
    en: 'Appoint a credential custodian',
    fr: 'Désigner un détenteur des accès',
  },
  'audit.task.enable_mfa': {
    en: 'Turn on two-factor authentication',
    fr: 'Activer la double authentification',
  },
  'audit.task.corporate_recovery': {
    en: 'Replace the personal recovery contact with a corporate one',
    fr: 'Remplacer le contact de récupération personnel par une adresse de l’organisation',
  },
  'audit.task.set_objective_kpis': {
    en: 'Set the objective and at least one KPI with its target',
    fr: 'Définir l’objectif et au moins un indicateur clé (KPI) avec sa cible',
  },
  'audit.task.investigate': {
    en: 'Find out who runs {account} on {platform} and whether it belongs to the organisation',
    fr: 'Identifier qui anime {account} sur {platform} et s’il appartient à l’organisation',
  },

  // Task statuses
  'audit.task_status.todo': { en: 'To do', fr: 'À faire' },
  'audit.task_status.doing': { en: 'In progress', fr: 'En cours' },
  'audit.task_status.done': { en: 'Done', fr: 'Terminée' },
  'audit.task_status.skipped': { en: 'Not needed', fr: 'Sans objet' },

  // Message kinds
  'audit.template_kind.redirect': { en: 'Redirect message', fr: 'Message de redirection' },
  'audit.template_kind.poll': { en: 'Community poll', fr: 'Sondage auprès de la communauté' },
  'audit.template_kind.bio': { en: 'Profile bio', fr: 'Bio du profil' },
  'audit.template_kind.redirect_post': {
    en: 'Progressive redirect post',
    fr: 'Message de redirection progressive',
  },

  // KPI metrics and periods
  'audit.kpi_metric.audience': { en: 'Audience (followers)', fr: 'Audience (abonnés)' },
  'audit.kpi_metric.audience_growth': { en: 'Audience growth', fr: 'Croissance de l’audience' },
  'audit.kpi_metric.posts_per_week': { en: 'Posts per week', fr: 'Publications par semaine' },
  'audit.kpi_metric.engagement_per_post': { en: 'Engagement per post', fr: 'Engagement par publication' },
  'audit.kpi_metric.reply_rate': { en: 'Reply rate', fr: 'Taux de réponse' },
  'audit.kpi_metric.response_time_hours': { en: 'Response time (hours)', fr: 'Délai de réponse (heures)' },
  'audit.kpi_metric.visits': { en: 'Website visits', fr: 'Visites du site' },
  'audit.kpi_metric.clicks': { en: 'Link clicks', fr: 'Clics sur les liens' },
  'audit.kpi_metric.leads': { en: 'Leads', fr: 'Contacts commerciaux (leads)' },
  'audit.kpi_metric.applications': { en: 'Job applications', fr: 'Candidatures' },
  'audit.kpi_period.month': { en: 'Month', fr: 'Mois' },
  'audit.kpi_period.quarter': { en: 'Quarter', fr: 'Trimestre' },
  'audit.kpi_period.year': { en: 'Year', fr: 'Année' },

  // Template problems (templateProblems in templates.ts)
  'audit.template.unbalanced_open': {
    en: 'The optional part opened with [[ at character {position} is never closed with ]].',
    fr: 'La partie facultative ouverte par [[ au caractère {position} n’est jamais fermée par ]].',
  },
  'audit.template.unbalanced_close': {
    en: 'The ]] at character {position} closes no optional part.',
    fr: 'Le ]] du caractère {position} ne ferme aucune partie facultative.',
  },
  'audit.template.nested_optional': {
    en: 'An optional part cannot hold another one ([[ at character {position}).',
    fr: 'Une partie facultative ne peut pas en contenir une autre ([[ au caractère {position}).',
  },
  'audit.template.unknown_placeholder': {
    en: 'Unknown placeholder {placeholder}. Available: {known}.',
    fr: 'Variable inconnue {placeholder}. Variables disponibles : {known}.',
  },
  'audit.template.placeholder_not_for_kind': {
    en: '{placeholder} has no value in this kind of message ({kind}): it would stay empty.',
    fr: '{placeholder} n’a pas de valeur dans ce type de message ({kind}) : elle resterait vide.',
  },
  'audit.template.missing_target_url': {
    en: 'The message must say where to follow the organisation: add {placeholder}.',
    fr: 'Le message doit indiquer où suivre l’organisation : ajoutez {placeholder}.',
  },
  'audit.template.target_url_optional': {
    en: 'The link to the kept presence, {placeholder}, must not be in an optional part [[ … ]]: it could be left out.',
    fr: 'Le lien vers la présence conservée, {placeholder}, ne doit pas figurer dans une partie facultative [[ … ]] : il pourrait disparaître.',
  },
  'audit.template.too_long': {
    en: 'Even without its optional parts and with empty values, the text counts {length} characters on {platform}, over the limit of {limit}.',
    fr: 'Même sans ses parties facultatives et avec des valeurs vides, le texte compte {length} caractères sur {platform}, au-delà de la limite de {limit}.',
  },
  'audit.template.unknown_platform': {
    en: 'Unknown platform "{platform}". Use a platform id from the catalogue, or * for every platform.',
    fr: 'Plateforme inconnue « {platform} ». Indiquez l’identifiant d’une plateforme du catalogue, ou * pour toutes les plateformes.',
  },
} satisfies Catalogue;
