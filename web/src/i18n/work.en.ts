// English catalogue of "My work" (merged under `work` in en.ts); work.fr.ts has the same keys. Task
// titles, statuses and the copy button are the audit's own words (audit.taskKind, audit.taskStatus,
// audit.plan), not repeated here.
export const workEn = {
  title: 'My work',
  description:
    'What is yours to do: the action-plan tasks assigned to you, the policies to accept and the handovers to complete.',
  noPerson:
    'Your account is not linked to a person of the registry, so no task of the action plan can be assigned to you. An administrator can link it on the Users page.',
  empty: {
    title: 'Nothing to do right now',
    text: 'This page gathers what is yours to do: the tasks of the action plan assigned to you (messages to post, bios to update, archives to export, accounts to close), the policies to read and accept, and the handovers of people who left. They will appear here as they come.',
  },
  tasks: {
    title: 'Action-plan tasks',
    hint: 'Tasks of the audits’ action plans assigned to you, the most urgent first. Overdue ones are in red.',
    none: 'No open task is assigned to you.',
    overdue_one: '{{value}} overdue',
    overdue_other: '{{value}} overdue',
    overdue_many: '{{value}} overdue',
    soon_one: '{{value}} due within 3 days',
    soon_other: '{{value}} due within 3 days',
    soon_many: '{{value}} due within 3 days',
    later_one: '{{value}} later',
    later_other: '{{value}} later',
    later_many: '{{value}} later',
    dueSoon: 'Due {{date}}',
    message: 'Message to post',
    markDone: 'Done',
    markSkipped: 'Not needed',
    reopen: 'To do again',
    doneNotice: '“{{title}}” marked as done.',
    skippedNotice: '“{{title}}” marked as not needed.',
    reopenedNotice: '“{{title}}” is to do again.',
    closed_one: 'Done or not needed ({{value}})',
    closed_other: 'Done or not needed ({{value}})',
    closed_many: 'Done or not needed ({{value}})',
    closedOn: '{{status}} on {{date}}',
    unit: 'Unit: {{unit}}',
    openPresence: 'Open the presence {{name}}',
  },
  policies: {
    title: 'Policies to accept',
    hint: 'The current versions you have not read and accepted yet.',
    version: 'version {{version}}, published {{date}}',
    read: 'Read and accept',
  },
  handovers: {
    title: 'Handovers to complete',
    hint: 'Presences of people who left that you hand over to someone else.',
    count_one: '{{value}} handover waits for you.',
    count_other: '{{value}} handovers wait for you.',
    count_many: '{{value}} handovers wait for you.',
    item: '{{person}} — {{presence}}',
    open: 'Open the handovers',
  },
  nav: {
    pressing_one: '{{value}} task overdue or due within 3 days',
    pressing_other: '{{value}} tasks overdue or due within 3 days',
    pressing_many: '{{value}} tasks overdue or due within 3 days',
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** What work.fr.ts must provide: the same keys as English. */
export type WorkCatalogue = Shape<typeof workEn>;
