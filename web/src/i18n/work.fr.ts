// Catalogue français de « Mon travail » (fusionné sous `work` dans fr.ts) ; mêmes clés que work.en.ts.
import type { WorkCatalogue } from './work.en';

export const workFr: WorkCatalogue = {
  title: 'Mon travail',
  description:
    'Ce qui vous revient : les tâches du plan d’action qui vous sont attribuées, les politiques à accepter et les passations à terminer.',
  noPerson:
    'Votre compte n’est lié à aucune personne du registre : aucune tâche du plan d’action ne peut donc vous être attribuée. Un administrateur peut le lier depuis la page Utilisateurs.',
  empty: {
    title: 'Rien à faire pour l’instant',
    text: 'Cette page rassemble ce qui vous revient : les tâches du plan d’action qui vous sont attribuées (messages à publier, bios à mettre à jour, archives à exporter, comptes à fermer), les politiques à lire et accepter, et les passations des personnes parties. Elles apparaîtront ici au fur et à mesure.',
  },
  tasks: {
    title: 'Tâches du plan d’action',
    hint: 'Les tâches des plans d’action des audits qui vous sont attribuées, les plus urgentes d’abord. Celles en retard sont en rouge.',
    none: 'Aucune tâche à faire ne vous est attribuée.',
    overdue_one: '{{value}} en retard',
    overdue_other: '{{value}} en retard',
    overdue_many: '{{value}} en retard',
    soon_one: '{{value}} à faire d’ici 3 jours',
    soon_other: '{{value}} à faire d’ici 3 jours',
    soon_many: '{{value}} à faire d’ici 3 jours',
    later_one: '{{value}} plus tard',
    later_other: '{{value}} plus tard',
    later_many: '{{value}} plus tard',
    dueSoon: 'À faire pour le {{date}}',
    message: 'Message à publier',
    markDone: 'Fait',
    markSkipped: 'Sans objet',
    reopen: 'À refaire',
    doneNotice: '« {{title}} » est marquée comme faite.',
    skippedNotice: '« {{title}} » est marquée sans objet.',
    reopenedNotice: '« {{title}} » est de nouveau à faire.',
    closed_one: 'Faite ou sans objet ({{value}})',
    closed_other: 'Faites ou sans objet ({{value}})',
    closed_many: 'Faites ou sans objet ({{value}})',
    closedOn: '{{status}} le {{date}}',
    unit: 'Entité : {{unit}}',
    openPresence: 'Ouvrir la présence {{name}}',
  },
  policies: {
    title: 'Politiques à accepter',
    hint: 'Les versions en vigueur que vous n’avez pas encore lues et acceptées.',
    version: 'version {{version}}, publiée le {{date}}',
    read: 'Lire et accepter',
  },
  handovers: {
    title: 'Passations à terminer',
    hint: 'Les présences des personnes parties, à confier à quelqu’un d’autre.',
    count_one: '{{value}} passation vous attend.',
    count_other: '{{value}} passations vous attendent.',
    count_many: '{{value}} de passations vous attendent.',
    item: '{{person}} — {{presence}}',
    open: 'Ouvrir les passations',
  },
  nav: {
    pressing_one: '{{value}} tâche en retard ou à faire d’ici 3 jours',
    pressing_other: '{{value}} tâches en retard ou à faire d’ici 3 jours',
    pressing_many: '{{value}} de tâches en retard ou à faire d’ici 3 jours',
  },
};
