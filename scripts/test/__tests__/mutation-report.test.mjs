import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { toolRoot } from '../../lib/project.mjs';
import {
  areaOf,
  declaredSampleOf,
  incrementalReportFromEvents,
  interval95,
  plannedMutants,
  sampleOf,
  score,
  scoreCountingStatic,
  scoresByArea
} from '../mutation-report.mjs';
import { inSample, outOfSample, strykerPlugins } from '../../../config/stryker/sample.mjs';

const BOARD = 'force-app/main/review-board/lwc/referenceBoardTable/referenceBoardTable.ts';
const PANEL = 'force-app/main/account-panel/lwc/accountPanelTeam/accountPanelTeam.ts';
const mutant = (file, status, extra = {}) => ({
  file,
  status,
  id: String(Math.random()),
  location: { start: { line: 3, column: 5 }, end: { line: 3, column: 9 } },
  mutatorName: 'StringLiteral',
  replacement: '""',
  ...extra
});

test('the score counts killed and timed-out mutants over every mutant but the ignored ones', () => {
  const mutants = [
    mutant(BOARD, 'Killed'),
    mutant(BOARD, 'Timeout'),
    mutant(BOARD, 'Survived'),
    mutant(BOARD, 'NoCoverage'),
    mutant(BOARD, 'Ignored', { statusReason: 'equivalent' })
  ];
  assert.deepEqual(score(mutants), { detected: 2, undetected: 2, valid: 4, percent: 50 });
  assert.equal(score([]).percent, 100, 'nothing to detect is not a failure');
});

test('static mutants, set aside for time, can be counted as undetected; equivalent ones cannot', () => {
  const mutants = [
    mutant(BOARD, 'Killed'),
    mutant(BOARD, 'Ignored', { statusReason: 'Static mutant (and "ignoreStatic" was enabled)' }),
    mutant(BOARD, 'Ignored', { static: true, statusReason: 'ignored' }),
    mutant(BOARD, 'Ignored', { statusReason: 'equivalent: never read' })
  ];
  assert.deepEqual(scoreCountingStatic(mutants), {
    detected: 1,
    undetected: 2,
    valid: 3,
    percent: 100 / 3
  });
  assert.equal(scoreCountingStatic([mutant(BOARD, 'Killed')]), null);
});

test('areas are capabilities for components and folders for the gate', () => {
  assert.equal(areaOf(BOARD), 'review-board');
  assert.equal(areaOf('scripts/gate/formulas/typecheck.mjs'), 'formulas');
  assert.equal(areaOf('scripts/gate/rule-drift.mjs'), 'gate');
  assert.deepEqual(
    scoresByArea([mutant(BOARD, 'Killed'), mutant(PANEL, 'Survived'), mutant(BOARD, 'Survived')]),
    [
      { area: 'account-panel', detected: 0, undetected: 1, valid: 1, percent: 0 },
      { area: 'review-board', detected: 1, undetected: 1, valid: 2, percent: 50 }
    ]
  );
});

