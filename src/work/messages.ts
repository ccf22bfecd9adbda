// What "My work" and its reminders say to people, in English and French: errors, the reminder
// e-mail and the `vigie work` commands.
import type { Catalogue } from '../core/i18n';

export const workMessages = {
  'work.task_not_found': {
    en: 'No task #{id} of yours.',
    fr: 'Aucune tâche n° {id} ne vous est attribuée.',
  },
  'work.mail_not_configured': {
    en: 'E-mail is not configured: set VIGIE_SMTP_URL (smtp://user:password@host:587, or smtps://… for TLS) and VIGIE_MAIL_FROM, or use --dry-run to see who would be reminded.',
    fr: 'L’envoi de courriels n’est pas configuré : définissez VIGIE_SMTP_URL (smtp://utilisateur:motdepasse@hote:587, ou smtps://… pour TLS) et VIGIE_MAIL_FROM, ou utilisez --dry-run pour voir qui serait relancé.',
  },
  'work.env.bad_smtp_url': {
    en: '{variable} must read smtp://user:password@host:port (or smtps://… for TLS).',
    fr: '{variable} doit s’écrire smtp://utilisateur:motdepasse@hote:port (ou smtps://… pour TLS).',
  },
  'work.env.from_missing': {
    en: 'VIGIE_SMTP_URL is set but {variable} is not: say which address the reminders come from (Vigie <vigie@example.org>).',
    fr: 'VIGIE_SMTP_URL est défini mais pas {variable} : indiquez l’adresse d’où partent les rappels (Vigie <vigie@example.org>).',
  },
  'work.env.bad_from': {
    en: '{variable} is not an e-mail address: "{value}".',
    fr: '{variable} n’est pas une adresse électronique : « {value} ».',
  },
  'work.env.bad_public_url': {
    en: '{variable} must be the http(s) address people open Vigie at: "{value}".',
    fr: '{variable} doit être l’adresse http(s) à laquelle on ouvre Vigie : « {value} ».',
  },
  'work.env.bad_hour': {
    en: '{variable} must be an hour from 0 to 23 (UTC): "{value}".',
    fr: '{variable} doit être une heure de 0 à 23 (UTC) : « {value} ».',
  },

  // ---------- the reminder e-mail
  'work.mail.subject': {
    en: { one: 'Vigie: {count} task due soon', other: 'Vigie: {count} tasks due soon' },
    fr: {
      one: 'Vigie : {count} tâche à faire bientôt',
      other: 'Vigie : {count} tâches à faire bientôt',
      many: 'Vigie : {count} de tâches à faire bientôt',
    },
  },
  'work.mail.subject_overdue': {
    en: {
      one: 'Vigie: {count} task to do, {overdue} overdue',
      other: 'Vigie: {count} tasks to do, {overdue} overdue',
    },
    fr: {
      one: 'Vigie : {count} tâche à faire, {overdue} en retard',
      other: 'Vigie : {count} tâches à faire, dont {overdue} en retard',
      many: 'Vigie : {count} de tâches à faire, dont {overdue} en retard',
    },
  },
  'work.mail.greeting': { en: 'Hello {name},', fr: 'Bonjour {name},' },
  'work.mail.intro': {
    en: {
      one: 'This task of the action plan is yours, and it is overdue or due within three days:',
      other: 'These tasks of the action plan are yours, and they are overdue or due within three days:',
    },
    fr: {
      one: 'Cette tâche du plan d’action vous est attribuée ; elle est en retard ou à faire d’ici trois jours :',
      other:
        'Ces tâches du plan d’action vous sont attribuées ; elles sont en retard ou à faire d’ici trois jours :',
      many: 'Ces tâches du plan d’action vous sont attribuées ; elles sont en retard ou à faire d’ici trois jours :',
    },
  },
  'work.mail.overdue_since': { en: 'overdue since {date}', fr: 'en retard depuis le {date}' },
  'work.mail.due_on': { en: 'due {date}', fr: 'à faire pour le {date}' },
  'work.mail.message': { en: 'Message to post:', fr: 'Message à publier :' },
  'work.mail.all': {
    en: 'All your tasks, to mark them done: {url}',
    fr: 'Toutes vos tâches, pour les marquer comme faites : {url}',
  },
  'work.mail.all_no_link': {
    en: 'Open “My work” in Vigie to see all your tasks and mark them done.',
    fr: 'Ouvrez « Mon travail » dans Vigie pour voir toutes vos tâches et les marquer comme faites.',
  },
  'work.mail.open': { en: 'Open my work in Vigie', fr: 'Ouvrir mon travail dans Vigie' },
  'work.mail.why': {
    en: 'You receive this e-mail because these tasks are assigned to you in Vigie. You get at most one reminder a day per task.',
    fr: 'Vous recevez ce courriel parce que ces tâches vous sont attribuées dans Vigie. Chaque tâche fait l’objet d’un rappel par jour au plus.',
  },

  'work.start.reminders': {
    en: 'Task reminders by e-mail: every day from {hour}:00 UTC.',
    fr: 'Rappels de tâches par courriel : chaque jour à partir de {hour} h UTC.',
  },

  // ---------- CLI
  'work.cli.cmd': {
    en: 'Your own work: audit tasks assigned to you, and reminders by e-mail',
    fr: 'Votre travail : les tâches d’audit qui vous sont attribuées, et leurs rappels par courriel',
  },
  'work.cli.cmd.list': {
    en: 'List the tasks assigned to you (--as), open ones first by due date',
    fr: 'Lister les tâches qui vous sont attribuées (--as), celles à faire d’abord, par échéance',
  },
  'work.cli.cmd.remind': {
    en: 'E-mail everyone their tasks overdue or due within three days (once a day per task; needs VIGIE_SMTP_URL and VIGIE_MAIL_FROM)',
    fr: 'Envoyer à chacun par courriel ses tâches en retard ou à faire d’ici trois jours (une fois par jour et par tâche ; nécessite VIGIE_SMTP_URL et VIGIE_MAIL_FROM)',
  },
  'work.cli.opt.json': { en: 'Print JSON', fr: 'Afficher en JSON' },
  'work.cli.opt.dry_run': {
    en: 'Say who would be reminded of what, without sending or recording anything',
    fr: 'Indiquer qui serait relancé et pour quoi, sans rien envoyer ni enregistrer',
  },
  'work.cli.no_person': {
    en: 'Your account is not linked to a person of the registry: no task can be assigned to you.',
    fr: 'Votre compte n’est lié à aucune personne du registre : aucune tâche ne peut vous être attribuée.',
  },
  'work.cli.none': { en: 'No task is assigned to you.', fr: 'Aucune tâche ne vous est attribuée.' },
  'work.cli.head.id': { en: 'id', fr: 'n°' },
  'work.cli.head.due': { en: 'due', fr: 'échéance' },
  'work.cli.head.status': { en: 'status', fr: 'état' },
  'work.cli.head.presence': { en: 'presence', fr: 'présence' },
  'work.cli.head.task': { en: 'task', fr: 'tâche' },
  'work.cli.overdue': { en: 'overdue', fr: 'en retard' },
  'work.cli.sent': {
    en: { one: '{count} reminder sent for {day}.', other: '{count} reminders sent for {day}.' },
    fr: {
      one: '{count} rappel envoyé pour le {day}.',
      other: '{count} rappels envoyés pour le {day}.',
      many: '{count} de rappels envoyés pour le {day}.',
    },
  },
  'work.cli.would_send': {
    en: {
      one: 'Dry run: {count} reminder would be sent for {day} (nothing sent, nothing recorded).',
      other: 'Dry run: {count} reminders would be sent for {day} (nothing sent, nothing recorded).',
    },
    fr: {
      one: 'Essai : {count} rappel serait envoyé pour le {day} (rien n’est envoyé ni enregistré).',
      other: 'Essai : {count} rappels seraient envoyés pour le {day} (rien n’est envoyé ni enregistré).',
      many: 'Essai : {count} de rappels seraient envoyés pour le {day} (rien n’est envoyé ni enregistré).',
    },
  },
  'work.cli.recipient': {
    en: { one: '  {to} ({login}): {count} task', other: '  {to} ({login}): {count} tasks' },
    fr: {
      one: '  {to} ({login}) : {count} tâche',
      other: '  {to} ({login}) : {count} tâches',
      many: '  {to} ({login}) : {count} de tâches',
    },
  },
  'work.cli.already': {
    en: {
      one: '{count} task was already reminded today.',
      other: '{count} tasks were already reminded today.',
    },
    fr: {
      one: '{count} tâche avait déjà fait l’objet d’un rappel aujourd’hui.',
      other: '{count} tâches avaient déjà fait l’objet d’un rappel aujourd’hui.',
      many: '{count} de tâches avaient déjà fait l’objet d’un rappel aujourd’hui.',
    },
  },
  'work.cli.failed': {
    en: 'Not sent to {to} ({login}): {error}. Its tasks will be tried again on the next run.',
    fr: 'Non envoyé à {to} ({login}) : {error}. Ses tâches seront retentées au prochain passage.',
  },
  'work.cli.some_failed': {
    en: { one: '{count} reminder could not be sent.', other: '{count} reminders could not be sent.' },
    fr: {
      one: '{count} rappel n’a pas pu être envoyé.',
      other: '{count} rappels n’ont pas pu être envoyés.',
      many: '{count} de rappels n’ont pas pu être envoyés.',
    },
  },
  'work.cli.no_public_url': {
    en: 'VIGIE_PUBLIC_URL is not set: the mails name the “My work” page without links.',
    fr: 'VIGIE_PUBLIC_URL n’est pas défini : les courriels nomment la page « Mon travail » sans lien.',
  },
} satisfies Catalogue;

export type WorkMessageKey = keyof typeof workMessages;
