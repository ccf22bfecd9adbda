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
  'audit.report.kicker': {
    en: 'Audit of the social-media presences',
    fr: 'Audit des présences sur les réseaux sociaux',
  },
  'audit.report.title': { en: 'Audit report — {audit}', fr: 'Rapport d’audit — {audit}' },
  'audit.report.meta.scope': { en: 'Scope', fr: 'Périmètre' },
  'audit.report.meta.whole': { en: 'The whole organisation', fr: 'L’ensemble de l’organisation' },
  'audit.report.meta.as_of': { en: 'Situation as of', fr: 'Situation au' },
  'audit.report.meta.run_by': { en: 'Audit run by', fr: 'Audit conduit par' },
  'audit.report.meta.run_on': { en: 'Started on', fr: 'Lancé le' },
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
  'audit.report.section.charts': { en: 'The presences in figures', fr: 'Les présences en chiffres' },
  'audit.report.section.risks': { en: 'Main risks', fr: 'Principaux risques' },
  'audit.report.section.decisions': {
    en: 'Decisions, presence by presence',
    fr: 'Décisions, présence par présence',
  },
  'audit.report.section.plan': { en: 'Action plan', fr: 'Plan d’action' },
  'audit.report.section.comparison': { en: 'Since the previous audit', fr: 'Depuis l’audit précédent' },
  'audit.report.footer': { en: 'Produced by Vigie on {date}.', fr: 'Édité par Vigie le {date}.' },
} satisfies Catalogue;