test("a stopped run's events become an incremental report: mutants by file, tests at 1-based positions", () => {
  const folder = mkdtempSync(join(tmpdir(), 'mutation-events-'));
  try {
    const testFile = join(toolRoot, 'x/__tests__/x.test.ts');
    const tested = {
      ...mutant(undefined, 'Killed', { coveredBy: ['t1'], killedBy: ['t1'] }),
      fileName: join(toolRoot, BOARD)
    };
    delete tested.file;
    writeFileSync(join(folder, '00002-onMutantTested.json'), JSON.stringify(tested));
    writeFileSync(
      join(folder, '00000-onDryRunCompleted.json'),
      JSON.stringify({
        result: {
          tests: [
            { id: 't1', name: 'x works', fileName: testFile, startPosition: { line: 9, column: 2 } }
          ]
        }
      })
    );
    const report = incrementalReportFromEvents(folder, (file) => `source of ${file}`);

    assert.deepEqual(Object.keys(report.files), [BOARD]);
    assert.equal(report.files[BOARD].source, `source of ${BOARD}`);
    assert.equal(report.files[BOARD].mutants[0].status, 'Killed');
    assert.equal(report.files[BOARD].mutants[0].fileName, undefined, 'paths are the keys');
    assert.deepEqual(report.testFiles['x/__tests__/x.test.ts'], {
      source: 'source of x/__tests__/x.test.ts',
      tests: [{ id: 't1', name: 'x works', location: { start: { line: 10, column: 3 } } }]
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

/** Distinct mutants of one file, told apart by position (1-based, as in a report). */
const many = (count, file = 'scripts/gate/rule-drift.mjs') =>
  Array.from({ length: count }, (_, index) =>
    mutant(file, 'Survived', {
      location: { start: { line: 1 + Math.floor(index / 40), column: 1 + (index % 40) } }
    })
  );

test('a 1-in-N sample draws about one mutant in N, the same ones from run to run and from any copy', () => {
  const mutants = many(4000);
  const drawn = mutants.filter((each) => inSample(each, 10));
  assert.ok(drawn.length > 330 && drawn.length < 470, `${drawn.length} of 4000 at 1 in 10`);
  assert.deepEqual(
    mutants.filter((each) => inSample(each, 10)),
    drawn
  );
  assert.equal(mutants.filter((each) => inSample(each, 1)).length, 4000, '1 in 1 is every mutant');
  // Stryker names the file by its absolute path, in the project or in a sandbox copy
  for (const each of drawn.slice(0, 20)) {
    const { file, ...rest } = each;
    for (const prefix of ['/work/main/', '/repo/.stryker-tmp/sandbox-1234/']) {
      assert.equal(inSample({ ...rest, fileName: prefix + file }, 10), true);
    }
  }
  const other = many(4000, 'scripts/gate/integrity/apex.mjs').filter((each) => inSample(each, 10));
  assert.notDeepEqual(
    other.map((each) => each.location),
    drawn.map((each) => each.location),
    'the file is part of what a mutant is'
  );
});

test('the samples of one draw nest; another draw is independent of them', () => {
  const mutants = many(4000);
  const first40 = mutants.filter((each) => inSample(each, 40));
  const first10 = new Set(mutants.filter((each) => inSample(each, 10)));
  assert.ok(
    first40.every((each) => first10.has(each)),
    'the 1-in-40 sample is inside the 1-in-10 of its draw'
  );
  const second10 = mutants.filter((each) => inSample(each, 10, '2'));
  const both = second10.filter((each) => first10.has(each)).length;
  // independent draws share about 1 in 10 of a 1-in-10 sample (~40 of ~400), nested ones all
  assert.ok(both > 15 && both < 70, `${both} of ${second10.length} shared`);
  assert.ok(second10.length > 330 && second10.length < 470, `${second10.length} of 4000`);
  assert.deepEqual(
    mutants.filter((each) => inSample(each, 10, '2')),
    second10,
    'a draw is the same from run to run'
  );
});

test('the sample checker passes the mutants of the sample and leaves the others out, as the report reads them', async () => {
  const Checker = strykerPlugins[0].injectableClass;
  assert.throws(() => new Checker({ sample: 'forty' }), /a whole number of at least 1/);
  assert.throws(
    () => new Checker({ sample: 10, sampleDraw: 'a b' }),
    /sampleDraw: letters, digits or _ only, not a b/
  );
  const checker = new Checker({ sample: '10' });
  const reported = many(400);
  // inside a run, Stryker's positions count from 0
  const running = reported.map((each, index) => ({
    id: String(index),
    fileName: `/work/main/${each.file}`,
    mutatorName: each.mutatorName,
    replacement: each.replacement,
    location: {
      start: { line: each.location.start.line - 1, column: each.location.start.column - 1 }
    }
  }));
  assert.deepEqual(await checker.group(running), [running.map((each) => each.id)]);
  const results = await checker.check(running);
  reported.forEach((each, index) => {
    const expected = inSample(each, 10)
      ? { status: 'passed' }
      : { status: 'compileError', reason: outOfSample(10) };
    assert.deepEqual(results[String(index)], expected);
  });

  // another draw: its own sample, named in the reason the report reads back
  const drawResults = await new Checker({ sample: 10, sampleDraw: '2' }).check(running);
  reported.forEach((each, index) => {
    const expected = inSample(each, 10, '2')
      ? { status: 'passed' }
      : { status: 'compileError', reason: 'not in the 1-in-10 sample, draw 2' };
    assert.deepEqual(drawResults[String(index)], expected);
  });
  const report = reported.map((each, index) =>
    drawResults[String(index)].status === 'passed'
      ? { ...each, status: 'Killed' }
      : { ...each, status: 'CompileError', statusReason: drawResults[String(index)].reason }
  );
  const sample = sampleOf(report);
  assert.equal(sample.name, 'the 1-in-10 sample of draw 2');
  assert.deepEqual(
    sample.mutants.map((each) => each.location),
    reported.filter((each) => inSample(each, 10, '2')).map((each) => each.location)
  );
  assert.equal(sampleOf(report, { declared: { rate: 10, draw: '2' } }).complete, true);
});

test('a sampled report keeps only the sample, and refuses a run that disagrees with it', () => {
  const all = many(400);
  const drawn = all.filter((each) => inSample(each, 10));
  const left = all.filter((each) => !inSample(each, 10));
  const report = [
    ...drawn.map((each, index) => ({ ...each, status: index % 2 ? 'Killed' : 'Survived' })),
    ...left
      .slice(1)
      .map((each) => ({ ...each, status: 'CompileError', statusReason: outOfSample(10) })),
    // settled before the checkers run: counted only when in the sample
    { ...left[0], status: 'NoCoverage' }
  ];
  const sample = sampleOf(report);
  assert.equal(sample.rate, 10);
  assert.equal(sample.population, 400);
  assert.deepEqual(
    sample.mutants.map((each) => each.location),
    drawn.map((each) => each.location)
  );
  assert.equal(sampleOf(all), null, 'a run of every mutant is no sample');

  const testedOutside = [...report, { ...left[1], status: 'Killed' }];
  assert.throws(() => sampleOf(testedOutside), /Killed, yet not in the 1-in-10 sample/);
  const leftOutInside = [
    ...report,
    { ...drawn[0], status: 'CompileError', statusReason: outOfSample(10) }
  ];
  assert.throws(() => sampleOf(leftOutInside), /CompileError, yet in the 1-in-10 sample/);
  const twoRates = [
    ...report,
    { ...left[1], status: 'CompileError', statusReason: outOfSample(20) }
  ];
  assert.throws(
    () => sampleOf(twoRates),
    /several samples: the 1-in-10 sample, the 1-in-20 sample$/
  );
  assert.throws(
    () => sampleOf(report, { declared: { rate: 40, draw: '' } }),
    /several samples: the 1-in-10 sample, the 1-in-40 sample$/
  );
  assert.throws(
    () => sampleOf(report, { declared: { rate: 10, draw: '2' } }),
    /several samples: the 1-in-10 sample, the 1-in-10 sample of draw 2$/
  );
});

test('a sample is complete only when every sampled mutant of the run has a result', () => {
  const all = many(400);
  const drawn = all.filter((each) => inSample(each, 10));
  const results = [
    ...drawn.slice(0, 5).map((each) => ({ ...each, status: 'Killed' })),
    ...all
      .filter((each) => !inSample(each, 10))
      .map((each) => ({ ...each, status: 'CompileError', statusReason: outOfSample(10) }))
  ];
  // a stopped run: its plan names every mutant, the rest of the sample is still to come
  const stopped = sampleOf(results, { planned: all });
  assert.equal(stopped.complete, false);
  assert.equal(stopped.expected, drawn.length);
  assert.equal(stopped.mutants.length, 5);
  const finished = [...results, ...drawn.slice(5).map((each) => ({ ...each, status: 'Survived' }))];
  assert.equal(sampleOf(finished, { planned: all }).complete, true);
  assert.equal(sampleOf(finished).complete, true, 'a report file holds every mutant');

  // the rate a report's name declares stands even when no mutant was left out
  const named = sampleOf(
    drawn.map((each) => ({ ...each, status: 'Killed' })),
    { declared: { rate: 10, draw: '' } }
  );
  assert.equal(named.rate, 10);
  assert.equal(named.complete, true);
  assert.deepEqual(declaredSampleOf('reports/mutation/gate-sample40.json'), { rate: 40, draw: '' });
  assert.deepEqual(declaredSampleOf('.cache/stryker-events/gate-reports-sample8'), {
    rate: 8,
    draw: ''
  });
  assert.deepEqual(declaredSampleOf('reports/mutation/gate-sample50-draw2.json'), {
    rate: 50,
    draw: '2'
  });
  assert.deepEqual(declaredSampleOf('.cache/stryker-events/gate-sample50-draw2'), {
    rate: 50,
    draw: '2'
  });
  assert.equal(declaredSampleOf('reports/mutation/gate-reports.json'), undefined);
});

test("a stopped run's plan gives every mutant at the positions its results use", () => {
  const folder = mkdtempSync(join(tmpdir(), 'plan-'));
  try {
    const fileName = join(toolRoot, 'scripts/gate/rule-drift.mjs');
    const running = { fileName, mutatorName: 'StringLiteral', replacement: '""', id: '7' };
    writeFileSync(
      join(folder, '00001-onMutationTestingPlanReady.json'),
      JSON.stringify({
        mutantPlans: [
          { plan: 'Run', mutant: { ...running, location: { start: { line: 18, column: 14 } } } }
        ]
      })
    );
    assert.deepEqual(plannedMutants(folder), [
      {
        ...running,
        file: 'scripts/gate/rule-drift.mjs',
        location: { start: { line: 19, column: 15 } }
      }
    ]);
    assert.equal(plannedMutants(join(toolRoot, 'package.json')), null, 'a report file is no plan');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test("a sampled score comes with Wilson's 95% interval", () => {
  const { low, high } = interval95({ detected: 80, valid: 100 });
  assert.equal(low.toFixed(2), '71.12');
  assert.equal(high.toFixed(2), '86.66');
  assert.equal(interval95({ detected: 40, valid: 40 }).high.toFixed(1), '100.0');
  assert.equal(interval95({ detected: 0, valid: 0 }), null);
  assert.equal(Object.is(interval95({ detected: 0, valid: 10 }).low, 0), true, 'never below 0');
});
