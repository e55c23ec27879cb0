/*
 * The coverage gate of `npm run test:org`: reads what `sf apex run test --code-coverage
 * --result-format json` writes (test-result-<runId>.json, or its stdout { status, result }) and
 * decides. Under 90% org-wide, under 85% for any class or trigger of the package, a class the run
 * did not cover at all, or a failing test method: the gate fails and names them.
 *
 * Shape read (plugin-apex JsonReporter): result.summary { outcome, testsRan, passing, failing,
 * orgWideCoverage: "93%", testRunCoverage: "92%" }, result.tests[] { Outcome, MethodName,
 * Message, StackTrace, ApexClass: { Name } }, result.coverage.coverage[] { name, totalLines,
 * totalCovered, coveredPercent }.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { packageDirectories, walk } from '../lib/project.mjs';
import { stripApexComments } from './lib.mjs';

export const THRESHOLDS = { orgWide: 90, perClass: 85 };

function percentOf(text) {
  if (typeof text === 'number') return text;
  const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(String(text ?? ''));
  return match ? Number(match[1]) : null;
}

/** Classes and triggers of the package that carry executable code: what must be covered. */
export function packageApexUnits(root) {
  return packageDirectories(root)
    .flatMap(walk)
    .filter((file) => file.endsWith('.cls') || file.endsWith('.trigger'))
    .filter((file) => {
      if (file.endsWith('.trigger')) return true;
      const header = stripApexComments(readFileSync(file, 'utf8')).split('{')[0];
      if (/@isTest\b/i.test(header)) return false;
      return /\bclass\s+\w+/i.test(header); // interfaces and enums have no executable lines
    })
    .map((file) => basename(file).replace(/\.(cls|trigger)$/, ''))
    .sort();
}

/**
 * Evaluates a test run. `report` is the parsed JSON (file or stdout form). `expected` lists the
 * units that must appear in the coverage. Returns { ok, orgWide, classes, offenders,
 * failedTests, problems, tests }.
 */
export function evaluateCoverage(report, { thresholds = THRESHOLDS, expected = [] } = {}) {
  const result = report?.result ?? report ?? {};
  const summary = result.summary ?? {};
  const problems = [];

  const failedTests = (result.tests ?? [])
    .filter((test) => test.Outcome && test.Outcome !== 'Pass' && test.Outcome !== 'Skip')
    .map((test) => ({
      name: `${test.ApexClass?.Name ?? '?'}.${test.MethodName ?? '?'}`,
      outcome: test.Outcome,
      message: test.Message ?? '',
      stackTrace: test.StackTrace ?? ''
    }));
  if (summary.outcome === 'Failed' && failedTests.length === 0) {
    problems.push('the test run reports outcome Failed');
  }
  if (!summary.testsRan) problems.push('no Apex test ran');

  const coverage = result.coverage?.coverage;
  if (!Array.isArray(coverage)) {
    problems.push('the result has no coverage: run sf apex run test with --code-coverage');
  }
  const classes = (coverage ?? [])
    .filter((entry) => entry.totalLines > 0)
    .map((entry) => ({
      name: entry.name,
      covered: entry.totalCovered,
      total: entry.totalLines,
      percent: Math.round((entry.totalCovered / entry.totalLines) * 10000) / 100
    }))
    .sort((a, b) => a.name.localeCompare(b.name));

  let orgWide = percentOf(summary.orgWideCoverage ?? result.coverage?.summary?.orgWideCoverage);
  if (orgWide === null && classes.length) {
    const covered = classes.reduce((sum, unit) => sum + unit.covered, 0);
    const total = classes.reduce((sum, unit) => sum + unit.total, 0);
    orgWide = Math.round((covered / total) * 10000) / 100;
  }
  if (orgWide === null) problems.push('no org-wide coverage figure in the result');
  else if (orgWide < thresholds.orgWide) {
    problems.push(`org-wide coverage ${orgWide}% is under ${thresholds.orgWide}%`);
  }

  const offenders = classes
    .filter((unit) => unit.percent < thresholds.perClass)
    .map((unit) => ({ ...unit, reason: `${unit.percent}% < ${thresholds.perClass}%` }));
  const reported = new Set((coverage ?? []).map((entry) => entry.name));
  for (const name of expected) {
    if (!reported.has(name)) {
      offenders.push({
        name,
        covered: 0,
        total: null,
        percent: 0,
        reason: 'not covered by any test'
      });
    }
  }
  if (offenders.length) {
    problems.push(`${offenders.length} class(es) under ${thresholds.perClass}% coverage`);
  }
  if (failedTests.length) problems.push(`${failedTests.length} test method(s) failed`);

  return {
    ok: problems.length === 0,
    thresholds,
    orgWide,
    tests: {
      ran: summary.testsRan ?? 0,
      passing: summary.passing ?? 0,
      failing: summary.failing ?? failedTests.length
    },
    classes,
    offenders,
    failedTests,
    problems
  };
}

function xmlEscape(text) {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The coverage gate as JUnit XML: one test case per class plus the org-wide figure. */
export function coverageJUnit(evaluation) {
  const offenders = new Map(evaluation.offenders.map((unit) => [unit.name, unit]));
  const cases = [
    {
      name: 'org-wide coverage',
      failure:
        evaluation.orgWide === null || evaluation.orgWide < evaluation.thresholds.orgWide
          ? `org-wide coverage ${evaluation.orgWide ?? 'unknown'}% < ${evaluation.thresholds.orgWide}%`
          : null
    },
    ...[...evaluation.classes.map((unit) => unit.name), ...offenders.keys()]
      .filter((name, index, all) => all.indexOf(name) === index)
      .map((name) => ({ name, failure: offenders.get(name)?.reason ?? null }))
  ];
  const failures = cases.filter((testCase) => testCase.failure).length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<testsuites>',
    `  <testsuite name="apex-coverage" tests="${cases.length}" failures="${failures}">`,
    ...cases.map((testCase) =>
      testCase.failure
        ? `    <testcase classname="apex-coverage" name="${xmlEscape(testCase.name)}"><failure message="${xmlEscape(testCase.failure)}"/></testcase>`
        : `    <testcase classname="apex-coverage" name="${xmlEscape(testCase.name)}"/>`
    ),
    '  </testsuite>',
    '</testsuites>',
    ''
  ].join('\n');
}

/** Human lines for the terminal. */
export function formatEvaluation(evaluation) {
  const lines = [
    `Apex tests: ${evaluation.tests.ran} ran, ${evaluation.tests.failing} failed`,
    `Org-wide coverage: ${evaluation.orgWide ?? 'unknown'}% (minimum ${evaluation.thresholds.orgWide}%)`
  ];
  for (const test of evaluation.failedTests) {
    lines.push(`  ✗ ${test.name} (${test.outcome}): ${test.message}`);
  }
  for (const unit of evaluation.offenders) lines.push(`  ✗ ${unit.name}: ${unit.reason}`);
  lines.push(
    evaluation.ok
      ? '✓ coverage gate passed'
      : `✗ coverage gate failed: ${evaluation.problems.join('; ')}`
  );
  return lines.join('\n');
}
