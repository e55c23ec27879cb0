import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { toolRoot } from '../../lib/project.mjs';
import {
  areaOf,
  incrementalReportFromEvents,
  score,
  scoreCountingStatic,
  scoresByArea
} from '../mutation-report.mjs';

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
