// Adds up the Vitest and Playwright JSON reports into CI's closing line: "N passed, N failed".
// A report that is missing counts as a failure: a run that could not even start has not passed.
import fs from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const [vitestFile, playwrightFile] = process.argv.slice(2);

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    console.error(`missing or unreadable report: ${file}`);
    failed++;
    return null;
  }
}

const v = read(vitestFile);
if (v) {
  passed += v.numPassedTests ?? 0;
  failed += (v.numFailedTests ?? 0) + (v.numFailedTestSuites ?? 0);
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
}
const p = read(playwrightFile);
if (p) {
  passed += (p.stats?.expected ?? 0) + (p.stats?.flaky ?? 0);
  failed += p.stats?.unexpected ?? 0;
  skipped += p.stats?.skipped ?? 0;
  if ((p.errors ?? []).length) failed += p.errors.length;
}
// CI must exercise PostgreSQL: a skipped test means a dialect did not run.
if (process.env.CI && skipped > 0) {
  console.error(`${skipped} test(s) skipped: in CI every dialect must run`);
  failed += skipped;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
