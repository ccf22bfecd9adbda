// The rules "My work", its menu badge and the reminders share: how pressing a task is, and the order.
import { describe, expect, it } from 'vitest';
import { compareTasks, isPressing, urgency } from './model';

const task = (id: number, status: string, dueOn: string, updatedAt = '2026-11-01T00:00:00Z') => ({
  id,
  status,
  dueOn,
  updatedAt,
});

describe('urgency', () => {
  const today = '2026-11-10';
  it('is overdue the day after its date, soon from today to three days ahead, later beyond', () => {
    expect(urgency(task(1, 'todo', '2026-11-09'), today)).toBe('overdue');
    expect(urgency(task(1, 'doing', '2026-11-10'), today)).toBe('soon');
    expect(urgency(task(1, 'todo', '2026-11-13'), today)).toBe('soon');
    expect(urgency(task(1, 'todo', '2026-11-14'), today)).toBe('later');
    // Across a month's end, in calendar days.
    expect(urgency(task(1, 'todo', '2026-12-02'), '2026-11-29')).toBe('soon');
  });

  it('is closed for done and skipped tasks, however late', () => {
    expect(urgency(task(1, 'done', '2020-01-01'), today)).toBe('closed');
    expect(urgency(task(1, 'skipped', '2020-01-01'), today)).toBe('closed');
    expect(isPressing(task(1, 'done', '2020-01-01'), today)).toBe(false);
    expect(isPressing(task(1, 'todo', '2020-01-01'), today)).toBe(true);
    expect(isPressing(task(1, 'todo', '2026-12-01'), today)).toBe(false);
  });
});

describe('compareTasks', () => {
  it('puts open tasks first by due date, then closed ones most recently changed first', () => {
    const list = [
      task(1, 'done', '2026-11-01', '2026-11-02T00:00:00Z'),
      task(2, 'todo', '2026-11-20'),
      task(3, 'skipped', '2026-11-01', '2026-11-05T00:00:00Z'),
      task(4, 'doing', '2026-11-03'),
      task(5, 'todo', '2026-11-03'),
    ];
    expect([...list].sort(compareTasks).map((t) => t.id)).toEqual([4, 5, 2, 3, 1]);
  });
});
