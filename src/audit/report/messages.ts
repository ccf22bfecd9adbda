// What the audit report (web page, PDF) and its CSV say, in English and French. The report is read by
// an executive committee: short headings, sentences a communication director would sign.
// Findings, reasons, decisions and tasks have their own catalogues (../messages, ../plan-messages).
import type { Catalogue } from '../../core/i18n';

const STATUSES = {
  'audit.report.status.discovered': { en: 'Discovered', fr: 'Découverte' },
  'audit.report.status.active': { en: 'Active', fr: 'Active' },
  'audit.report.status.dormant': { en: 'Dormant', fr: 'En sommeil' },
  'audit.report.status.abandoned': { en: 'Abandoned', fr: 'Abandonnée' },
  'audit.report.status.closing': { en: 'Closing', fr: 'En cours de fermeture' },
  'audit.report.status.redirecting': { en: 'Redirecting', fr: 'En redirection' },
  'audit.report.status.closed': { en: 'Closed', fr: 'Fermée' },
  'audit.report.status.archived': { en: 'Archived', fr: 'Archivée' },
} satisfies Catalogue;

/** Short names of the findings, for tables and the comparison (the full sentences are audit.finding.*). */
const CODES = {
  'audit.report.code.no_data': { en: 'No activity data', fr: 'Aucune donnée d’activité' },
  'audit.report.code.abandoned': { en: 'Abandoned', fr: 'Abandonnée' },
  'audit.report.code.dormant': { en: 'Dormant', fr: 'En sommeil' },
  'audit.report.code.status_differs': {
    en: 'Status out of date',
    fr: 'Statut à mettre à jour',
  },
  'audit.report.code.low_cadence': { en: 'Too few posts', fr: 'Publications trop rares' },
  'audit.report.code.low_engagement': { en: 'Low engagement', fr: 'Engagement faible' },
  'audit.report.code.audience_declining': { en: 'Audience declining', fr: 'Audience en baisse' },
  'audit.report.code.no_replies': { en: 'Never answers', fr: 'Ne répond jamais' },
  'audit.report.code.abandoned_with_audience': {
    en: 'Abandoned with an audience',
    fr: 'Abandonnée avec une audience',
  },
  'audit.report.code.no_owner': { en: 'No owner', fr: 'Sans responsable' },
  'audit.report.code.owner_left': { en: 'Owner has left', fr: 'Responsable parti' },
  'audit.report.code.no_custodian': { en: 'No credential custodian', fr: 'Aucun détenteur des accès' },
  'audit.report.code.custodian_left': { en: 'Custodian has left', fr: 'Détenteur des accès parti' },
  'audit.report.code.personal_recovery': {
    en: 'Personal recovery contact',
    fr: 'Contact de récupération personnel',
  },
  'audit.report.code.mfa_off': { en: 'MFA off', fr: 'Double authentification désactivée' },
  'audit.report.code.mfa_unknown': { en: 'MFA unknown', fr: 'Double authentification inconnue' },
  'audit.report.code.dead_platform': { en: 'Platform closed', fr: 'Plateforme disparue' },
  'audit.report.code.name_off_charter': { en: 'Name off charter', fr: 'Nom hors charte' },
  'audit.report.code.bio_without_link': { en: 'Bio without the link', fr: 'Bio sans le lien' },
  'audit.report.code.language_off_charter': { en: 'Language off charter', fr: 'Langue hors charte' },
  'audit.report.code.overlap': { en: 'Duplicates another presence', fr: 'Doublon d’une autre présence' },
  'audit.report.code.discovered': { en: 'Found, not registered', fr: 'Découverte, non déclarée' },
  'audit.report.code.no_objective': { en: 'No objective', fr: 'Sans objectif' },
} satisfies Catalogue;

