// What the audit report is made from: the audit with its items, its action plan, the previous audit of
// the same scope (for the comparison section) and when the report is produced (for overdue tasks).
import type { Audit, Task } from '../model';

export interface ReportData {
  organisation: string;
  audit: Audit;
  tasks: Task[];
  /** The previous audit of the same scope, to compare with; null: no comparison section. */
  previous: Audit | null;
  /** ISO timestamp: the report's date, and "today" for overdue tasks. */
  generatedAt: string;
}
