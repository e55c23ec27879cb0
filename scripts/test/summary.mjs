/*
 * How npm test counts what each phase reports, and the summary line CI reads:
 * "N passed, N failed, N skipped". A skipped test is neither a pass nor hidden: it is counted and
 * shown, so a run where a suite could not run never looks the same as one where it passed.
 */

/**
 * Counts of a node:test TAP report: its closing "# pass N" … lines, and for skips every test or
 * suite marked "# SKIP" or "# TODO" (node's own "# skipped" total leaves out a skipped describe,
 * so a whole suite skipped would count as nothing).
 */
export function tapCounts(tap, exitStatus) {
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
  const failed = count('fail') + count('cancelled');
  // a "#" inside a test name is written "\#", so the first bare " # " starts the directive
  const directives = tap.match(/^\s*(?:not )?ok \d+ - (?:[^#\\]|\\.)*# (?:SKIP|TODO)\b/gim) ?? [];
  return {
    passed: count('pass'),
    // a run that exits non-zero without a failing test (a crash before the report) is one failure
    failed: failed || (exitStatus === 0 ? 0 : 1),
    skipped: directives.length
  };
}

/**
 * Counts of a gate run: its ✓ and ✗ lines; the gate stops at the first failing checker, so the
 * checkers after it did not run and are counted as skipped.
 */
export function gateCounts(output, exitStatus, checkerCount) {
  const passed = (output.match(/^✓ /gm) ?? []).length;
  const failed = (output.match(/^✗ /gm) ?? []).length || (exitStatus === 0 ? 0 : 1);
  return { passed, failed, skipped: Math.max(0, checkerCount - passed - failed) };
}

/** The per-phase lines and the last line; the exit code is 0 only when nothing failed. */
export function summarize(phases) {
  const total = (key) => phases.reduce((sum, phase) => sum + (phase[key] ?? 0), 0);
  const passed = total('passed');
  const failed = total('failed');
  const skipped = total('skipped');
  const line = (counts) =>
    `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped ?? 0} skipped`;
  return {
    lines: phases.map((phase) => `   ${phase.name}: ${line(phase)}`),
    last: line({ passed, failed, skipped }),
    exitCode: failed === 0 && passed > 0 ? 0 : 1
  };
}
