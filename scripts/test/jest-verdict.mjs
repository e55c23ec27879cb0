/*
 * How npm test counts a Jest run: its tests, plus one failure for a missed coverage threshold
 * (Jest exits non-zero with every test green) and one for a coverage that measured nothing
 * (Jest reports 0/0 as "Unknown%" and lets the threshold pass), and one when a component's source
 * is missing from the report (a bad collectCoverageFrom pattern once hid three components).
 * Skipped and todo tests are counted apart.
 */
export function jestVerdict({ status, results, measuredLines, unmeasured = [] }) {
  if (!results) return { passed: 0, failed: 1, skipped: 0, reasons: ['Jest wrote no results'] };
  const reasons = [];
  const testsFailed = results.numFailedTests + (results.numRuntimeErrorTestSuites ?? 0);
  if (status !== 0 && testsFailed === 0)
    reasons.push('coverage threshold missed (see the report above)');
  if (!measuredLines)
    reasons.push('coverage measured no component line: the tests ran other code than the .ts');
  if (unmeasured.length) {
    reasons.push(`coverage left out ${unmeasured.join(', ')}: check collectCoverageFrom`);
  }
  return {
    passed: results.numPassedTests,
    failed: testsFailed + reasons.length,
    // test.skip / test.todo / a describe.skip: shown in the summary, never counted as passed
    skipped: (results.numPendingTests ?? 0) + (results.numTodoTests ?? 0),
    reasons
  };
}
