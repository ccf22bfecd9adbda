import type { Kysely } from 'kysely';
import type { Dialect } from '../db';
import { idColumn } from './helpers';

/**
 * Reminders of audit tasks by e-mail (issue #12, "each persona's home"): `vigie work remind`, and the
 * daily timer of `vigie start`, send each user the tasks they own that are overdue or due within
 * three days. One row per task and day reminded, unique on both: a second run the same day (a
 * restart, the timer and a cron job, two servers) finds the task taken and does not mail it again.
 * `day` is the UTC calendar day (YYYY-MM-DD); `user_id`/`email` say to whom it went. A row is
 * claimed before the mail is sent and removed if sending fails, so that the next run tries again.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await idColumn(db.schema.createTable('task_reminders'), dialect)
    .addColumn('task_id', 'integer', (c) => c.notNull().references('audit_tasks.id').onDelete('cascade'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('task_reminders_task_day', ['task_id', 'day'])
    .execute();
}
