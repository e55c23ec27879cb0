/*
 * Apex tests that compile but fail in an org: each test method is run abstractly through the
 * project's own classes (scripts/gate/apex-test-context/) and checked against the rules of the
 * Apex Developer Guide's testing and governor chapters that can be seen from the source. Also: a
 * test that catches every exception without reading it (apex-test-context/catch-any.mjs), and one
 * that schedules under a production job name (apex-test-context/scheduled-job-name.mjs).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readApex } from '../integrity/apex.mjs';
import { TestContextAnalysis, runAsOutsideTests } from '../apex-test-context/analysis.mjs';
import { catchAnyProblems } from '../apex-test-context/catch-any.mjs';
import { scheduledJobNameProblems } from '../apex-test-context/scheduled-job-name.mjs';
import { ApexModel } from '../apex-test-context/model.mjs';

const GUIDE = 'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode';

/** Every rule, what it means and the documentation that states it. */
export const RULES = {
  'callout-after-dml': {
    says: 'a callout after uncommitted DML or an async enqueue in the same test context fails ("You have uncommitted work pending") even with a mock; call out between Test.startTest() and Test.stopTest() with the DML before them, or through a seam that never reaches Http.send',
    doc: `Apex Developer Guide, "Performing DML Operations and Mock Callouts" ${GUIDE}/apex_classes_restful_http_testing_dml.htm`
  },
  'callout-without-mock': {
    says: 'test methods do not support callouts: Test.setMock must be called before Http.send is reached',
    doc: `Apex Developer Guide, "Testing HTTP Callouts" ${GUIDE}/apex_classes_restful_http_testing.htm`
  },
  'limits-after-stoptest': {
    says: 'after Test.stopTest() Limits report the original context, not the start/stop block; read them before Test.stopTest()',
    doc: `Apex Developer Guide, "Using Limits, startTest, and stopTest" ${GUIDE}/apex_testing_tools_start_stop_test.htm`
  },
  'start-stop-once': {
    says: 'each test method may call Test.startTest() and Test.stopTest() only once',
    doc: `Apex Developer Guide, "Using Limits, startTest, and stopTest" ${GUIDE}/apex_testing_tools_start_stop_test.htm`
  },
  'mixed-dml': {
    says: 'DML on a setup object and on another object in one test context fails with MIXED_DML_OPERATION unless one of them runs inside System.runAs',
    doc: `Apex Developer Guide, "Mixed DML Operations in Test Methods" ${GUIDE}/apex_dml_non_mix_sobjects_test_methods.htm and "sObjects That Can't Be Used Together in DML Operations" ${GUIDE}/apex_dml_non_mix_sobjects.htm`
  },
  'runas-outside-test': {
    says: 'System.runAs can be used only in test methods',
    doc: `Apex Developer Guide, "Using the runAs Method" ${GUIDE}/apex_testing_tools_runas.htm`
  },
  'connectapi-seealldata': {
    says: 'most ConnectApi methods fail in a test without @IsTest(SeeAllData=true) (the setTest… methods excepted); put ConnectApi behind a seam and give the test a fake',
    doc: `Apex Developer Guide, "Testing ConnectApi Code" ${GUIDE}/connectAPI_TestingApex.htm`
  }
};

function standardObjects(root) {
  const file = join(root, 'config', 'standard-objects.json');
  if (!existsSync(file)) return new Set();
  return new Set(
    Object.keys(JSON.parse(readFileSync(file, 'utf8')).objects ?? {}).map((name) =>
      name.toLowerCase()
    )
  );
}

const where = (site) => `${site.in} (${site.file}:${site.line})`;

function describe(testLabel, violation) {
  const rule = RULES[violation.rule];
  const via = violation.path.length
    ? ` via ${violation.path.map((frame) => frame.label).join(' → ')}`
    : '';
  const cause = violation.cause
    ? ` after ${violation.cause.what} in ${where(violation.cause)}`
    : '';
  return `[${violation.rule}] ${testLabel}: ${violation.detail} in ${where(violation.site)}${via}${cause}: ${rule.says}. ${rule.doc}`;
}

export function checkTestContext(files, root) {
  const model = new ApexModel(files);
  const analysis = new TestContextAnalysis(model, { standardObjects: standardObjects(root) });
  const problems = [];
  const seen = new Set();
  let tests = 0;
  for (const cls of model.classes.values()) {
    if (!cls.isTest) continue;
    for (const method of cls.methods) {
      if (!method.isTestMethod || !method.body) continue;
      tests++;
      const label = `${cls.name}.${method.name}`;
      for (const violation of analysis.runTest(method)) {
        const at = violation.path[0] ?? violation.site;
        const key = `${violation.rule}|${at.file}|${at.line}|${violation.site.file}:${violation.site.line}`;
        if (seen.has(key)) continue;
        seen.add(key);
        problems.push({ file: at.file, line: at.line, message: describe(label, violation) });
      }
    }
  }
  for (const site of runAsOutsideTests(model)) {
    const rule = RULES['runas-outside-test'];
    problems.push({
      file: site.file,
      line: site.line,
      message: `[runas-outside-test] ${site.label}: System.runAs in a class that is not a test class: ${rule.says}. ${rule.doc}`
    });
  }
  for (const file of files) {
    problems.push(...catchAnyProblems(file), ...scheduledJobNameProblems(file));
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { problems, tests };
}

export const apexTestContext = {
  name: 'apex-test-context',
  description:
    'Apex tests that compile but fail in an org (callouts after DML, Limits after stopTest …) or pass for any exception',
  async run(root) {
    const apex = await readApex(root);
    const { problems, tests } = checkTestContext(apex.files, root);
    return {
      problems: [...apex.problems, ...problems],
      summary: `${tests} test methods followed through the project's classes`
    };
  }
};