const COVER = {
  'audit.report.cover.title': {
    en: 'Audit of the social-media presences',
    fr: 'Audit des présences sur les réseaux sociaux',
  },
  'audit.report.cover.kicker': {
    en: 'Report to the executive committee',
    fr: 'Rapport au comité de direction',
  },
  'audit.report.title': { en: 'Audit report — {audit}', fr: 'Rapport d’audit — {audit}' },
  'audit.report.meta.scope': { en: 'Scope', fr: 'Périmètre' },
  'audit.report.meta.whole': { en: 'The whole organisation', fr: 'L’ensemble de l’organisation' },
  'audit.report.meta.as_of': { en: 'Situation as of', fr: 'Situation au' },
  'audit.report.meta.run_by': { en: 'Audit run by', fr: 'Audit conduit par' },
  'audit.report.meta.state': { en: 'Audit status', fr: 'État de l’audit' },
  'audit.report.meta.generated': { en: 'Report produced on', fr: 'Rapport édité le' },
  'audit.report.meta.previous': { en: 'Compared with', fr: 'Comparé à' },
  'audit.report.audit_status.open': { en: 'In progress', fr: 'En cours' },
  'audit.report.audit_status.closed': { en: 'Closed', fr: 'Clos' },
  // Chosen by the presences after (`count`), the noun that follows it.
  'audit.report.headline': {
    en: { one: 'From {before} to {after} presence', other: 'From {before} to {after} presences' },
    fr: {
      one: 'De {before} à {after} présence',
      other: 'De {before} à {after} présences',
      many: 'De {before} à {after} de présences',
    },
  },
  'audit.report.headline.explain': {
    en: 'Before: the presences audited. After: the presences the organisation keeps once every decision is carried out ({kept}).',
    fr: 'Avant : les présences auditées. Après : les présences que l’organisation conserve une fois toutes les décisions appliquées ({kept}).',
  },
  'audit.report.pending.none': {
    en: 'Every decision has been taken.',
    fr: 'Toutes les décisions ont été prises.',
  },
  'audit.report.pending': {
    en: {
      one: '{count} decision is still pending: the figure counts its recommendation.',
      other: '{count} decisions are still pending: the figure counts their recommendations.',
    },
    fr: {
      one: '{count} décision reste à prendre : le chiffre retient la recommandation.',
      other: '{count} décisions restent à prendre : le chiffre retient les recommandations.',
      many: '{count} de décisions restent à prendre : le chiffre retient les recommandations.',
    },
  },
  'audit.report.tile.decided': { en: 'Decisions taken', fr: 'Décisions prises' },
  'audit.report.tile.ending': { en: 'To close or merge', fr: 'À fermer ou fusionner' },
  'audit.report.tile.high': { en: 'Presences at high risk', fr: 'Présences à risque élevé' },
  'audit.report.tile.tasks': { en: 'Action plan done', fr: 'Plan d’action réalisé' },
  'audit.report.tile.overdue': { en: 'Overdue tasks', fr: 'Tâches en retard' },
  'audit.report.key.title': { en: 'What the committee should know', fr: 'Ce que le comité doit retenir' },
  // `count` is {none} + {left}, the overview's two cards ("no credential custodian", "custodian has
  // left"), named apart so that the figures can be checked against it.
  'audit.report.key.custody': {
    en: {
      one: '{count} presence has no reliable credential custodian (none named: {none}; custodian has left: {left}): its access could be lost or hijacked.',
      other:
        '{count} presences have no reliable credential custodian (none named: {none}; custodian has left: {left}): their access could be lost or hijacked.',
    },
    fr: {
      one: '{count} présence n’a pas de détenteur des accès fiable (aucun désigné : {none} ; détenteur parti : {left}) : ses accès peuvent être perdus ou détournés.',
      other:
        '{count} présences n’ont pas de détenteur des accès fiable (aucun désigné : {none} ; détenteur parti : {left}) : leurs accès peuvent être perdus ou détournés.',
      many: '{count} de présences n’ont pas de détenteur des accès fiable (aucun désigné : {none} ; détenteur parti : {left}) : leurs accès peuvent être perdus ou détournés.',
    },
  },
  // `count` is the presences; the audience, which may be 1, is given as a figure, not counted.
  'audit.report.key.abandoned': {
    en: {
      one: '{count} abandoned presence still has an audience of {audience}: whoever writes to it gets no answer.',
      other:
        '{count} abandoned presences still have an audience of {audience} in all: whoever writes to them gets no answer.',
    },
    fr: {
      one: '{count} présence abandonnée a encore une audience de {audience} : qui lui écrit n’obtient plus de réponse.',
      other:
        '{count} présences abandonnées ont encore une audience cumulée de {audience} : qui leur écrit n’obtient plus de réponse.',
      many: '{count} de présences abandonnées ont encore une audience cumulée de {audience} : qui leur écrit n’obtient plus de réponse.',
    },
  },
  'audit.report.key.owner_left': {
    en: {
      one: '{count} presence belongs to someone who has left the organisation.',
      other: '{count} presences belong to people who have left the organisation.',
    },
    fr: {
      one: '{count} présence dépend d’un responsable qui a quitté l’organisation.',
      other: '{count} présences dépendent de responsables qui ont quitté l’organisation.',
      many: '{count} de présences dépendent de responsables qui ont quitté l’organisation.',
    },
  },
  'audit.report.key.dead': {
    en: {
      one: '{count} presence is on a platform that has closed.',
      other: '{count} presences are on platforms that have closed.',
    },
    fr: {
      one: '{count} présence se trouve sur une plateforme disparue.',
      other: '{count} présences se trouvent sur des plateformes disparues.',
      many: '{count} de présences se trouvent sur des plateformes disparues.',
    },
  },
  'audit.report.key.overdue': {
    en: {
      one: '{count} task of the action plan is overdue.',
      other: '{count} tasks of the action plan are overdue.',
    },
    fr: {
      one: '{count} tâche du plan d’action est en retard.',
      other: '{count} tâches du plan d’action sont en retard.',
      many: '{count} de tâches du plan d’action sont en retard.',
    },
  },
  'audit.report.key.none': {
    en: 'No major risk stands out.',
    fr: 'Aucun risque majeur ne ressort.',
  },
} satisfies Catalogue;