const CHARTS = {
  'audit.report.chart.status': { en: 'Before: presences by status', fr: 'Avant : présences par statut' },
  'audit.report.chart.decision': { en: 'After: presences by decision', fr: 'Après : présences par décision' },
  'audit.report.chart.platform': { en: 'Presences by platform', fr: 'Présences par plateforme' },
  'audit.report.chart.unit': {
    en: 'Presences by unit and decision',
    fr: 'Présences par entité et par décision',
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
} satisfies Catalogue;

const RISKS = {
  'audit.report.risks.intro': {
    en: 'What could embarrass the organisation tomorrow, presence by presence.',
    fr: 'Ce qui pourrait mettre l’organisation en difficulté demain, présence par présence.',
  },
  'audit.report.risk.custody.title': { en: 'Who holds the keys', fr: 'Qui détient les accès' },
  'audit.report.risk.custody.text': {
    en: 'Presences whose access could be lost with a departure, or taken over.',
    fr: 'Présences dont les accès peuvent se perdre avec un départ, ou être détournés.',
  },
  'audit.report.risk.custody.worst': {
    en: 'The most exposed presences',
    fr: 'Les présences les plus exposées',
  },
  'audit.report.risk.abandoned.title': {
    en: 'Abandoned presences that still have an audience',
    fr: 'Présences abandonnées qui ont encore une audience',
  },
  'audit.report.risk.abandoned.text': {
    en: 'Customers still write to these accounts, and nobody answers them.',
    fr: 'Des clients écrivent encore à ces comptes, et personne ne leur répond.',
  },
  'audit.report.risk.owner_left.title': { en: 'Owners who have left', fr: 'Responsables partis' },
  'audit.report.risk.owner_left.text': {
    en: 'Nobody in the organisation answers for these presences any more.',
    fr: 'Plus personne dans l’organisation ne répond de ces présences.',
  },
  'audit.report.risk.dead.title': {
    en: 'Presences on platforms that have closed',
    fr: 'Présences sur des plateformes disparues',
  },
  'audit.report.risk.dead.text': {
    en: 'What was published there may still be online, out of the organisation’s control.',
    fr: 'Ce qui y a été publié peut rester en ligne, hors du contrôle de l’organisation.',
  },
  'audit.report.risk.none': { en: 'None.', fr: 'Aucune.' },
  'audit.report.more': { en: '… and {count} more.', fr: '… et {count} de plus.' },
  'audit.report.days': {
    en: { one: '{count} day', other: '{count} days' },
    fr: { one: '{count} jour', other: '{count} jours', many: '{count} de jours' },
  },
  // A presence a reason points to that is no longer in the audit (never "#12"); the CLI says it too.
  'audit.report.deleted_presence': { en: 'a deleted presence', fr: 'une présence supprimée' },
  'audit.report.total_audience': { en: 'Audience in total: {audience}', fr: 'Audience cumulée : {audience}' },
} satisfies Catalogue;

const COLUMNS = {
  'audit.report.col.presence': { en: 'Presence', fr: 'Présence' },
  'audit.report.col.platform': { en: 'Platform', fr: 'Plateforme' },
  'audit.report.col.unit': { en: 'Unit', fr: 'Entité' },
  'audit.report.col.owner': { en: 'Owner', fr: 'Responsable' },
  'audit.report.col.audience': { en: 'Audience', fr: 'Audience' },
  'audit.report.col.inactive': { en: 'Inactive for', fr: 'Inactive depuis' },
  'audit.report.col.issues': { en: 'Issues', fr: 'Points d’attention' },
  'audit.report.col.recommendation': { en: 'Recommendation', fr: 'Recommandation' },
  'audit.report.col.decision': { en: 'Decision', fr: 'Décision' },
  'audit.report.col.into': { en: 'Into', fr: 'Vers' },
  'audit.report.col.reason': { en: 'Reason', fr: 'Motif' },
  'audit.report.col.task': { en: 'Task', fr: 'Tâche' },
  'audit.report.col.due': { en: 'Due', fr: 'Échéance' },
  'audit.report.col.late': { en: 'Late by', fr: 'Retard' },
  'audit.report.col.progress': { en: 'Progress', fr: 'Avancement' },
  'audit.report.col.overdue': { en: 'Overdue', fr: 'En retard' },
  'audit.report.col.next_due': { en: 'Next due', fr: 'Prochaine échéance' },
  'audit.report.col.skipped': { en: 'Skipped', fr: 'Abandonnées' },
  'audit.report.col.indicator': { en: 'Indicator', fr: 'Indicateur' },
  'audit.report.col.finding': { en: 'Finding', fr: 'Constat' },
  'audit.report.col.previous': { en: 'Previous audit', fr: 'Audit précédent' },
  'audit.report.col.current': { en: 'This audit', fr: 'Cet audit' },
  'audit.report.col.change': { en: 'Change', fr: 'Évolution' },
} satisfies Catalogue;

const BODY = {
  'audit.report.decisions.intro': {
    en: 'Grouped by the decision taken or, where none has been taken yet, by the recommendation (marked “pending”).',
    fr: 'Regroupées par décision prise ou, à défaut, par recommandation (signalée « en attente »).',
  },
  // `count` is the number decided (French: « 0 décidée », « 1 décidée », « 2 décidées »); the
  // group's size is `total`.
  'audit.report.decisions.group': {
    en: '{decided} of {total} decided',
    fr: {
      one: '{decided} décidée sur {total}',
      other: '{decided} décidées sur {total}',
      many: '{decided} décidées sur {total}',
    },
  },
  'audit.report.decision.pending': { en: 'Pending', fr: 'En attente' },
  'audit.report.decision.by': { en: '{by}, {date}', fr: '{by}, le {date}' },
  'audit.report.plan.intro': {
    en: 'Progress: tasks done, or skipped as no longer needed, out of all tasks. Overdue as of {date}.',
    fr: 'Avancement : tâches réalisées, ou abandonnées faute d’objet, sur l’ensemble des tâches. Retards constatés au {date}.',
  },
  'audit.report.plan.by_unit': { en: 'By unit', fr: 'Par entité' },
  'audit.report.plan.by_owner': { en: 'By owner', fr: 'Par responsable' },
  'audit.report.plan.unassigned': { en: 'Not assigned', fr: 'Non attribuée' },
  'audit.report.plan.total': { en: 'Total', fr: 'Total' },
  'audit.report.plan.overdue': { en: 'Overdue tasks', fr: 'Tâches en retard' },
  'audit.report.plan.none': {
    en: 'No action plan yet: tasks are created as decisions are taken.',
    fr: 'Pas encore de plan d’action : les tâches sont créées au fil des décisions.',
  },
  'audit.report.plan.no_overdue': { en: 'No task is overdue.', fr: 'Aucune tâche n’est en retard.' },
  'audit.report.compare.intro': {
    en: 'Compared with “{name}”, situation as of {date}.',
    fr: 'Comparaison avec « {name} », situation au {date}.',
  },
  'audit.report.compare.overview': { en: 'Overview', fr: 'Vue d’ensemble' },
  'audit.report.compare.presences': { en: 'Presences audited', fr: 'Présences auditées' },
  'audit.report.compare.kept': { en: 'Presences kept', fr: 'Présences conservées' },
  'audit.report.compare.decided': { en: 'Decisions taken', fr: 'Décisions prises' },
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
  ...RISKS,
  ...COLUMNS,
  ...BODY,
  ...CSV,
  ...ERRORS,
} satisfies Catalogue;
