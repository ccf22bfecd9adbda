// Catalogue français des pages de l'audit (fusionné sous `audit` dans fr.ts) : les mêmes clés que
// audit.en.ts, avec le vocabulaire de PRODUCT.md.
import type { AuditCatalogue } from './audit.en';

export const auditFr: AuditCatalogue = {
  decision: {
    invest: 'Investir',
    maintain: 'Maintenir',
    merge: 'Fusionner',
    close_redirect: 'Fermer avec message de redirection',
    progressive_redirect: 'Redirection progressive',
    remove: 'Retirer de l’inventaire et de nos sites',
    claim: 'Reprendre en main',
    investigate: 'Enquêter',
  },
  decisionHint: {
    invest: 'La conserver et lui donner des moyens, un objectif et des indicateurs clés avec leurs cibles.',
    maintain: 'La conserver telle quelle, avec quelqu’un qui en répond.',
    merge: 'La fondre dans une autre présence de l’audit, puis la fermer.',
    close_redirect: 'La fermer en laissant un message qui renvoie sa communauté vers une présence conservée.',
    progressive_redirect:
      'Sonder la communauté, rediriger sur plusieurs semaines, mesurer qui suit, puis fermer.',
    remove:
      'Sa plateforme n’existe plus : personne ne peut y publier. Retirer les liens vers elle des sites et des signatures, archiver ce que l’on en sait, puis l’archiver dans le registre.',
    claim: 'Reprendre d’abord le compte sous le contrôle de l’organisation.',
    investigate: 'Savoir qui l’anime et ce qu’elle fait avant de décider.',
  },
  finding: {
    no_data: 'Aucune donnée d’activité',
    abandoned: 'Abandonnée',
    abandoned_with_audience: 'Abandonnée avec une audience',
    dormant: 'En sommeil',
    status_differs: 'Statut à mettre à jour',
    low_cadence: 'Publications trop rares',
    low_engagement: 'Engagement faible',
    audience_declining: 'Audience en baisse',
    no_replies: 'Ne répond jamais',
    no_owner: 'Sans responsable',
    owner_left: 'Responsable parti',
    no_custodian: 'Aucun détenteur des accès',
    custodian_left: 'Détenteur des accès parti',
    personal_recovery: 'Contact de récupération personnel',
    mfa_off: 'Double authentification désactivée',
    mfa_unknown: 'Double authentification inconnue',
    dead_platform: 'Plateforme disparue',
    name_off_charter: 'Nom hors charte',
    bio_without_link: 'Bio sans le lien',
    language_off_charter: 'Langue hors charte',
    overlap: 'Doublon d’une autre présence',
    discovered: 'Découverte, non déclarée',
    no_objective: 'Sans objectif',
  },
  findingText: {
    no_data:
      'On ne sait rien de cette présence : ni date de dernière activité, ni publications, ni audience.',
    abandoned_one: 'Aucune activité depuis {{duration}} (dernière le {{last}}) : présence abandonnée.',
    abandoned_other: 'Aucune activité depuis {{duration}} (dernière le {{last}}) : présence abandonnée.',
    abandoned_many: 'Aucune activité depuis {{duration}} (dernière le {{last}}) : présence abandonnée.',
    dormant_one: 'Aucune activité depuis {{duration}} (dernière le {{last}}) : présence en sommeil.',
    dormant_other: 'Aucune activité depuis {{duration}} (dernière le {{last}}) : présence en sommeil.',
    dormant_many: 'Aucune activité depuis {{duration}} (dernière le {{last}}) : présence en sommeil.',
    status_differs_one:
      'Déclarée « {{declared}} » au registre, mais sa dernière activité remonte à {{duration}} : « {{measured}} » selon les seuils de l’audit (en sommeil après {{dormant}} jours, abandonnée après {{abandoned}}).',
    status_differs_other:
      'Déclarée « {{declared}} » au registre, mais sa dernière activité remonte à {{duration}} : « {{measured}} » selon les seuils de l’audit (en sommeil après {{dormant}} jours, abandonnée après {{abandoned}}).',
    status_differs_many:
      'Déclarée « {{declared}} » au registre, mais sa dernière activité remonte à {{duration}} : « {{measured}} » selon les seuils de l’audit (en sommeil après {{dormant}} jours, abandonnée après {{abandoned}}).',
    low_cadence_one:
      'Seulement {{posts}} publication en 90 jours ({{perWeek}} par semaine), sous le minimum attendu de {{min}}.',
    low_cadence_other:
      'Seulement {{posts}} publications en 90 jours ({{perWeek}} par semaine), sous le minimum attendu de {{min}}.',
    low_cadence_many:
      'Seulement {{posts}} de publications en 90 jours ({{perWeek}} par semaine), sous le minimum attendu de {{min}}.',
    low_engagement_one:
      '{{value}} interaction par publication en moyenne (mentions J’aime, partages, réponses, citations), sous le seuil de {{min}}.',
    low_engagement_other:
      '{{value}} interactions par publication en moyenne (mentions J’aime, partages, réponses, citations), sous le seuil de {{min}}.',
    low_engagement_many:
      '{{value}} d’interactions par publication en moyenne (mentions J’aime, partages, réponses, citations), sous le seuil de {{min}}.',
    audience_declining: 'L’audience a baissé de {{percent}} entre le {{first}} et le {{last}}.',
    no_replies_one:
      '{{posts}} publication en 90 jours et aucune réponse aux internautes : leurs questions restent lettre morte.',
    no_replies_other:
      '{{posts}} publications en 90 jours et aucune réponse aux internautes : leurs questions restent lettre morte.',
    no_replies_many:
      '{{posts}} de publications en 90 jours et aucune réponse aux internautes : leurs questions restent lettre morte.',
    abandoned_with_audience_one:
      'Abandonnée depuis {{duration}} alors que {{audience}} personne la suit encore : ses questions et ses réclamations ne parviennent à personne.',
    abandoned_with_audience_other:
      'Abandonnée depuis {{duration}} alors que {{audience}} personnes la suivent encore : leurs questions et leurs réclamations ne parviennent à personne.',
    abandoned_with_audience_many:
      'Abandonnée depuis {{duration}} alors que {{audience}} de personnes la suivent encore : leurs questions et leurs réclamations ne parviennent à personne.',
    no_owner: 'Aucun responsable : personne ne répond de cette présence.',
    owner_left: 'Son responsable, {{owner}}, a quitté l’organisation.',
    no_custodian: 'Aucun détenteur des accès n’est identifié.',
    custodian_left: 'Les accès sont détenus par {{custodian}}, qui a quitté l’organisation.',
    personal_recovery:
      'Le contact de récupération est une adresse e-mail ou un numéro personnel, et non celui de l’organisation.',
    mfa_off:
      'La double authentification est désactivée : un simple mot de passe suffit pour détourner le compte.',
    mfa_unknown: 'On ignore si la double authentification est activée.',
    dead_platform: '{{platform}} n’existe plus.',
    name_off_charter: 'Le nom « {{name}} » ne respecte pas la charte (modèle {{pattern}}).',
    bio_without_link: 'La bio ne renvoie pas vers {{link}}, comme l’exige la charte.',
    language_off_charter: 'Elle publie dans une langue hors charte (langues prévues : {{languages}}).',
    overlap_one:
      'Elle fait doublon avec {{count, number}} autre présence de la même entité, sur la même plateforme et dans la même langue : {{ids}}.',
    overlap_other:
      'Elle fait doublon avec {{count, number}} autres présences de la même entité, sur la même plateforme et dans la même langue : {{ids}}.',
    overlap_many:
      'Elle fait doublon avec {{count, number}} d’autres présences de la même entité, sur la même plateforme et dans la même langue : {{ids}}.',
    discovered: 'Trouvée lors de la découverte : personne ne l’avait inscrite à l’inventaire.',
    no_objective: 'Aucun objectif ne lui est assigné.',
  },
  reason: {
    already_closing: 'Sa fermeture est déjà engagée.',
    already_redirecting: 'Sa redirection progressive est déjà engagée.',
    discovered:
      'Personne ne l’avait inscrite : reprenez-la d’abord en main (récupérer les accès, désigner un responsable), puis décidez de son avenir.',
    no_data:
      'On ne sait rien d’elle : identifiez qui l’anime, si elle est active et qui la suit avant de décider. On ne ferme jamais une présence à l’aveugle.',
    activity_unknown_one:
      '{{audience}} personne la suit, mais on ne sait rien de son activité : vérifiez-la avant de décider.',
    activity_unknown_other:
      '{{audience}} personnes la suivent, mais on ne sait rien de son activité : vérifiez-la avant de décider.',
    activity_unknown_many:
      '{{audience}} de personnes la suivent, mais on ne sait rien de son activité : vérifiez-la avant de décider.',
    dead_platform:
      '{{platform}} n’existe plus : retirez cette présence de l’inventaire et des sites, et renvoyez plutôt vers les présences conservées.',
    dead_platform_closed:
      '{{platform}} a fermé en {{year}} : retirez cette présence de l’inventaire et des sites, et renvoyez plutôt vers les présences conservées.',
    overlap_merge:
      'Elle fait doublon avec {{into}} (même entité, même plateforme, même langue), plus solide : fusionnez-la avec celle-ci.',
    overlap_kept: 'La plus solide des présences en doublon : conservée, elle accueille {{ids}}.',
    overlap_invest:
      'Elle fait doublon avec {{into}}, mais ses résultats justifient d’y investir : elle est conservée elle aussi.',
    abandoned_poll_one:
      'Aucune activité depuis {{duration}}, mais {{audience}} personne la suit : faites un sondage auprès de la communauté, puis une redirection progressive, en mesurant la part de l’audience qui suit.',
    abandoned_poll_other:
      'Aucune activité depuis {{duration}}, mais {{audience}} personnes la suivent : faites un sondage auprès de la communauté, puis une redirection progressive, en mesurant la part de l’audience qui suit.',
    abandoned_poll_many:
      'Aucune activité depuis {{duration}}, mais {{audience}} de personnes la suivent : faites un sondage auprès de la communauté, puis une redirection progressive, en mesurant la part de l’audience qui suit.',
    abandoned_close_one:
      'Aucune activité depuis {{duration}} et seulement {{audience}} abonné : fermez-la avec un message de redirection vers la présence conservée.',
    abandoned_close_other:
      'Aucune activité depuis {{duration}} et seulement {{audience}} abonnés : fermez-la avec un message de redirection vers la présence conservée.',
    abandoned_close_many:
      'Aucune activité depuis {{duration}} et seulement {{audience}} d’abonnés : fermez-la avec un message de redirection vers la présence conservée.',
    abandoned_close_unknown_one:
      'Aucune activité depuis {{duration}}, audience inconnue : fermez-la avec un message de redirection vers la présence conservée, après avoir vérifié combien de personnes la suivent.',
    abandoned_close_unknown_other:
      'Aucune activité depuis {{duration}}, audience inconnue : fermez-la avec un message de redirection vers la présence conservée, après avoir vérifié combien de personnes la suivent.',
    abandoned_close_unknown_many:
      'Aucune activité depuis {{duration}}, audience inconnue : fermez-la avec un message de redirection vers la présence conservée, après avoir vérifié combien de personnes la suivent.',
    dormant_poll_one:
      'En sommeil depuis {{duration}} alors que {{audience}} personne la suit : faites un sondage auprès de la communauté, puis une redirection progressive.',
    dormant_poll_other:
      'En sommeil depuis {{duration}} alors que {{audience}} personnes la suivent : faites un sondage auprès de la communauté, puis une redirection progressive.',
    dormant_poll_many:
      'En sommeil depuis {{duration}} alors que {{audience}} de personnes la suivent : faites un sondage auprès de la communauté, puis une redirection progressive.',
    dormant_close_one:
      'En sommeil depuis {{duration}} pour seulement {{audience}} abonné : fermez-la avec un message de redirection.',
    dormant_close_other:
      'En sommeil depuis {{duration}} pour seulement {{audience}} abonnés : fermez-la avec un message de redirection.',
    dormant_close_many:
      'En sommeil depuis {{duration}} pour seulement {{audience}} d’abonnés : fermez-la avec un message de redirection.',
    dormant_close_unknown_one:
      'En sommeil depuis {{duration}}, audience inconnue : fermez-la avec un message de redirection, après avoir vérifié combien de personnes la suivent.',
    dormant_close_unknown_other:
      'En sommeil depuis {{duration}}, audience inconnue : fermez-la avec un message de redirection, après avoir vérifié combien de personnes la suivent.',
    dormant_close_unknown_many:
      'En sommeil depuis {{duration}}, audience inconnue : fermez-la avec un message de redirection, après avoir vérifié combien de personnes la suivent.',
    keep_audience_one:
      'Ses résultats sont faibles, mais {{audience}} personne la suit : conservez-la et relancez-la plutôt que de perdre son audience.',
    keep_audience_other:
      'Ses résultats sont faibles, mais {{audience}} personnes la suivent : conservez-la et relancez-la plutôt que de les perdre.',
    keep_audience_many:
      'Ses résultats sont faibles, mais {{audience}} de personnes la suivent : conservez-la et relancez-la plutôt que de les perdre.',
    low_cadence_one:
      '{{posts}} publication en 90 jours, sous le minimum attendu de {{min}} : publiez plus régulièrement.',
    low_cadence_other:
      '{{posts}} publications en 90 jours, sous le minimum attendu de {{min}} : publiez plus régulièrement.',
    low_cadence_many:
      '{{posts}} de publications en 90 jours, sous le minimum attendu de {{min}} : publiez plus régulièrement.',
    low_engagement_one:
      '{{value}} interaction par publication, sous le seuil de {{min}} : revoyez la ligne éditoriale.',
    low_engagement_other:
      '{{value}} interactions par publication, sous le seuil de {{min}} : revoyez la ligne éditoriale.',
    low_engagement_many:
      '{{value}} d’interactions par publication, sous le seuil de {{min}} : revoyez la ligne éditoriale.',
    invest:
      'Elle porte ses fruits (abonnés : {{audience}} ; publications en 90 jours : {{posts}} ; interactions par publication : {{engagement}}) : investissez-y et fixez ses indicateurs clés.',
    maintain_one:
      'Active (dernière activité il y a {{duration}}), mais en deçà du seuil d’investissement (abonnés : {{audience}} ; publications en 90 jours : {{posts}} ; interactions par publication : {{engagement}}) : maintenez-la.',
    maintain_other:
      'Active (dernière activité il y a {{duration}}), mais en deçà du seuil d’investissement (abonnés : {{audience}} ; publications en 90 jours : {{posts}} ; interactions par publication : {{engagement}}) : maintenez-la.',
    maintain_many:
      'Active (dernière activité il y a {{duration}}), mais en deçà du seuil d’investissement (abonnés : {{audience}} ; publications en 90 jours : {{posts}} ; interactions par publication : {{engagement}}) : maintenez-la.',
    redirect_to: 'Son audience est redirigée vers {{into}}.',
    no_target: 'Aucune présence conservée n’a été trouvée pour accueillir son audience : choisissez-en une.',
    assign_owner: 'Désignez un responsable.',
    reassign_owner: 'Désignez un nouveau responsable : {{owner}} a quitté l’organisation.',
    assign_custodian: 'Désignez le détenteur des accès.',
    recover_credentials:
      'Récupérez les accès détenus par {{custodian}}, qui a quitté l’organisation, et changez le mot de passe.',
    corporate_recovery:
      'Remplacez le contact de récupération personnel par un contact appartenant à l’organisation.',
    enable_mfa: 'Activez la double authentification.',
    check_mfa: 'Vérifiez si la double authentification est activée.',
    set_objective: 'Fixez-lui un objectif, puis ses indicateurs clés.',
    charter_name: 'Renommez « {{name}} » conformément à la charte ({{pattern}}).',
    charter_link: 'Ajoutez {{link}} dans la bio.',
    charter_language: 'Publiez dans les langues de la charte ({{languages}}) ou faites valider l’exception.',
    answer_audience_one: 'Répondez aux internautes : {{posts}} publication en 90 jours, aucune réponse.',
    answer_audience_other: 'Répondez aux internautes : {{posts}} publications en 90 jours, aucune réponse.',
    answer_audience_many: 'Répondez aux internautes : {{posts}} de publications en 90 jours, aucune réponse.',
    audience_declining:
      'L’audience a baissé de {{percent}} entre le {{first}} et le {{last}} : cherchez-en la cause.',
  },
  taskKind: {
    post_redirect: 'Publier le message réorientant la communauté vers {{target}}',
    update_bio: 'Mettre à jour la bio pour qu’elle renvoie vers {{target}}',
    export_archive: 'Exporter l’archive du compte avant sa fermeture',
    revoke_access: 'Révoquer les accès des applications tierces et des agences',
    delete_or_lock: 'Supprimer le compte, ou le verrouiller si la plateforme ne permet pas de le supprimer',
    publish_poll: 'Publier le sondage auprès de la communauté : ici ou sur {{target}} ?',
    redirect_post: 'Publier le message de redirection {{n}} sur {{count, number}} vers {{target}}',
    measure_followers:
      'Mesurer la part de la communauté qui a suivi vers {{target}} entre le {{from}} et le {{to}}',
    remove_links:
      'Retirer les liens vers {{account}} ({{platform}}) des sites, signatures de courriel et documents de l’organisation ; renvoyer plutôt vers les présences conservées',
    archive_record:
      'Archiver ce que l’on sait de {{account}} sur {{platform}} : sa fiche, les publications et chiffres importés, toute copie conservée',
    mark_archived: 'Passer {{account}} ({{platform}}) au statut « archivée » dans le registre',
    claim_account: 'Revendiquer le compte {{account}} auprès de {{platform}}',
    recover_credentials:
      'Récupérer les identifiants et le contact de récupération de {{account}} sur {{platform}}',
    assign_owner: 'Désigner un responsable',
    assign_custodian: 'Désigner un détenteur des accès',
    enable_mfa: 'Activer la double authentification',
    corporate_recovery: 'Remplacer le contact de récupération personnel par une adresse de l’organisation',
    set_objective_kpis: 'Définir l’objectif et au moins un indicateur clé (KPI) avec sa cible',
    investigate: 'Identifier qui anime {{account}} sur {{platform}} et s’il appartient à l’organisation',
  },
  taskStatus: { todo: 'À faire', doing: 'En cours', done: 'Terminée', skipped: 'Sans objet' },
  templateKind: {
    redirect: 'Message de redirection',
    poll: 'Sondage auprès de la communauté',
    bio: 'Bio du profil',
    redirect_post: 'Message de redirection progressive',
  },
  templateKindHint: {
    redirect:
      'Publié sur une présence qui ferme : il indique à sa communauté où suivre désormais l’organisation.',
    poll: 'Demande à la communauté d’une grande présence si elle suivra vers la présence conservée (étape g).',
    bio: 'La bio laissée sur une présence qui ferme : elle renvoie vers la présence conservée.',
    redirect_post:
      'Les messages d’une redirection progressive, publiés l’un après l’autre sur plusieurs semaines.',
  },
  metric: {
    audience: 'Audience',
    audience_growth: 'Croissance de l’audience',
    posts_per_week: 'Publications par semaine',
    engagement_per_post: 'Engagement par publication',
    reply_rate: 'Taux de réponse',
    response_time_hours: 'Délai de réponse (heures)',
    visits: 'Visites du site',
    clicks: 'Clics sur les liens',
    leads: 'Contacts commerciaux (leads)',
    applications: 'Candidatures',
  },
  period: { month: 'Mois', quarter: 'Trimestre', year: 'Année' },
  periodPer: { month: 'par mois', quarter: 'par trimestre', year: 'par an' },
  objective: {
    awareness: 'Notoriété',
    engagement: 'Engagement de la communauté',
    customer_care: 'Relation client',
    traffic: 'Trafic vers le site',
    leads: 'Prospects et ventes',
    recruitment: 'Recrutement',
    press: 'Relations presse',
    information: 'Information',
  },
  severity: { high: 'Élevée', medium: 'Moyenne', low: 'Faible' },
  deletedPresence: 'une présence supprimée',
  deletedPresenceTitle: 'Présence supprimée',
  status: { open: 'En revue', reviewed: 'Revu', closed: 'Clos' },
  placeholder: {
    organisation: 'Le nom de l’organisation',
    name: 'Le nom de la présence qui ferme',
    target_name: 'Le nom de la présence conservée',
    target_platform: 'La plateforme de la présence conservée',
    target_url: 'L’adresse de la présence conservée (obligatoire)',
    date: 'La date de fermeture (la fin du sondage, dans un sondage)',
    weeks: 'La durée de la redirection progressive, en semaines',
    n: 'Le numéro de ce message de redirection',
    count: 'Le nombre de messages de redirection',
  },
  list: {
    title: 'Audits',
    description:
      'Chaque audit juge chaque présence au regard de son objectif et recommande une décision ; vous décidez, et le plan d’action suit.',
    settings: 'Règles et modèles',
    name: 'Audit',
    scope: 'Périmètre',
    asOf: 'Situation au',
    presences: 'Présences',
    decided: 'Décidées',
    kept: 'Avant → après',
    tasks: 'Tâches faites',
    status: 'État',
    noTasks: 'Aucune tâche',
    wholeOrganisation: 'Toute l’organisation',
    ranBy: '{{date}} · {{actor}}',
    emptyTitle: 'Aucun audit pour l’instant',
    emptyText:
      'Un audit fait l’état des lieux de chaque présence, mesure dans quelle mesure elle a servi son objectif, et recommande quoi en faire : investir, maintenir, fusionner ou fermer avec redirection. Vous examinez chaque recommandation, vous décidez, et Vigie établit le plan d’action et les messages à publier.',
  },
  run: {
    open: 'Lancer un audit',
    title: 'Lancer un audit',
    intro:
      'Vigie lit la fiche, les publications et les chiffres de chaque présence, applique les règles et recommande une décision pour chacune. Rien ne change dans l’inventaire tant que vous n’avez pas décidé.',
    name: 'Nom',
    nameHelp: 'Laissez vide pour un nom formé du périmètre et de la date.',
    scope: 'Périmètre',
    scopeHelp: 'Une entité et ses sous-entités, ou toute l’organisation.',
    wholeOrganisation: 'Toute l’organisation',
    asOf: 'Situation au',
    asOfHelp: 'L’activité est comptée jusqu’à ce jour.',
    submit: 'Lancer l’audit',
    running: 'Audit des présences de {{scope}} en cours…',
    progress: 'Audit en cours',
    elapsed: '{{value}} s',
    done_one:
      '« {{name}} » : {{presences}} présence auditée ; conservées une fois les recommandations appliquées : {{kept}}.',
    done_other:
      '« {{name}} » : {{presences}} présences auditées ; conservées une fois les recommandations appliquées : {{kept}}.',
    done_many:
      '« {{name}} » : {{presences}} de présences auditées ; conservées une fois les recommandations appliquées : {{kept}}.',
  },
  page: {
    subtitle: '{{scope}} · situation au {{date}} · lancé par {{actor}} le {{ran}}',
    previous: 'Audit précédent',
    tabReview: 'Revue',
    tabPlan: 'Plan d’action',
  },
  figures: {
    beforeAfter: 'Présences, avant → après',
    beforeAfterHint:
      'Auditées, puis conservées une fois toutes les décisions appliquées (la recommandation tant qu’elle n’est pas tranchée).',
    beforeAfterLabel_one: '{{before}} présence avant, {{after}} après',
    beforeAfterLabel_other: '{{before}} présences avant, {{after}} après',
    beforeAfterLabel_many: '{{before}} de présences avant, {{after}} après',
    ending: 'À fermer ou fusionner',
    endingHint:
      'Fermées avec redirection, redirigées progressivement, fusionnées dans une autre présence, ou retirées (plateforme disparue).',
    decided: 'Décisions prises',
    decidedHint: 'Encore {{value}} à prendre.',
    tasks: 'Tâches faites',
    tasksHint: 'Tâches du plan d’action terminées ou sans objet.',
  },
  charts: {
    byDecision: 'Recommandé et décidé',
    byDecisionHint:
      'Ce que recommandent les règles, et ce qui a été décidé jusqu’ici. Cliquez sur une barre pour filtrer la revue.',
    byDecisionLabel: 'Présences par décision recommandée et décidée',
    recommended: 'Recommandé',
    decided: 'Décidé',
    byPlatform: 'Par plateforme',
    byPlatformHint: 'Ce que devient chaque plateforme : la décision prise, sinon celle recommandée.',
    byPlatformLabel: 'Présences par plateforme, selon la décision',
  },
  review: {
    search: 'Chercher une présence',
    presence: 'Présence',
    days: 'Muette depuis',
    perWeek: 'Publ. par sem.',
    audience: 'Audience',
    perPost: 'Eng. par publ.',
    findings: 'Constats',
    finding: 'Constat',
    allFindings: 'Tous les constats',
    recommendation: 'Recommandation',
    allRecommendations: 'Toutes les recommandations',
    decision: 'Décision',
    toDecide: 'À décider',
    changed: 'Diffère de la recommandation',
    noFinding: 'Rien à signaler',
    decidedAll: 'Toutes',
    decidedNo: 'À décider ({{value}})',
    decidedYes: 'Décidées',
    decidedChanged: 'Modifiées',
    count_one: '{{value}} présence sur {{total}}',
    count_other: '{{value}} présences sur {{total}}',
    count_many: '{{value}} de présences sur {{total}}',
    noneFiltered: 'Aucune présence de cet audit ne correspond à ces filtres.',
    openRow: 'Examiner {{name}}',
  },
  accept: {
    open_one: 'Suivre la recommandation pour la présence affichée restant à décider',
    open_other: 'Suivre la recommandation pour les {{value}} présences affichées restant à décider',
    open_many: 'Suivre la recommandation pour les {{value}} de présences affichées restant à décider',
    title_one: 'Suivre la recommandation pour {{value}} présence',
    title_other: 'Suivre la recommandation pour {{value}} présences',
    title_many: 'Suivre la recommandation pour {{value}} de présences',
    intro:
      'Chaque présence reçoit la décision recommandée pour elle (vers la présence qu’elle désigne, le cas échéant), avec le motif unique ci-dessous, conservé dans son historique ; ses tâches s’ajoutent au plan d’action. Tout ou rien : si l’une est refusée, aucune n’est décidée.',
    summary: 'Ce qui sera décidé',
    reason: 'Motif, pour chacune',
    reasonHelp: 'Conservé dans l’historique de chaque présence.',
    useStandard: 'Utiliser un motif type',
    standardReason: 'Recommandations de l’audit suivies après examen de la liste filtrée.',
    tooMany: 'Au plus {{max}} présences à la fois : affinez les filtres.',
    submit_one: 'Suivre pour {{value}} présence',
    submit_other: 'Suivre pour {{value}} présences',
    submit_many: 'Suivre pour {{value}} de présences',
    running_one: 'Décision en cours pour {{value}} présence, d’un seul tenant…',
    running_other: 'Décision en cours pour {{value}} présences, d’un seul tenant…',
    running_many: 'Décision en cours pour {{value}} de présences, d’un seul tenant…',
    progress: 'Application des recommandations',
    elapsed: '{{value}} s',
    done_one: '{{value}} recommandation suivie ; tâches ajoutées au plan d’action : {{tasks}}.',
    done_other: '{{value}} recommandations suivies ; tâches ajoutées au plan d’action : {{tasks}}.',
    done_many: '{{value}} de recommandations suivies ; tâches ajoutées au plan d’action : {{tasks}}.',
    skipped_one: '{{value}} présence décidée entre-temps a été laissée telle quelle.',
    skipped_other: '{{value}} présences décidées entre-temps ont été laissées telles quelles.',
    skipped_many: '{{value}} de présences décidées entre-temps ont été laissées telles quelles.',
    refused: 'Rien n’a été décidé',
    openRefused: 'Ouvrir cette présence',
  },
  item: {
    openPresence: 'Fiche de la présence',
    position: '{{index}} sur {{total}}',
    previous: 'Présence précédente',
    next: 'Présence suivante',
    recommended: 'Recommandation',
    noReason: 'Aucun motif indiqué.',
    decision: 'Décision',
    findings: 'Constats',
    facts: 'Faits',
    factsHint: 'Au {{date}}, chacun avec sa source.',
    keys: 'Raccourcis clavier',
    keyNext: 'suivante',
    keyPrevious: 'précédente',
    keyAccept: 'suivre la recommandation et continuer',
    keySave: 'dans le motif : enregistrer et passer à la suivante',
  },
  facts: {
    daysSinceActivity: 'Jours depuis la dernière activité',
    never: 'Jamais connue',
    posts90: 'Publications sur 90 jours',
    postsPerWeek: 'Publications par semaine',
    audience: 'Audience',
    audienceTrend: 'Audience sur 90 jours',
    trendLabel: 'Audience sur 90 jours : {{value}}',
    engagementPerPost: 'Engagement par publication',
    replyRate: 'Part des publications qui répondent à quelqu’un',
    ownerActive: 'Dans l’organisation',
    nobody: 'personne',
    person: { none: 'Personne', left: 'A quitté l’organisation', active: 'Dans l’organisation' },
    platformAlive: 'Plateforme',
    platformOpen: 'Toujours en service',
    platformClosed: 'Disparue',
    charterName: 'Nom conforme à la charte',
    charterLink: 'Lien dans la bio',
    charterLanguage: 'Langue de la charte',
    charterOk: 'Oui',
    charterKo: 'Non',
    notChecked: 'Non vérifié',
    overlaps: 'Doublons',
    noOverlap: 'Aucun',
    noObjective: 'Aucun objectif écrit',
  },
  evidence: {
    posts_one: 'D’après {{value}} publication importée, du {{first}} au {{last}}.',
    posts_other: 'D’après {{value}} publications importées, du {{first}} au {{last}}.',
    posts_many: 'D’après {{value}} de publications importées, du {{first}} au {{last}}.',
    postsNone: 'Aucune publication importée pour cette présence.',
    metrics_one: 'D’après {{value}} jour de chiffres importés, du {{first}} au {{last}}.',
    metrics_other: 'D’après {{value}} jours de chiffres importés, du {{first}} au {{last}}.',
    metrics_many: 'D’après {{value}} de jours de chiffres importés, du {{first}} au {{last}}.',
    metricsNone: 'Aucun chiffre importé pour cette présence.',
    registry: 'Inventaire, {{field}} : {{value}}.',
    registryOn: 'Inventaire, {{field}} : {{value}} (au {{on}}).',
    catalogue: 'Catalogue des plateformes : {{platform}}.',
    none: 'Aucune donnée.',
  },
  decide: {
    decision: 'Décision',
    recommended: '{{decision}} (recommandée)',
    into: 'Vers',
    intoPlaceholder: 'Choisir une présence de cet audit',
    intoMergeHelp: 'La présence dans laquelle elle est fusionnée.',
    intoRedirectHelp: 'Là où sa communauté est renvoyée.',
    intoRequired: 'Une fusion demande la présence dans laquelle fusionner.',
    intoKept: 'Conservées',
    intoClosing: 'En cours de fermeture ou de fusion',
    reason: 'Motif',
    reasonHelpAccept: 'Pourquoi vous suivez la recommandation ; conservé dans l’historique de la présence.',
    reasonHelpChange:
      'Pourquoi vous décidez autrement que la recommandation ; conservé dans l’historique de la présence.',
    reasonShort: 'Écrivez au moins 3 caractères.',
    useReasons: 'Reprendre les motifs de la recommandation',
    responsibilities: 'Qui en répond',
    responsibilitiesHelp:
      'Prérempli avec l’inventaire ; ce que vous changez ici est enregistré avec la décision.',
    statusAfter: 'Son statut deviendra « {{status}} », et ses tâches s’ajouteront au plan d’action.',
    accept: 'Suivre la recommandation',
    change: 'Enregistrer cette décision',
    conflict: 'Cette décision en contredit une autre',
    stale:
      'Cette présence a changé depuis que vous l’avez ouverte : vérifiez-la telle qu’elle est, puis décidez à nouveau',
    staleNext:
      'Le panneau la montre désormais telle qu’elle est, et votre justification est conservée : vérifiez, puis enregistrez de nouveau la décision.',
    done_one: 'Décision enregistrée : {{value}} tâche ajoutée au plan d’action.',
    done_other: 'Décision enregistrée : {{value}} tâches ajoutées au plan d’action.',
    done_many: 'Décision enregistrée : {{value}} de tâches ajoutées au plan d’action.',
    by: 'Décidé par {{actor}} le {{date}}',
    changeTaken: 'Modifier',
    undo: 'Retirer',
    undoHelp:
      'Retirer la décision supprime les tâches pas encore commencées ; celles commencées restent au plan.',
    undone: 'Décision retirée.',
    acceptedReason: 'Recommandation suivie après examen.',
    checkReason:
      'Motif repris de la recommandation : vérifiez-le, puis appuyez de nouveau sur A (ou {{keys}} dans le champ) pour enregistrer la décision et ouvrir la présence suivante.',
    doneNamed_one: '{{name}} : décision enregistrée, {{value}} tâche ajoutée au plan d’action.',
    doneNamed_other: '{{name}} : décision enregistrée, {{value}} tâches ajoutées au plan d’action.',
    doneNamed_many: '{{name}} : décision enregistrée, {{value}} de tâches ajoutées au plan d’action.',
  },
  kpi: {
    title: 'Indicateurs clés (KPI)',
    hint: 'Ce que l’organisation attend de cette présence (étape h) : un indicateur lié à son objectif, avec une cible et une période.',
    none: 'Aucun indicateur fixé pour l’instant.',
    objective: 'Objectif',
    metric: 'Indicateur',
    target: 'Cible',
    targetPercent: 'Cible (%)',
    period: 'Période',
    targetPer: '{{value}} {{period}}',
    baselineShort: 'Aujourd’hui',
    baseline: 'Aujourd’hui : {{value}}',
    add: 'Ajouter',
    added: 'Indicateur ajouté.',
    remove: 'Retirer cet indicateur',
    removed: 'Indicateur retiré.',
    suggested_one: 'Suggéré d’après son objectif et ses chiffres ({{value}})',
    suggested_other: 'Suggérés d’après son objectif et ses chiffres ({{value}})',
    suggested_many: 'Suggérés d’après son objectif et ses chiffres ({{value}})',
    other: 'Un autre indicateur',
  },
  plan: {
    progressTitle: 'Avancement par entité',
    progressHint:
      'Tâches terminées (ou sans objet) sur l’ensemble des tâches des présences de chaque entité.',
    doneOf: '{{done}} sur {{total}} terminées',
    allOwners: 'Tous les responsables',
    count_one: '{{value}} tâche',
    count_other: '{{value}} tâches',
    count_many: '{{value}} de tâches',
    overdueCount_one: '{{value}} en retard',
    overdueCount_other: '{{value}} en retard',
    overdueCount_many: '{{value}} en retard',
    dragHint: 'Déplacez une carte avec ses flèches, ou faites-la glisser dans une autre colonne.',
    due: 'Échéance le {{date}}',
    overdue: 'En retard depuis le {{date}}',
    copy: 'Copier le message',
    copied: 'Copié',
    moveTo: 'Déplacer vers',
    moveMenu: 'Déplacer « {{title}} »',
    moveToStatus: 'Passer à « {{status}} »',
    emptyColumn: 'Aucune tâche ici',
    more: 'Afficher plus (encore {{value}})',
    emptyTitle: 'Aucune tâche pour l’instant',
    emptyText:
      'Chaque décision ajoute ici ses tâches : les messages à publier, l’archive, les accès à couper, le responsable à désigner.',
  },
  report: {
    menu: 'Rapport',
    hint: 'Dans la langue de la page',
    html: 'Ouvrir comme page web',
    pdf: 'Télécharger le PDF',
    csv: 'Télécharger les constats (CSV)',
  },
  settings: {
    title: 'Règles et modèles de l’audit',
    description:
      'Les seuils selon lesquels l’audit juge les présences, la charte de marque, et les messages que publie une fermeture. Les changements valent pour les audits suivants.',
    tabRules: 'Seuils et charte',
    tabTemplates: 'Modèles de messages',
    group: {
      activity: 'Activité',
      engagement: 'Engagement et audience',
      decisions: 'Recommandations',
      plan: 'Plan de fermeture',
      charter: 'Charte de marque',
    },
    groupHint: {
      activity:
        'Quand une présence est en sommeil ou abandonnée, et le rythme attendu d’une présence vivante.',
      engagement: 'Ce qui fait une présence à laquelle sa communauté ne répond plus, ou qu’elle quitte.',
      decisions:
        'Ce qu’une présence doit atteindre pour être investie, et à partir de quelle audience sa fermeture demande un sondage.',
      plan: 'Le rythme des tâches qu’une décision ajoute au plan d’action.',
      charter: 'Ce que chaque présence doit afficher. Laissez un champ vide pour ne pas le vérifier.',
    },
    field: {
      dormantDays: {
        label: 'En sommeil après',
        help: 'Aucune activité depuis ce nombre de jours : en sommeil.',
        unit: 'jours',
      },
      abandonedDays: {
        label: 'Abandonnée après',
        help: 'Aucune activité depuis ce nombre de jours : abandonnée, à fermer avec redirection. Plus que le seuil de mise en sommeil.',
        unit: 'jours',
      },
      minPosts90: {
        label: 'Publications minimum sur 90 jours',
        help: 'Moins de publications que cela sur 90 jours : le rythme est trop faible.',
        unit: 'publ.',
      },
      minEngagementPerPost: {
        label: 'Engagement minimum par publication',
        help: 'Mentions j’aime, partages, réponses et citations par publication sous ce seuil : engagement faible.',
        unit: 'par publ.',
      },
      decliningShare: {
        label: 'Audience en baisse',
        help: 'Une audience qui a perdu plus que cette part sur 90 jours est en baisse.',
        unit: '%',
      },
      investAudience: {
        label: 'Audience pour investir',
        help: 'Une présence investie doit avoir au moins cette audience…',
        unit: 'abonnés',
      },
      investPosts90: {
        label: 'Publications sur 90 jours pour investir',
        help: '…au moins ce nombre de publications sur 90 jours…',
        unit: 'publ.',
      },
      investEngagementPerPost: {
        label: 'Engagement par publication pour investir',
        help: '…et au moins cet engagement par publication.',
        unit: 'par publ.',
      },
      pollAudience: {
        label: 'Sonder la communauté à partir de',
        help: 'À partir de cette audience, la fermeture demande un sondage auprès de la communauté et une redirection progressive (étape g).',
        unit: 'abonnés',
      },
      redirectPosts: {
        label: 'Messages de redirection',
        help: 'Nombre de messages de redirection que publie une redirection progressive…',
        unit: 'messages',
      },
      redirectWeeks: {
        label: 'Durée d’une redirection progressive',
        help: '…sur combien de semaines.',
        unit: 'semaines',
      },
      taskDays: {
        label: 'Jours par tâche',
        help: 'Le délai donné à chaque tâche d’une fermeture.',
        unit: 'jours',
      },
      namePattern: {
        label: 'Modèle de nom',
        help: 'Un modèle en syntaxe RE2 que le nom affiché doit respecter, par ex. ^Ombreval. Les majuscules comptent, sauf si le modèle commence par (?i) ; ni références arrière ni assertions avant ou arrière.',
      },
      requiredLink: {
        label: 'Lien exigé dans la bio',
        help: 'Un lien que chaque bio doit contenir, par ex. ombreval.example.',
      },
      languages: {
        label: 'Langues',
        help: 'Les langues dans lesquelles l’organisation publie (codes comme fr, en). Appuyez sur Entrée après chacune.',
      },
    },
    rangeHint: 'De {{min}} à {{max}} ; par défaut {{default}}.',
    range: 'Indiquez une valeur de {{min}} à {{max}}.',
    whole: 'Indiquez un nombre entier.',
    required: 'Indiquez une valeur.',
    abandonedBeforeDormant: 'Doit dépasser le seuil de mise en sommeil.',
    badPattern: 'Ce n’est pas un modèle valide en syntaxe RE2 (le problème est à « {{near}} »).',
    patternBackreference:
      'Les références arrière comme « {{near}} » ne sont pas acceptées : les modèles sont évalués en temps linéaire (syntaxe RE2).',
    patternLookaround:
      'Les assertions avant ou arrière comme « {{near}} » ne sont pas acceptées : les modèles sont évalués en temps linéaire (syntaxe RE2).',
    patternTooComplex:
      'Trop complexe ({{size}} étapes une fois compilé, {{max}} au plus) : réduisez les répétitions.',
    badLanguages: 'Ce ne sont pas des codes de langue : {{value}}.',
    defaults: 'Revenir aux valeurs par défaut',
    unsaved: 'Modifications non enregistrées.',
    fixFirst: 'Corrigez les champs en rouge pour enregistrer.',
    appliesNext:
      'Les changements valent pour les audits lancés après l’enregistrement ; les audits passés gardent leurs règles.',
    saved: 'Règles de l’audit enregistrées.',
  },
  templates: {
    listTitle: 'Modèles en vigueur',
    listHint:
      'Les textes fournis, et ceux que l’organisation a écrits. Une plateforme sans texte propre utilise celui de toutes les plateformes.',
    everyPlatform: 'Toutes les plateformes',
    own: 'Modifié',
    builtIn: 'Fourni',
    kind: 'Message',
    body: 'Texte',
    inherits:
      'Cette plateforme n’a pas de texte propre : elle utilise celui de toutes les plateformes, affiché ci-dessous. L’enregistrer lui en donne un.',
    insert: 'Insérer :',
    syntax:
      '{variable} est remplie pour chaque présence ; [[ … ]] marque une partie facultative, omise quand ses valeurs sont vides ou quand le texte est trop long pour la plateforme.',
    save: 'Enregistrer le modèle',
    saved: 'Modèle enregistré.',
    revert: 'Revenir au texte fourni',
    reverted: 'Texte fourni rétabli.',
    preview: 'Aperçu',
    previewHint: 'Rempli pour une présence, et compté comme le compte la plateforme.',
    previewFor: 'Présence pour l’aperçu',
    previewSample: 'Présence d’exemple',
    length_one: '{{length}} caractère sur {{limit}}',
    length_other: '{{length}} caractères sur {{limit}}',
    length_many: '{{length}} de caractères sur {{limit}}',
    lengthNoLimit_one: '{{length}} caractère',
    lengthNoLimit_other: '{{length}} caractères',
    lengthNoLimit_many: '{{length}} de caractères',
    shortened: 'Raccourci pour tenir',
    shortenedHint:
      'Des parties facultatives ont été omises, ou le texte coupé, pour respecter la limite de la plateforme.',
  },
};