const SECTIONS = {
  'audit.report.toc': { en: 'Contents', fr: 'Sommaire' },
  'audit.report.toc.csv': {
    en: 'Annex (CSV file): every presence with its facts, findings, recommendation and decision',
    fr: 'Annexe (fichier CSV) : chaque présence avec ses mesures, constats, recommandation et décision',
  },
  'audit.report.toc.csv_where': {
    en: 'Not printed here: “Download the findings (CSV)” on the audit’s page.',
    fr: 'Non imprimée ici : « Télécharger les constats (CSV) » sur la page de l’audit.',
  },
  'audit.report.section.decide': { en: 'What must be decided', fr: 'Ce qu’il faut décider' },
  'audit.report.section.figures': { en: 'The presences in figures', fr: 'Les présences en chiffres' },
  'audit.report.section.audience': {
    en: 'Audience at stake by unit',
    fr: 'Audience en jeu par entité',
  },
  'audit.report.section.plan': { en: 'Action plan timeline', fr: 'Calendrier du plan d’action' },
  'audit.report.section.comparison': { en: 'Since the previous audit', fr: 'Depuis l’audit précédent' },
  'audit.report.section.method': { en: 'Method and thresholds', fr: 'Méthode et seuils' },
  'audit.report.section.annex': {
    en: 'Annex: presences awaiting a decision',
    fr: 'Annexe : présences en attente de décision',
  },
} satisfies Catalogue;

const CHARTS = {
  'audit.report.chart.status': { en: 'Before: presences by status', fr: 'Avant : présences par statut' },
  'audit.report.chart.decision': { en: 'After: presences by decision', fr: 'Après : présences par décision' },
  'audit.report.chart.platform': { en: 'Presences by platform', fr: 'Présences par plateforme' },
  'audit.report.chart.risks': {
    en: 'Risks among the presences audited',
    fr: 'Risques parmi les présences auditées',
  },
  'audit.report.chart.presences': { en: 'presences', fr: 'présences' },
  'audit.report.chart.decided': { en: 'Decided', fr: 'Décidé' },
  'audit.report.chart.recommended': {
    en: 'Recommended, not yet decided',
    fr: 'Recommandé, pas encore décidé',
  },
  'audit.report.chart.kept': { en: 'Kept', fr: 'Conservées' },
  'audit.report.chart.ending': { en: 'To close or merge', fr: 'À fermer ou fusionner' },
  'audit.report.chart.others': { en: 'Others ({count})', fr: 'Autres ({count})' },
  'audit.report.chart.no_unit': { en: 'No unit', fr: 'Sans entité' },
  'audit.report.chart.pending_part': {
    en: 'Lighter: recommended, not yet decided',
    fr: 'Plus clair : recommandé, pas encore décidé',
  },
} satisfies Catalogue;

const COLUMNS = {
  'audit.report.col.presence': { en: 'Presence', fr: 'Présence' },
  'audit.report.col.unit': { en: 'Unit', fr: 'Entité' },
  'audit.report.col.audience': { en: 'Audience', fr: 'Audience' },
  'audit.report.col.decision': { en: 'Decision', fr: 'Décision' },
  'audit.report.col.recommendation': { en: 'Recommendation', fr: 'Recommandation' },
  'audit.report.col.awaiting': { en: 'Awaiting a decision', fr: 'En attente de décision' },
  'audit.report.col.awaiting_audience': { en: 'Their audience', fr: 'Leur audience' },
  'audit.report.col.decided': { en: 'Decided', fr: 'Décidées' },
  'audit.report.col.at_stake': { en: 'Audience at stake', fr: 'Audience en jeu' },
  'audit.report.col.unit_audience': { en: 'Of the unit’s audience', fr: 'Sur l’audience de l’entité' },
  'audit.report.col.overdue': { en: 'Overdue', fr: 'En retard' },
  'audit.report.col.progress': { en: 'Progress', fr: 'Avancement' },
  'audit.report.col.next_due': { en: 'Next due', fr: 'Prochaine échéance' },
  'audit.report.col.indicator': { en: 'Indicator', fr: 'Indicateur' },
  'audit.report.col.finding': { en: 'Finding', fr: 'Constat' },
  'audit.report.col.change': { en: 'Change', fr: 'Évolution' },
} satisfies Catalogue;

