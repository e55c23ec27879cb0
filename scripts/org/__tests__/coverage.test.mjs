import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { toolRoot } from '../../lib/project.mjs';
import { coverageJUnit, evaluateCoverage, packageApexUnits } from '../coverage.mjs';
import { gate, readRunReport, testRunArgs } from '../test-org.mjs';
import { tempProject } from './helpers.mjs';

const fixtures = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures');
const load = (name) => JSON.parse(readFileSync(join(fixtures, name), 'utf8'));
const covered = ['NominationService', 'ProgramConfigurationSelector', 'ReferenceNominationTrigger'];

test('a green run with 94% org-wide and every class at 85% or more passes', () => {
  const evaluation = evaluateCoverage(load('apex-run-passing.json'), { expected: covered });
  assert.equal(evaluation.ok, true, evaluation.problems.join('; '));
  assert.equal(evaluation.orgWide, 94);
  assert.deepEqual(evaluation.offenders, []);
  assert.deepEqual(evaluation.tests, { ran: 3, passing: 3, failing: 0 });
});

test('org-wide under 90%, a class under 85% and a failing test each fail the gate', () => {
  const evaluation = evaluateCoverage(load('test-result-707XX0000012346.json'), {
    expected: covered
  });
  assert.equal(evaluation.ok, false);
  assert.equal(evaluation.orgWide, 82);
  assert.deepEqual(
    evaluation.offenders.map((unit) => [unit.name, unit.percent]),
    [['ProgramConfigurationSelector', 60]]
  );
  assert.deepEqual(
    evaluation.failedTests.map((t) => t.name),
    ['NominationServiceTest.rejectsMissingCheckbox']
  );
  assert.equal(evaluation.problems.length, 3);
  assert.match(evaluation.problems.join('\n'), /org-wide coverage 82% is under 90%/);
});

test('each threshold fails on its own', () => {
  const passing = load('apex-run-passing.json');
  const lowOrg = structuredClone(passing);
  lowOrg.result.summary.orgWideCoverage = '89%';
  assert.deepEqual(evaluateCoverage(lowOrg).problems, ['org-wide coverage 89% is under 90%']);

  const lowClass = structuredClone(passing);
  lowClass.result.coverage.coverage[0].totalCovered = 42; // 84%
  const evaluation = evaluateCoverage(lowClass);
  assert.deepEqual(
    evaluation.offenders.map((unit) => unit.name),
    ['NominationService']
  );
  assert.equal(evaluation.ok, false);
});

test('a package class the run never covered is an offender', () => {
  const evaluation = evaluateCoverage(load('apex-run-passing.json'), {
    expected: [...covered, 'ReviewReminderService']
  });
  assert.equal(evaluation.ok, false);
  assert.deepEqual(evaluation.offenders, [
    {
      name: 'ReviewReminderService',
      covered: 0,
      total: null,
      percent: 0,
      reason: 'not covered by any test'
    }
  ]);
});

test('a result without coverage (no --code-coverage) or without tests fails', () => {
  const passing = load('apex-run-passing.json');
  const noCoverage = structuredClone(passing.result);
  delete noCoverage.coverage;
  delete noCoverage.summary.orgWideCoverage;
  assert.match(evaluateCoverage(noCoverage).problems.join('\n'), /--code-coverage/);
  assert.match(
    evaluateCoverage({ result: { summary: {} } }).problems.join('\n'),
    /no Apex test ran/
  );
});

test('the JUnit summary names each class and fails the offenders', () => {
  const xml = coverageJUnit(evaluateCoverage(load('test-result-707XX0000012346.json')));
  assert.match(xml, /<testsuite name="apex-coverage" tests="4" failures="2">/);
  assert.match(xml, /name="ProgramConfigurationSelector"><failure message="60% &lt; 85%"\/>/);
  assert.match(xml, /name="org-wide coverage"><failure message="org-wide coverage 82% &lt; 90%"/);
});

test('package units: test classes, interfaces and enums need no coverage; triggers do', () => {
  const { root, cleanup } = tempProject({
    'force-app/main/program/classes/Service.cls': 'public with sharing class Service {\n}\n',
    'force-app/main/program/classes/ServiceTest.cls': '@IsTest\nprivate class ServiceTest {\n}\n',
    'force-app/main/program/classes/Seam.cls': 'public interface Seam {\n  void call();\n}\n',
    'force-app/main/program/classes/Kind.cls': 'public enum Kind {\n  A\n}\n',
    'force-app/main/program/triggers/ThingTrigger.trigger':
      'trigger ThingTrigger on Thing__c (before insert) {\n}\n'
  });
  try {
    assert.deepEqual(packageApexUnits(root), ['Service', 'ThingTrigger']);
  } finally {
    cleanup();
  }
});

test('this package: the test classes are left out, the services are in', () => {
  const units = packageApexUnits(toolRoot);
  assert.ok(units.includes('NominationService'));
  assert.ok(!units.some((name) => name.endsWith('Test')));
});

test('test:org reads the file sf wrote for the run id and writes its summaries', () => {
  const passing = load('apex-run-passing.json');
  const { root, cleanup } = tempProject({
    'test-results/apex/test-run-id.txt': '707XX0000012345',
    'test-results/apex/test-result-707XX0000012345.json': passing.result,
    'force-app/main/program/classes/NominationService.cls':
      'public with sharing class NominationService {\n}\n'
  });
  try {
    const report = readRunReport(root, 'not json');
    assert.equal(report.summary.testRunId, '707XX0000012345');
    const evaluation = gate(report, root);
    assert.equal(evaluation.ok, true);
    const summary = JSON.parse(readFileSync(join(root, 'test-results/apex-coverage-summary.json')));
    assert.equal(summary.orgWide, 94);
    assert.match(
      readFileSync(join(root, 'test-results/apex-coverage-junit.xml'), 'utf8'),
      /failures="0"/
    );
    // Without the files, the JSON on stdout (after CLI warnings) is used.
    const fromStdout = readRunReport(
      join(root, 'elsewhere'),
      `Warning: x\n${JSON.stringify(passing)}`
    );
    assert.equal(fromStdout.result.summary.outcome, 'Passed');
  } finally {
    cleanup();
  }
});

test('the sf command: local tests, coverage, JSON files in test-results/apex', () => {
  assert.equal(
    testRunArgs({ targetOrg: 'crp', wait: 60 }).join(' '),
    'apex run test --test-level RunLocalTests --code-coverage --result-format json ' +
      '--output-dir test-results/apex --wait 60 --target-org crp'
  );
});

test('npm run test:org -- --from <file> exits 1 on the failing fixture and 0 on the passing one', () => {
  const { root, cleanup } = tempProject({
    'force-app/main/program/classes/NominationService.cls':
      'public with sharing class NominationService {\n}\n'
  });
  try {
    const run = (fixture) =>
      spawnSync(
        process.execPath,
        [join(toolRoot, 'scripts/org/test-org.mjs'), '--from', join(fixtures, fixture)],
        { cwd: root, encoding: 'utf8' }
      );
    const failing = run('test-result-707XX0000012346.json');
    assert.equal(failing.status, 1, failing.stderr);
    assert.match(failing.stdout, /✗ ProgramConfigurationSelector: 60% < 85%/);
    assert.match(failing.stdout, /✗ NominationServiceTest\.rejectsMissingCheckbox \(Fail\)/);
    const passing = run('apex-run-passing.json');
    assert.equal(passing.status, 0, passing.stdout + passing.stderr);
  } finally {
    cleanup();
  }
});
