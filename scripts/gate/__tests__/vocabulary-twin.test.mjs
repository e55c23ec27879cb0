import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { APEX_CLASS, TS_MODULE, checkVocabularyTwin } from '../vocabulary-twin.mjs';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const script = path.join(projectDir, 'scripts/gate/vocabulary-twin.mjs');

// A copy of the two twins in a temp project, with `edit` applied to one of them.
function plantedCopy(t, file, edit) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vocabulary-twin-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  for (const twin of [TS_MODULE, APEX_CLASS]) {
    mkdirSync(path.dirname(path.join(dir, twin)), { recursive: true });
    cpSync(path.join(projectDir, twin), path.join(dir, twin));
  }
  const target = path.join(dir, file);
  writeFileSync(target, edit(readFileSync(target, 'utf8')));
  return dir;
}

// Fails the test, rather than the planted defect going missing, when the layout changes.
function replaceOnce(text, pattern, replacement) {
  const matches = text.match(new RegExp(pattern.source, 'g')) ?? [];
  assert.equal(matches.length, 1, `expected exactly one match of ${pattern} in the copy`);
  return text.replace(pattern, replacement);
}

function lineOf(dir, problem) {
  return readFileSync(path.join(dir, problem.file), 'utf8').split('\n')[problem.line - 1];
}

test('the TypeScript module and the Apex class of the real tree agree', () => {
  assert.deepEqual(checkVocabularyTwin(projectDir), []);
});

test('a value changed in the Apex copy is reported against the Apex class', (t) => {
  const dir = plantedCopy(t, APEX_CLASS, (text) =>
    replaceOnce(text, /PROGRAM_STARTUPS = 'Startups'/, "PROGRAM_STARTUPS = 'Start_Ups'")
  );
  const problems = checkVocabularyTwin(dir);

  const constant = problems.find(
    (p) => p.file === APEX_CLASS && p.message.startsWith('PROGRAM_STARTUPS ')
  );
  assert.ok(constant, `no problem names PROGRAM_STARTUPS: ${JSON.stringify(problems)}`);
  assert.match(constant.message, /'Start_Ups'.*'Startups'/);
  assert.match(lineOf(dir, constant), /PROGRAM_STARTUPS = 'Start_Ups'/);
  assert.ok(
    problems.some((p) => p.file === APEX_CLASS && /^programs: lacks 'Startups'/.test(p.message)),
    'the Apex PROGRAMS set no longer holds Startups'
  );
});

test('a transition changed in the Apex copy is reported at its row of the Apex table', (t) => {
  const dir = plantedCopy(t, APEX_CLASS, (text) =>
    replaceOnce(
      text,
      /(REVIEW_CALL_SCHEDULED => new Set<String>\{\s*)REVIEW_CALL_HELD/,
      '$1REVIEW_NOMINATED'
    )
  );
  const problems = checkVocabularyTwin(dir);

  const apexSide = problems.filter((p) => p.file === APEX_CLASS);
  assert.equal(apexSide.length, 1, JSON.stringify(problems));
  assert.match(apexSide[0].message, /review transitions from 'Call_Scheduled': lacks 'Call_Held'/);
  assert.match(lineOf(dir, apexSide[0]), /REVIEW_CALL_SCHEDULED =>/);
});

test('a value missing from the TypeScript copy is reported against the TypeScript module', (t) => {
  const dir = plantedCopy(t, TS_MODULE, (text) =>
    replaceOnce(text, /\n\s*PODCAST: 'Podcast',/, '')
  );
  const problems = checkVocabularyTwin(dir);

  assert.ok(problems.length > 0, 'the missing Podcast went unnoticed');
  assert.ok(
    problems.every((p) => p.file === TS_MODULE),
    `only the TypeScript module lacks something: ${JSON.stringify(problems)}`
  );
  assert.ok(
    problems.some((p) => p.message.startsWith('REFERENCE_TYPE lacks PODCAST, the twin of Apex')),
    JSON.stringify(problems)
  );
  const list = problems.find((p) => p.message.startsWith("reference types: lacks 'Podcast'"));
  assert.ok(list, JSON.stringify(problems));
  assert.match(lineOf(dir, list), /REFERENCE_TYPES/);
});

test('a different picklist order is drift', (t) => {
  const dir = plantedCopy(t, APEX_CLASS, (text) =>
    replaceOnce(
      text,
      /(\s*)REVIEW_CALL_SCHEDULED,(\s*)REVIEW_CALL_HELD,(\s*REVIEW_AGREED_TO_PARTNER,)/,
      '$1REVIEW_CALL_HELD,$2REVIEW_CALL_SCHEDULED,$3'
    )
  );
  const problems = checkVocabularyTwin(dir);

  assert.equal(problems.length, 1, JSON.stringify(problems));
  assert.equal(problems[0].file, APEX_CLASS);
  assert.match(problems[0].message, /^review statuses: order .*Call_Held, Call_Scheduled/);
});

test('a declaration the checker cannot evaluate is reported, not skipped', (t) => {
  const dir = plantedCopy(t, APEX_CLASS, (text) =>
    replaceOnce(
      text,
      /new List<String>\{ CALL_INTRO, CALL_DISCOVERY \}/,
      'new List<String>(new Set<String>{ CALL_INTRO, CALL_DISCOVERY })'
    )
  );
  const problems = checkVocabularyTwin(dir);

  assert.equal(problems.length, 1, JSON.stringify(problems));
  assert.match(problems[0].message, /^CALL_TYPES cannot be read/);
});

test('a missing twin is one problem naming the missing file', (t) => {
  const dir = plantedCopy(t, APEX_CLASS, (text) => text);
  rmSync(path.join(dir, APEX_CLASS));

  assert.deepEqual(
    checkVocabularyTwin(dir).map((p) => p.file),
    [APEX_CLASS]
  );
});

test('the command line exits 1 and prints file:line for each difference', (t) => {
  const dir = plantedCopy(t, TS_MODULE, (text) =>
    replaceOnce(text, /INTRO: 'Intro_Call'/, "INTRO: 'Intro'")
  );
  const drifted = spawnSync(process.execPath, [script, dir], { encoding: 'utf8' });
  assert.equal(drifted.status, 1, drifted.stderr);
  assert.match(drifted.stderr, new RegExp(`^${APEX_CLASS}:\\d+: CALL_INTRO is 'Intro_Call'`, 'm'));

  const clean = spawnSync(process.execPath, [script, projectDir], { encoding: 'utf8' });
  assert.equal(clean.status, 0, clean.stderr);
});