const WORDS = {
  'audit.report.days': {
    en: { one: '{count} day', other: '{count} days' },
    fr: { one: '{count} jour', other: '{count} jours', many: '{count} de jours' },
  },
  // A presence a reason points to that is no longer in the audit (never "#12"); the CLI says it too.
  'audit.report.deleted_presence': { en: 'a deleted presence', fr: 'une présence supprimée' },
} satisfies Catalogue;

const DECIDE = {
  'audit.report.decide.lead': {
    en: {
      one: '{count} presence awaits a decision. The audit’s recommendation is counted meanwhile.',
      other: '{count} presences await a decision. The audit’s recommendations are counted meanwhile.',
    },
    fr: {
      one: '{count} présence attend une décision. La recommandation de l’audit est comptée en attendant.',
      other:
        '{count} présences attendent une décision. Les recommandations de l’audit sont comptées en attendant.',
      many: '{count} de présences attendent une décision. Les recommandations de l’audit sont comptées en attendant.',
    },
  },
  'audit.report.decide.by_recommendation': {
    en: 'The decisions to take, by recommendation',
    fr: 'Les décisions à prendre, par recommandation',
  },
  'audit.report.decide.total': { en: 'Total', fr: 'Total' },
  'audit.report.decide.largest': {
    en: 'The largest audiences at stake: presences to close, merge or redirect',
    fr: 'Les plus grandes audiences en jeu : présences à fermer, fusionner ou rediriger',
  },
  'audit.report.decide.none_at_stake': {
    en: 'No presence is to be closed, merged or redirected.',
    fr: 'Aucune présence n’est à fermer, fusionner ou rediriger.',
  },
  'audit.report.decision.pending': { en: 'Pending', fr: 'En attente' },
  'audit.report.more': {
    en: '… and {count} more in the CSV annex.',
    fr: '… et {count} de plus dans l’annexe CSV.',
  },
} satisfies Catalogue;

const FIGURES = {
  'audit.report.audience.lead': {
    en: 'The audience of the presences to close, merge or redirect: the followers each unit must move to a kept presence, or lose. In all: {audience}, of which {pending} not decided yet.',
    fr: 'L’audience des présences à fermer, fusionner ou rediriger : les abonnés que chaque entité doit emmener vers une présence conservée, ou perdre. En tout : {audience}, dont {pending} pas encore décidés.',
  },
  'audit.report.audience.none': {
    en: 'No presence is to be closed, merged or redirected: no audience is at stake.',
    fr: 'Aucune présence n’est à fermer, fusionner ou rediriger : aucune audience n’est en jeu.',
  },
  'audit.report.audience.of': { en: 'of {audience}', fr: 'sur {audience}' },
} satisfies Catalogue;

const PLAN = {
  'audit.report.plan.lead': {
    en: {
      one: '{count} task in the plan: {done} done or not needed, {overdue} overdue as of {date}.',
      other: '{count} tasks in the plan: {done} done or not needed, {overdue} overdue as of {date}.',
    },
    fr: {
      one: '{count} tâche au plan : {done} terminée ou sans objet, {overdue} en retard au {date}.',
      other: '{count} tâches au plan : {done} terminées ou sans objet, {overdue} en retard au {date}.',
      many: '{count} de tâches au plan : {done} terminées ou sans objet, {overdue} en retard au {date}.',
    },
  },
  'audit.report.plan.week': { en: 'Week of {date}', fr: 'Semaine du {date}' },
  'audit.report.plan.quarter': { en: 'Q{quarter} {year}', fr: 'T{quarter} {year}' },
  'audit.report.plan.later': { en: 'From {date} on', fr: 'À partir de {date}' },
  'audit.report.plan.by_due': { en: 'By due date', fr: 'Par échéance' },
  'audit.report.plan.by_step': {
    en: 'By step of each presence’s plan',
    fr: 'Par étape du plan de chaque présence',
  },
  'audit.report.plan.step': { en: 'Step {step}', fr: 'Étape {step}' },
  'audit.report.plan.step_later': { en: 'Step {step} and after', fr: 'Étape {step} et suivantes' },
  'audit.report.plan.by_unit': { en: 'Progress by unit', fr: 'Avancement par entité' },
  'audit.report.plan.total': { en: 'Total', fr: 'Total' },
  'audit.report.plan.none': {
    en: 'No action plan yet: tasks are created as decisions are taken.',
    fr: 'Pas encore de plan d’action : les tâches sont créées au fil des décisions.',
  },
} satisfies Catalogue;

