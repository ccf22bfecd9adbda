// What the audit's services and CLI say to people, in English and French.
import type { Catalogue } from '../core/i18n';

export const auditServiceMessages = {
  'audit.not_found': { en: 'No audit with id {id}.', fr: 'Aucun audit ne porte l’identifiant {id}.' },
  'audit.empty': {
    en: 'Nothing to audit: {scope} has no presence that is not closed or archived.',
    fr: 'Rien à auditer : {scope} n’a aucune présence qui ne soit fermée ou archivée.',
  },
  'audit.scope_all': { en: 'the organisation', fr: 'l’organisation' },
  'audit.item_not_found': {
    en: 'Presence {presence} is not part of audit {id}.',
    fr: 'La présence {presence} ne fait pas partie de l’audit {id}.',
  },
  'audit.task_not_found': { en: 'No task with id {id}.', fr: 'Aucune tâche ne porte l’identifiant {id}.' },
  'audit.kpi_not_found': { en: 'No KPI with id {id}.', fr: 'Aucun indicateur ne porte l’identifiant {id}.' },
  'audit.kpi_duplicate': {
    en: 'This presence already has a "{metric}" KPI per {period}.',
    fr: 'Cette présence a déjà un indicateur « {metric} » par {period}.',
  },
  'audit.template_not_found': {
    en: 'The organisation has no own "{kind}" template in {language} for {platform}.',
    fr: 'L’organisation n’a pas de modèle « {kind} » propre en {language} pour {platform}.',
  },
  'audit.template_invalid': {
    en: 'This template cannot be used: {problems}',
    fr: 'Ce modèle ne peut pas être utilisé : {problems}',
  },
  'audit.unknown_platform': {
    en: 'Unknown platform "{platform}".',
    fr: 'Plateforme inconnue « {platform} ».',
  },
  'audit.bad_reference': {
    en: 'No {what} with id {id}.',
    fr: 'Aucun élément « {what} » ne porte l’identifiant {id}.',
  },
  'audit.accept.refused': {
    en: 'Nothing was accepted: the recommendation for {presence} (presence {id}) could not be taken, for the reason below. Decide that one on its own or leave it out, then accept again.',
    fr: 'Rien n’a été accepté : la recommandation pour {presence} (présence {id}) n’a pas pu être appliquée, pour la raison ci-dessous. Décidez-la à part ou laissez-la de côté, puis acceptez de nouveau.',
  },
  'audit.accept.repeated': {
    en: 'Presence {id} is named more than once: name each presence once.',
    fr: 'La présence {id} est nommée plusieurs fois : nommez chaque présence une seule fois.',
  },
  'audit.default_name': { en: 'Audit of {scope} as of {date}', fr: 'Audit de {scope} au {date}' },
  'audit.report.bad_format': {
    en: 'Unknown report format "{format}": html, pdf or csv.',
    fr: 'Format de rapport inconnu « {format} » : html, pdf ou csv.',
  },
  // `count` is the presences audited; the presences kept, a second count, are named.
  'audit.cli.run_done': {
    en: {
      one: 'Audit {id} "{name}": {presences} presence audited; kept once the recommendations are carried out: {kept}.',
      other:
        'Audit {id} "{name}": {presences} presences audited; kept once the recommendations are carried out: {kept}.',
    },
    fr: {
      one: 'Audit {id} « {name} » : {presences} présence auditée ; conservées une fois les recommandations appliquées : {kept}.',
      other:
        'Audit {id} « {name} » : {presences} présences auditées ; conservées une fois les recommandations appliquées : {kept}.',
      many: 'Audit {id} « {name} » : {presences} de présences auditées ; conservées une fois les recommandations appliquées : {kept}.',
    },
  },
  'audit.cli.decided': {
    en: {
      one: 'Decision recorded for presence {presence}: {decision}; {count} task in the plan.',
      other: 'Decision recorded for presence {presence}: {decision}; {count} tasks in the plan.',
    },
    fr: {
      one: 'Décision enregistrée pour la présence {presence} : {decision} ; {count} tâche au plan.',
      other: 'Décision enregistrée pour la présence {presence} : {decision} ; {count} tâches au plan.',
      many: 'Décision enregistrée pour la présence {presence} : {decision} ; {count} de tâches au plan.',
    },
  },
  'audit.cli.accepted': {
    en: {
      one: '{count} recommendation accepted; tasks in the plan for it: {tasks}.',
      other: '{count} recommendations accepted; tasks in the plan for them: {tasks}.',
    },
    fr: {
      one: '{count} recommandation acceptée ; tâches au plan pour elle : {tasks}.',
      other: '{count} recommandations acceptées ; tâches au plan pour elles : {tasks}.',
      many: '{count} de recommandations acceptées ; tâches au plan pour elles : {tasks}.',
    },
  },
  'audit.cli.accept_skipped': {
    en: {
      one: 'Already decided, left as it was: presence {ids}.',
      other: 'Already decided, left as they were: presences {ids}.',
    },
    fr: {
      one: 'Déjà décidée, laissée telle quelle : présence {ids}.',
      other: 'Déjà décidées, laissées telles quelles : présences {ids}.',
      many: 'Déjà décidées, laissées telles quelles : présences {ids}.',
    },
  },
  'audit.cli.accept_would': {
    en: {
      one: 'The recommendation would be accepted for {count} presence (nothing decided: --dry-run).',
      other: 'The recommendation would be accepted for {count} presences (nothing decided: --dry-run).',
    },
    fr: {
      one: 'La recommandation serait acceptée pour {count} présence (rien n’est décidé : --dry-run).',
      other: 'La recommandation serait acceptée pour {count} présences (rien n’est décidé : --dry-run).',
      many: 'La recommandation serait acceptée pour {count} de présences (rien n’est décidé : --dry-run).',
    },
  },
  'audit.cli.accept_none': {
    en: 'No presence still to decide matches these filters: nothing accepted.',
    fr: 'Aucune présence restant à décider ne répond à ces filtres : rien n’est accepté.',
  },
  'audit.cli.accept_choose': {
    en: 'Say which presences to accept: --presences, or at least one of --unit, --platform, --finding, --recommendation.',
    fr: 'Dites quelles présences accepter : --presences, ou au moins l’un de --unit, --platform, --finding, --recommendation.',
  },
  'audit.cli.accept_progress': { en: 'Accepting', fr: 'Acceptation en cours' },
  'audit.cli.report_written': { en: 'Report written to {file}.', fr: 'Rapport écrit dans {file}.' },
  'audit.cli.none': {
    en: 'No audit yet. Run one: vigie audit run',
    fr: 'Aucun audit. Lancez-en un : vigie audit run',
  },
  'audit.cli.progress': { en: 'Auditing', fr: 'Audit en cours' },
  'audit.cli.bad_date': {
    en: '"{value}" is not a date: write YYYY-MM-DD.',
    fr: '« {value} » n’est pas une date : écrivez AAAA-MM-JJ.',
  },
  'audit.cli.cmd': {
    en: 'Audit the presences (method steps a–h): run, review, decide, plan, report',
    fr: 'Auditer les présences (méthode, étapes a à h) : lancer, examiner, décider, planifier, rendre compte',
  },
  'audit.cli.cmd.run': {
    en: 'Run an audit of the organisation or of a unit (and its sub-units)',
    fr: 'Lancer un audit de l’organisation ou d’une entité (et de ses sous-entités)',
  },
  'audit.cli.cmd.list': { en: 'List the audits', fr: 'Lister les audits' },
  'audit.cli.cmd.show': {
    en: 'Show an audit: each presence, its findings, the recommendation and the decision',
    fr: 'Afficher un audit : chaque présence, ses constats, la recommandation et la décision',
  },
  'audit.cli.cmd.decide': {
    en: 'Decide for a presence (invest, maintain, merge, close_redirect, progressive_redirect, remove, claim, investigate)',
    fr: 'Décider pour une présence (invest, maintain, merge, close_redirect, progressive_redirect, remove, claim, investigate)',
  },
  'audit.cli.cmd.accept': {
    en: 'Accept the recommendation for many presences at once, with one reason: those named, or those still to decide that the filters keep (all or nothing)',
    fr: 'Accepter la recommandation pour plusieurs présences à la fois, avec une seule raison : celles nommées, ou celles restant à décider que les filtres retiennent (tout ou rien)',
  },
  'audit.cli.cmd.plan': {
    en: 'Show the action plan of an audit',
    fr: 'Afficher le plan d’action d’un audit',
  },
  'audit.cli.cmd.report': {
    en: 'Write the audit report (html, pdf or csv)',
    fr: 'Écrire le rapport d’audit (html, pdf ou csv)',
  },
  'audit.cli.opt.unit': {
    en: 'Audit only this unit (by name) and its sub-units',
    fr: 'N’auditer que cette entité (par son nom) et ses sous-entités',
  },
  'audit.cli.opt.as_of': {
    en: 'Date the audit judges as of (YYYY-MM-DD; default today)',
    fr: 'Date à laquelle l’audit se place (AAAA-MM-JJ ; par défaut aujourd’hui)',
  },
  'audit.cli.opt.name': { en: 'Name of the audit', fr: 'Nom de l’audit' },
  'audit.cli.opt.json': { en: 'Print JSON', fr: 'Afficher en JSON' },
  'audit.cli.opt.into': {
    en: 'The presence to merge into or redirect to (id)',
    fr: 'La présence vers laquelle fusionner ou rediriger (identifiant)',
  },
  'audit.cli.opt.reason': {
    en: 'Why (recorded with the decision)',
    fr: 'Pourquoi (enregistré avec la décision)',
  },
  'audit.cli.opt.presences': {
    en: 'The presences, by id, separated by commas (e.g. 12,40,41)',
    fr: 'Les présences, par identifiant, séparées par des virgules (par ex. 12,40,41)',
  },
  'audit.cli.opt.filter_unit': {
    en: 'Only the presences of this unit (by name; not its sub-units), as the review’s filter',
    fr: 'Seulement les présences de cette entité (par son nom ; pas ses sous-entités), comme le filtre de l’examen',
  },
  'audit.cli.opt.platform': {
    en: 'Only the presences on this platform (its id, e.g. facebook)',
    fr: 'Seulement les présences sur cette plateforme (son identifiant, par ex. facebook)',
  },
  'audit.cli.opt.finding': {
    en: 'Only the presences with this finding (e.g. dormant)',
    fr: 'Seulement les présences ayant ce constat (par ex. dormant)',
  },
  'audit.cli.opt.recommendation': {
    en: 'Only the presences for which this decision is recommended',
    fr: 'Seulement les présences pour lesquelles cette décision est recommandée',
  },
  'audit.cli.opt.dry_run': {
    en: 'Show what would be accepted, without deciding anything',
    fr: 'Montrer ce qui serait accepté, sans rien décider',
  },
  'audit.cli.opt.format': { en: 'html, pdf or csv', fr: 'html, pdf ou csv' },
  'audit.cli.opt.out': { en: 'File to write', fr: 'Fichier à écrire' },
  'audit.cli.head.decision': { en: 'Recommendation', fr: 'Recommandation' },
  'audit.cli.head.count': { en: 'Presences', fr: 'Présences' },
  'audit.cli.head.id': { en: 'Id', fr: 'Id' },
  'audit.cli.head.name': { en: 'Name', fr: 'Nom' },
  'audit.cli.head.scope': { en: 'Scope', fr: 'Périmètre' },
  'audit.cli.head.as_of': { en: 'As of', fr: 'Au' },
  'audit.cli.head.presences': { en: 'Presences', fr: 'Présences' },
  'audit.cli.head.decided': { en: 'Decided', fr: 'Décidées' },
  'audit.cli.head.kept': { en: 'Kept', fr: 'Conservées' },
  'audit.cli.head.tasks': { en: 'Tasks done', fr: 'Tâches faites' },
  'audit.cli.head.presence': { en: 'Presence', fr: 'Présence' },
  'audit.cli.head.platform': { en: 'Platform', fr: 'Plateforme' },
  'audit.cli.head.unit': { en: 'Unit', fr: 'Entité' },
  'audit.cli.head.findings': { en: 'Findings', fr: 'Constats' },
  'audit.cli.head.recommendation': { en: 'Recommendation', fr: 'Recommandation' },
  'audit.cli.head.due': { en: 'Due', fr: 'Échéance' },
  'audit.cli.head.status': { en: 'Status', fr: 'Statut' },
  'audit.cli.head.task': { en: 'Task', fr: 'Tâche' },
  'audit.cli.head.owner': { en: 'Owner', fr: 'Responsable' },
} satisfies Catalogue;
