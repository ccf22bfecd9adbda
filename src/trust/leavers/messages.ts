// What the leavers' reassignment tasks say to people, in English and French.
import type { Catalogue } from '../../core/i18n';

export const leaverMessages = {
  'reassignment.not_found': {
    en: 'No reassignment task #{id}.',
    fr: 'Aucune tâche de réaffectation n° {id}.',
  },
  'reassignment.closed': {
    en: 'Task #{id} is already {status}.',
    fr: 'La tâche n° {id} est déjà close ({status}).',
  },
  'reassignment.to_required': {
    en: 'Say who takes over as {role} (toPersonId).',
    fr: 'Indiquez qui reprend le rôle « {role} » (toPersonId).',
  },
  'reassignment.to_unknown': {
    en: 'No person with id {id}.',
    fr: 'Aucune personne ne porte l’identifiant {id}.',
  },
  'reassignment.to_left': {
    en: '{name} has left the organisation: choose someone still in it.',
    fr: '{name} a quitté l’organisation : choisissez une personne encore présente.',
  },
  'reassignment.to_same': {
    en: 'Choose someone other than the person who left.',
    fr: 'Choisissez une autre personne que celle qui est partie.',
  },
  'leavers.bad_status': {
    en: '"{value}" is not a task status: one of {statuses}.',
    fr: '« {value} » n’est pas un état de tâche : choisissez parmi {statuses}.',
  },
  'leavers.admin_only': {
    en: 'Only an admin may open the tasks of every person who left.',
    fr: 'Seul un administrateur peut ouvrir les tâches de toutes les personnes parties.',
  },

  // ---------- CLI
  'leavers.cli.cmd': {
    en: 'People who left: what they held, and the tasks to hand it over',
    fr: 'Personnes parties : ce qu’elles détenaient, et les tâches pour le transmettre',
  },
  'leavers.cli.cmd.list': {
    en: 'Reassignment tasks (open ones unless --status says otherwise)',
    fr: 'Tâches de réaffectation (les ouvertes, sauf autre choix avec --status)',
  },
  'leavers.cli.cmd.reassign': {
    en: 'Complete a task: the role goes to another person',
    fr: 'Terminer une tâche : le rôle passe à une autre personne',
  },
  'leavers.cli.cmd.cancel': { en: 'Cancel a task', fr: 'Annuler une tâche' },
  'leavers.cli.cmd.scan': {
    en: 'Open the tasks of everyone already marked as left (safe to run again)',
    fr: 'Ouvrir les tâches de toutes les personnes déjà marquées comme parties (peut être relancé sans risque)',
  },
  'leavers.cli.opt.person': {
    en: 'Only this person’s tasks (id)',
    fr: 'Seulement les tâches de cette personne (identifiant)',
  },
  'leavers.cli.opt.status': {
    en: 'open, done, cancelled or all (default: open)',
    fr: 'open, done, cancelled ou all (par défaut : open)',
  },
  'leavers.cli.opt.to': { en: 'The person who takes over (id)', fr: 'La personne qui reprend (identifiant)' },
  'leavers.cli.opt.reason': { en: 'Why (kept in the log)', fr: 'Pourquoi (conservé dans le journal)' },
  'leavers.cli.opt.json': { en: 'Print JSON', fr: 'Afficher en JSON' },
  'leavers.cli.none': { en: 'No reassignment task.', fr: 'Aucune tâche de réaffectation.' },
  'leavers.cli.head.id': { en: 'Task', fr: 'Tâche' },
  'leavers.cli.head.person': { en: 'Person who left', fr: 'Personne partie' },
  'leavers.cli.head.presence': { en: 'Presence', fr: 'Présence' },
  'leavers.cli.head.role': { en: 'Role', fr: 'Rôle' },
  'leavers.cli.head.status': { en: 'Status', fr: 'État' },
  'leavers.cli.head.to': { en: 'Handed to', fr: 'Transmis à' },
  'leavers.cli.done': {
    en: 'Task #{id} done: {presence} — {role} is now {to}.',
    fr: 'Tâche n° {id} terminée : {presence} — {role} : désormais {to}.',
  },
  'leavers.cli.done_no_change': { en: 'Task #{id} done.', fr: 'Tâche n° {id} terminée.' },
  'leavers.cli.cancelled': { en: 'Task #{id} cancelled.', fr: 'Tâche n° {id} annulée.' },
  'leavers.cli.scanned': {
    en: { one: 'Opened {count} new task.', other: 'Opened {count} new tasks.' },
    fr: {
      one: '{count} nouvelle tâche ouverte.',
      other: '{count} nouvelles tâches ouvertes.',
      many: '{count} de nouvelles tâches ouvertes.',
    },
  },
  'leavers.role.owner': { en: 'owner', fr: 'responsable' },
  'leavers.role.deputy': { en: 'deputy', fr: 'suppléant' },
  'leavers.role.custodian': { en: 'custodian', fr: 'détenteur des accès' },
  'leavers.role.secret_holder': {
    en: 'knew the stored secrets',
    fr: 'connaissait les secrets conservés',
  },
  'leavers.status.open': { en: 'open', fr: 'ouverte' },
  'leavers.status.done': { en: 'done', fr: 'terminée' },
  'leavers.status.cancelled': { en: 'cancelled', fr: 'annulée' },
} satisfies Catalogue;
