/*
 * A test sees the org's scheduled jobs: `npm run org:setup` schedules the package's jobs before
 * `npm run test:org`, so a test that schedules under the production job name fails with "already
 * scheduled" (ReviewOverdueFlagJobTest and MonthlyReviewReminderTest once did). Flagged: in an
 * @IsTest class, `System.schedule(Other.CONSTANT, …)`, the first argument a constant of another
 * class (the production JOB_NAME). A name of the test's own (a literal or a constant of the test
 * class) passes; assert the production name as a constant instead of scheduling under it.
 */
import { blankCommentsAndStrings } from './catch-any.mjs';

/** Problems ({ file, line, message }) of one Apex file; none unless it is a test class. */
export function scheduledJobNameProblems({ rel, source }) {
  const code = blankCommentsAndStrings(source);
  const testClass = code.match(/@IsTest\b[^{;]*\bclass\s+(\w+)/i);
  if (!testClass) return [];
  const problems = [];
  for (const match of code.matchAll(/\bSystem\s*\.\s*schedule\s*\(\s*(\w+)\s*\.\s*(\w+)\s*,/gi)) {
    if (match[1].toLowerCase() === testClass[1].toLowerCase()) continue;
    problems.push({
      file: rel,
      line: code.slice(0, match.index).split('\n').length,
      message: `[scheduled-job-name] System.schedule under ${match[1]}.${match[2]}: the org's own job of that name (npm run org:setup) makes the test fail "already scheduled"; schedule under a name of the test's own and assert ${match[1]}.${match[2]} as a constant`
    });
  }
  return problems;
}