const COMPARE = {
  'audit.report.compare.intro': {
    en: 'Compared with “{name}”, situation as of {date}.',
    fr: 'Comparaison avec « {name} », situation au {date}.',
  },
  'audit.report.compare.overview': { en: 'Key figures', fr: 'Chiffres clés' },
  'audit.report.compare.presences': { en: 'Presences audited', fr: 'Présences auditées' },
  'audit.report.compare.kept': { en: 'Presences kept', fr: 'Présences conservées' },
  'audit.report.compare.decided': { en: 'Decisions taken', fr: 'Décisions prises' },
  'audit.report.compare.high': { en: 'Presences at high risk', fr: 'Présences à risque élevé' },
  'audit.report.compare.audience': { en: 'Audience in all', fr: 'Audience totale' },
  'audit.report.compare.at_stake': { en: 'Audience at stake', fr: 'Audience en jeu' },
  'audit.report.compare.movements': {
    en: 'New since the previous audit: {added} · No longer in the audit: {removed}',
    fr: 'Nouvelles depuis l’audit précédent : {added} · Sorties du périmètre : {removed}',
  },
  'audit.report.compare.findings': {
    en: 'Presences concerned, by finding',
    fr: 'Présences concernées, par constat',
  },
  'audit.report.compare.decisions': { en: 'Presences by decision', fr: 'Présences par décision' },
} satisfies Catalogue;

