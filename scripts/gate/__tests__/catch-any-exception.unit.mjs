/*
 * The apex-test-context checker's catch-any-exception rule, on planted test classes (in process:
 * the rule reads source text only, so no project copy or child process is needed).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blankCommentsAndStrings, catchAnyProblems } from '../apex-test-context/catch-any.mjs';
import { checkTestContext } from '../checkers/apex-test-context.mjs';

const testClass = (...body) =>
  ['@IsTest', 'private class PlantedAccessTest {', ...body, '}'].join('\n');
const REL = 'force-app/main/x/tests/PlantedAccessTest.cls';
// readApex's file shape; the AST is left empty (this rule reads the source text only)
const file = (source) => ({ path: `/planted/${REL}`, rel: REL, source, ast: {} });

// The defect as it was in PermissionSetAccessTest: any exception meant "not allowed".
const SWALLOWED = [
  '  private static Boolean updateAllowed(SObject record) {',
  '    try {',
  '      return Database.update(record, false, AccessLevel.USER_MODE).isSuccess();',
  '    } catch (System.Exception e) {',
  '      // User mode reports missing access as an exception.',
  '      return false;',
  '    }',
  '  }'
];

test('a test class that catches every exception without reading it fails, naming the line', () => {
  const problems = catchAnyProblems(file(testClass(...SWALLOWED)));
  assert.equal(problems.length, 1);
  assert.equal(problems[0].line, 6, 'the line of the catch');
  assert.match(
    problems[0].message,
    /\[catch-any-exception\] catch \(System\.Exception e\) never reads e/
  );
});

test('the checker reports it with the other test-context rules', () => {
  const { problems } = checkTestContext([file(testClass(...SWALLOWED))], '/nonexistent');
  assert.deepEqual(
    problems.map((problem) => problem.message.slice(0, 22)),
    ['[catch-any-exception] ']
  );
});

test('plain Exception, any spacing and case, and a flag set in the block are caught too', () => {
  const source = testClass(
    '  static void t() {',
    '    Boolean refused = false;',
    '    try { run(); } CATCH ( Exception   failure ) { refused = true; }',
    '  }'
  );
  assert.equal(catchAnyProblems(file(source)).length, 1);
});

test('the near misses pass: the expected type, an exception that is read, a non-test class', () => {
  const expectedType = testClass(
    '  static void t() {',
    '    try { run(); } catch (System.DmlException e) { refused = true; }',
    '  }'
  );
  const read = testClass(
    '  static void t() {',
    '    try { run(); } catch (Exception e) {',
    "      System.Assert.isInstanceOfType(e, System.DmlException.class, 'refused for access');",
    '    }',
    '  }'
  );
  const production = [
    'public with sharing class Service {',
    '  public static Boolean run() {',
    '    try { return go(); } catch (Exception e) { return false; }',
    '  }',
    '}'
  ].join('\n');
  const onlyInAComment = testClass(
    '  static void t() {',
    '    try { run(); } catch (Exception e) {',
    "      // e is ignored on purpose; String s = 'e';",
    '      refused = true;',
    '    }',
    '  }'
  );
  assert.deepEqual(catchAnyProblems(file(expectedType)), []);
  assert.deepEqual(catchAnyProblems(file(read)), []);
  assert.deepEqual(catchAnyProblems(file(production)), []);
  assert.equal(
    catchAnyProblems(file(onlyInAComment)).length,
    1,
    'a mention in a comment or a string is not a read'
  );
});

test('comments and strings are blanked to the same length, lines kept', () => {
  const source = "a /* x\n y */ b // c\n'it\\'s' d";
  const blanked = blankCommentsAndStrings(source);
  assert.equal(blanked.length, source.length);
  assert.equal(blanked, 'a     \n      b     \n        d');
});

test('a read hidden in a multi-line comment or an escaped string is no read, and the line is right', () => {
  const source = testClass(
    '  /* a comment',
    '     over lines */',
    '  static void t() {',
    '    try { run(); }catch(System.Exception e){',
    '      /* e is ignored',
    '         on purpose */',
    "      String s = 'it\\'s e';",
    '      refused = true;',
    '    }',
    '  }'
  );
  const problems = catchAnyProblems(file(source));
  assert.equal(problems.length, 1);
  assert.equal(problems[0].line, 6, 'the line of the catch, after a multi-line comment');
});

test('the catch block ends at its own brace: nested blocks count, a later variable does not', () => {
  const source = testClass(
    '  static void t() {',
    '    try { run(); } catch (Exception e) { if (true) { refused = true; } }',
    '  }',
    '  static void u() { Exception e = null; System.debug(e); }'
  );
  assert.equal(catchAnyProblems(file(source)).length, 1);
  const readInANestedBlock = testClass(
    '  static void t() {',
    '    try { run(); } catch (Exception e) { if (true) { System.debug(E.getMessage()); } }',
    '  }'
  );
  assert.deepEqual(catchAnyProblems(file(readInANestedBlock)), [], 'Apex names ignore case');
  const readAfterANestedBlock = testClass(
    '  static void t() {',
    '    try { run(); } catch (System . Exception e) { if (true) { refused = true; } System.debug(e); }',
    '  }'
  );
  assert.deepEqual(catchAnyProblems(file(readAfterANestedBlock)), []);
  const spacedSystem = testClass(
    '  static void t() {',
    '    try { run(); } catch (System . Exception e) { refused = true; }',
    '  }'
  );
  assert.equal(catchAnyProblems(file(spacedSystem)).length, 1);
});

test('a catch block left open (a half-typed class) is read to the end of the file, never a crash', () => {
  const open = ['@IsTest', 'private class PlantedAccessTest {', '  static void t() {'];
  const ignored = [...open, '    try { run(); } catch (Exception e) { refused = true;'].join('\n');
  const readLast = [...open, '    try { run(); } catch (Exception e) { System.debug(e'].join('\n');
  assert.equal(catchAnyProblems(file(ignored)).length, 1);
  assert.deepEqual(catchAnyProblems(file(readLast)), []);
});