const METHOD = {
  'audit.report.method.what': {
    en: 'The audit judged every presence of its scope that is not closed or archived, as it stood on {date}: what it published and how its audience moved (from the imported exports), who answers for it and who holds its keys (from the registry). Each finding and each recommendation follows from the thresholds below, those in force when the audit ran; people then took the decisions.',
    fr: 'L’audit a jugé chaque présence de son périmètre qui n’est ni fermée ni archivée, telle qu’elle était au {date} : ce qu’elle a publié et l’évolution de son audience (d’après les exports importés), qui en répond et qui en détient les accès (d’après le registre). Chaque constat et chaque recommandation découlent des seuils ci-dessous, ceux en vigueur au lancement de l’audit ; des personnes ont ensuite pris les décisions.',
  },
  'audit.report.method.thresholds': { en: 'Thresholds used', fr: 'Seuils retenus' },
  'audit.report.method.reading': { en: 'How to read the figures', fr: 'Comment lire les chiffres' },
  'audit.report.method.read.after': {
    en: 'Presences kept: those whose decision (or, while pending, recommendation) is to {kept}.',
    fr: 'Présences conservées : celles dont la décision (ou, en attendant, la recommandation) est {kept}.',
  },
  'audit.report.method.read.stake': {
    en: 'Audience at stake: the audience of the presences to merge, redirect, close or remove.',
    fr: 'Audience en jeu : l’audience des présences à fusionner, rediriger, fermer ou retirer.',
  },
  'audit.report.method.read.audience': {
    en: 'Audience: the last figure measured from the exports, else the one the registry records; unknown counts as none.',
    fr: 'Audience : le dernier chiffre mesuré dans les exports, à défaut celui du registre ; inconnue, elle compte pour zéro.',
  },
  'audit.report.method.read.overdue': {
    en: 'Overdue: a task neither done nor marked not needed whose due date is before the report’s date.',
    fr: 'En retard : une tâche ni terminée ni sans objet dont l’échéance précède la date du rapport.',
  },
  'audit.report.method.decisions': { en: 'The eight decisions', fr: 'Les huit décisions' },
  'audit.report.method.csv': {
    en: 'Every presence, with its facts, findings, recommendation, reasons and decision, is in the CSV annex: “Download the findings (CSV)” on the audit’s page, or {command}.',
    fr: 'Chaque présence, avec ses mesures, constats, recommandation, motifs et décision, figure dans l’annexe CSV : « Télécharger les constats (CSV) » sur la page de l’audit, ou {command}.',
  },
  'audit.report.method.csv_file': { en: 'findings.csv', fr: 'constats.csv' },
  'audit.report.method.group.activity': { en: 'Activity', fr: 'Activité' },
  'audit.report.method.group.engagement': { en: 'Engagement and audience', fr: 'Engagement et audience' },
  'audit.report.method.group.decisions': { en: 'Recommendations', fr: 'Recommandations' },
  'audit.report.method.group.plan': { en: 'Closing plan', fr: 'Plan de fermeture' },
  'audit.report.method.group.charter': { en: 'Brand charter', fr: 'Charte de marque' },
  // The settings' labels, as the audit's settings page words them (web/src/i18n/audit.*.ts).
  'audit.report.method.setting.dormantDays': { en: 'Dormant after', fr: 'En sommeil après' },
  'audit.report.method.setting.abandonedDays': { en: 'Abandoned after', fr: 'Abandonnée après' },
  'audit.report.method.setting.minPosts90': {
    en: 'Fewest posts over 90 days',
    fr: 'Publications minimum sur 90 jours',
  },
  'audit.report.method.setting.minEngagementPerPost': {
    en: 'Lowest engagement per post',
    fr: 'Engagement minimum par publication',
  },
  'audit.report.method.setting.decliningShare': {
    en: 'Declining audience: lost over 90 days',
    fr: 'Audience en baisse : perte sur 90 jours',
  },
  'audit.report.method.setting.investAudience': { en: 'Audience to invest', fr: 'Audience pour investir' },
  'audit.report.method.setting.investPosts90': {
    en: 'Posts over 90 days to invest',
    fr: 'Publications sur 90 jours pour investir',
  },
  'audit.report.method.setting.investEngagementPerPost': {
    en: 'Engagement per post to invest',
    fr: 'Engagement par publication pour investir',
  },
  'audit.report.method.setting.pollAudience': {
    en: 'Poll the community from',
    fr: 'Sonder la communauté à partir de',
  },
  'audit.report.method.setting.redirectPosts': { en: 'Redirect posts', fr: 'Messages de redirection' },
  'audit.report.method.setting.redirectWeeks': {
    en: 'Length of a progressive redirect',
    fr: 'Durée d’une redirection progressive',
  },
  'audit.report.method.setting.taskDays': { en: 'Days per task', fr: 'Jours par tâche' },
  'audit.report.method.setting.namePattern': { en: 'Name pattern', fr: 'Modèle de nom' },
  'audit.report.method.setting.requiredLink': {
    en: 'Link required in the bio',
    fr: 'Lien exigé dans la bio',
  },
  'audit.report.method.setting.languages': { en: 'Languages', fr: 'Langues' },
  'audit.report.method.not_checked': { en: 'not checked', fr: 'non vérifié' },
  'audit.report.unit.posts': {
    en: { one: '{count} post', other: '{count} posts' },
    fr: { one: '{count} publication', other: '{count} publications', many: '{count} de publications' },
  },
  'audit.report.unit.followers': {
    en: { one: '{count} follower', other: '{count} followers' },
    fr: { one: '{count} abonné', other: '{count} abonnés', many: '{count} d’abonnés' },
  },
  'audit.report.unit.weeks': {
    en: { one: '{count} week', other: '{count} weeks' },
    fr: { one: '{count} semaine', other: '{count} semaines', many: '{count} de semaines' },
  },
  'audit.report.unit.per_post': { en: '{value} per post', fr: '{value} par publication' },
  // As the web app's decision hints (web/src/i18n/audit.*.ts, decisionHint).
  'audit.report.hint.invest': {
    en: 'Keep it and give it means, an objective and KPIs with targets.',
    fr: 'La conserver et lui donner des moyens, un objectif et des indicateurs clés avec leurs cibles.',
  },
  'audit.report.hint.maintain': {
    en: 'Keep it as it is, with someone answering for it.',
    fr: 'La conserver telle quelle, avec quelqu’un qui en répond.',
  },
  'audit.report.hint.claim': {
    en: 'Get the account back under the organisation’s control first.',
    fr: 'Reprendre d’abord le compte sous le contrôle de l’organisation.',
  },
  'audit.report.hint.investigate': {
    en: 'Find out who runs it and what it does before deciding.',
    fr: 'Savoir qui l’anime et ce qu’elle fait avant de décider.',
  },
  'audit.report.hint.merge': {
    en: 'Fold it into another presence of the audit, then close it.',
    fr: 'La fondre dans une autre présence de l’audit, puis la fermer.',
  },
  'audit.report.hint.progressive_redirect': {
    en: 'Poll the community, redirect over several weeks, measure who follows, then close.',
    fr: 'Sonder la communauté, rediriger sur plusieurs semaines, mesurer qui suit, puis fermer.',
  },
  'audit.report.hint.close_redirect': {
    en: 'Close it, leaving a message that sends its audience to a kept presence.',
    fr: 'La fermer en laissant un message qui renvoie sa communauté vers une présence conservée.',
  },
  'audit.report.hint.remove': {
    en: 'Its platform no longer exists: take the links to it off the websites, archive what is known of it, then archive it in the registry.',
    fr: 'Sa plateforme n’existe plus : retirer les liens vers elle des sites, archiver ce que l’on en sait, puis l’archiver dans le registre.',
  },
} satisfies Catalogue;

const ANNEX = {
  'audit.report.annex.lead': {
    en: {
      one: 'The {shown} largest audiences among the {count} presence awaiting a decision. All of them, with their findings and reasons, are in the CSV annex.',
      other:
        'The {shown} largest audiences among the {count} presences awaiting a decision. All of them, with their findings and reasons, are in the CSV annex.',
    },
    fr: {
      one: 'Les {shown} plus grandes audiences parmi les {count} présence en attente de décision. Toutes, avec leurs constats et motifs, figurent dans l’annexe CSV.',
      other:
        'Les {shown} plus grandes audiences parmi les {count} présences en attente de décision. Toutes, avec leurs constats et motifs, figurent dans l’annexe CSV.',
      many: 'Les {shown} plus grandes audiences parmi les {count} de présences en attente de décision. Toutes, avec leurs constats et motifs, figurent dans l’annexe CSV.',
    },
  },
  'audit.report.annex.all': {
    en: 'The presences awaiting a decision ({count}), the largest audience first. Their findings and reasons are in the CSV annex.',
    fr: 'Les présences en attente de décision ({count}), la plus grande audience d’abord. Leurs constats et motifs figurent dans l’annexe CSV.',
  },
} satisfies Catalogue;

/** What `vigie audit report` shows while it works. */
const PHASES = {
  'audit.report.phase.rendering': { en: 'Laying out the report', fr: 'Mise en page du rapport' },
  'audit.report.phase.waiting': {
    en: 'Waiting for the PDF printer',
    fr: 'Attente de l’imprimante PDF',
  },
  'audit.report.phase.starting': { en: 'Starting Chromium', fr: 'Démarrage de Chromium' },
  'audit.report.phase.loading': { en: 'Loading the page', fr: 'Chargement de la page' },
  'audit.report.phase.printing': { en: 'Printing the PDF', fr: 'Impression du PDF' },
  'audit.report.phase.writing': { en: 'Writing the file', fr: 'Écriture du fichier' },
} satisfies Catalogue;

const CSV = {
  'audit.report.csv.id': { en: 'ID', fr: 'ID' },
  'audit.report.csv.platform': { en: 'Platform', fr: 'Plateforme' },
  'audit.report.csv.handle': { en: 'Handle', fr: 'Identifiant' },
  'audit.report.csv.url': { en: 'URL', fr: 'URL' },
  'audit.report.csv.name': { en: 'Name', fr: 'Nom' },
  'audit.report.csv.unit': { en: 'Unit', fr: 'Entité' },
  'audit.report.csv.owner': { en: 'Owner', fr: 'Responsable' },
  'audit.report.csv.status': { en: 'Status', fr: 'Statut' },
  'audit.report.csv.days_since_activity': {
    en: 'Days since last activity',
    fr: 'Jours depuis la dernière activité',
  },
  'audit.report.csv.posts_90': { en: 'Posts (90 days)', fr: 'Publications (90 jours)' },
  'audit.report.csv.posts_per_week': { en: 'Posts per week', fr: 'Publications par semaine' },
  'audit.report.csv.audience': { en: 'Audience', fr: 'Audience' },
  'audit.report.csv.audience_trend': {
    en: 'Audience trend, 90 days (%)',
    fr: 'Évolution de l’audience sur 90 jours (%)',
  },
  'audit.report.csv.engagement_per_post': { en: 'Engagement per post', fr: 'Engagement par publication' },
  'audit.report.csv.reply_rate': { en: 'Reply rate (%)', fr: 'Taux de réponse (%)' },
  'audit.report.csv.owner_state': { en: 'Owner in post', fr: 'Responsable en poste' },
  'audit.report.csv.custodian': { en: 'Credential custodian', fr: 'Détenteur des accès' },
  'audit.report.csv.recovery': { en: 'Recovery contact', fr: 'Contact de récupération' },
  'audit.report.csv.mfa': { en: 'MFA', fr: 'Double authentification' },
  'audit.report.csv.platform_alive': { en: 'Platform still running', fr: 'Plateforme en activité' },
  'audit.report.csv.charter_name': { en: 'Name follows the charter', fr: 'Nom conforme à la charte' },
  'audit.report.csv.charter_link': { en: 'Bio holds the link', fr: 'Bio avec le lien' },
  'audit.report.csv.charter_language': {
    en: 'Language follows the charter',
    fr: 'Langue conforme à la charte',
  },
  'audit.report.csv.overlaps': { en: 'Overlapping presences (IDs)', fr: 'Présences en doublon (ID)' },
  'audit.report.csv.objective': { en: 'Objective', fr: 'Objectif' },
  'audit.report.csv.findings': { en: 'Findings (code, severity)', fr: 'Constats (code, gravité)' },
  'audit.report.csv.findings_text': { en: 'Findings', fr: 'Constats' },
  'audit.report.csv.recommendation': { en: 'Recommendation', fr: 'Recommandation' },
  'audit.report.csv.recommendation_into': {
    en: 'Recommended target (ID)',
    fr: 'Cible recommandée (ID)',
  },
  'audit.report.csv.reasons': { en: 'Reasons', fr: 'Motifs' },
  'audit.report.csv.decision': { en: 'Decision', fr: 'Décision' },
  'audit.report.csv.decision_into': { en: 'Decision target (ID)', fr: 'Cible décidée (ID)' },
  'audit.report.csv.decision_reason': { en: 'Decision reason', fr: 'Motif de la décision' },
  'audit.report.csv.decided_by': { en: 'Decided by', fr: 'Décidé par' },
  'audit.report.csv.decided_at': { en: 'Decided at', fr: 'Décidé le' },
  'audit.report.value.yes': { en: 'yes', fr: 'oui' },
  'audit.report.value.no': { en: 'no', fr: 'non' },
  'audit.report.value.unknown': { en: 'unknown', fr: 'inconnu' },
  'audit.report.person.none': { en: 'none', fr: 'aucun' },
  'audit.report.person.left': { en: 'left', fr: 'parti' },
  'audit.report.person.active': { en: 'in post', fr: 'en poste' },
  'audit.report.recovery.corporate': { en: 'corporate', fr: 'professionnel' },
  'audit.report.recovery.personal': { en: 'personal', fr: 'personnel' },
  'audit.report.recovery.unknown': { en: 'unknown', fr: 'inconnu' },
  'audit.report.objective.awareness': { en: 'Awareness', fr: 'Notoriété' },
  'audit.report.objective.engagement': { en: 'Engagement', fr: 'Engagement' },
  'audit.report.objective.customer_care': { en: 'Customer care', fr: 'Service client' },
  'audit.report.objective.traffic': { en: 'Traffic', fr: 'Trafic' },
  'audit.report.objective.leads': { en: 'Leads and sales', fr: 'Prospects et ventes' },
  'audit.report.objective.recruitment': { en: 'Recruitment', fr: 'Recrutement' },
  'audit.report.objective.press': { en: 'Press relations', fr: 'Relations presse' },
  'audit.report.objective.information': { en: 'Information', fr: 'Information' },
} satisfies Catalogue;

/** The PDF's errors. */
const ERRORS = {
  'audit.report.no_chromium': {
    en: 'Cannot print the report as PDF: no Chromium at {path}. Install Chromium (Debian: apt-get install chromium) or set {env} to its executable.',
    fr: 'Impossible d’imprimer le rapport en PDF : aucun Chromium à l’emplacement {path}. Installez Chromium (Debian : apt-get install chromium) ou indiquez son exécutable dans {env}.',
  },
  'audit.report.print_failed': {
    en: 'Chromium at {path} could not print the report: {error}',
    fr: 'Chromium ({path}) n’a pas pu imprimer le rapport : {error}',
  },
  'audit.report.print_busy': {
    en: 'Too many reports are being printed as PDF right now: try again in {seconds} seconds.',
    fr: 'Trop de rapports sont en cours d’impression en PDF : réessayez dans {seconds} secondes.',
  },
  'audit.report.print_timeout': {
    en: 'Printing the report as PDF took more than {seconds} seconds and was stopped: try again later, or download the report as a web page.',
    fr: 'L’impression du rapport en PDF a dépassé {seconds} secondes et a été interrompue : réessayez plus tard, ou téléchargez le rapport en page web.',
  },
} satisfies Catalogue;

export const reportMessages = {
  ...STATUSES,
  ...CODES,
  ...COVER,
  ...SECTIONS,
  ...CHARTS,
  ...COLUMNS,
  ...WORDS,
  ...DECIDE,
  ...FIGURES,
  ...PLAN,
  ...COMPARE,
  ...METHOD,
  ...ANNEX,
  ...CSV,
  ...ERRORS,
  ...PHASES,
} satisfies Catalogue;
