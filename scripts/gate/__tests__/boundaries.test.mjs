/*
 * The boundaries checker: a capability that names another capability's class or component outside
 * its declared seams fails npm run check with the file, the line and the rule; the project as it is
 * passes; names in comments and strings do not count.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { apexMeta, assertCaught, batchedGate, copyProject } from './project-copy.mjs';

const classIn = (capability, name, body) => ({
  [`force-app/main/${capability}/classes/${name}.cls`]: body,
  [`force-app/main/${capability}/classes/${name}.cls-meta.xml`]: apexMeta('ApexClass')
});

const PLANTED = [
  {
    defect: 'a review-board class naming a nomination class that is no seam',
    checker: 'boundaries',
    files: classIn(
      'review-board',
      'PlantedCrossing',
      'public with sharing class PlantedCrossing {\n  public Integer count() {\n    return new NominationService() == null ? 0 : 1;\n  }\n}\n'
    ),
    names: [
      'force-app/main/review-board/classes/PlantedCrossing.cls:3',
      'review-board names NominationService of nomination'
    ]
  },
  {
    defect: 'the shared capability naming a seam of a capability',
    checker: 'boundaries',
    files: classIn(
      'program',
      'PlantedSharedUse',
      'public with sharing class PlantedSharedUse {\n  public Object run() {\n    return GitLabIssueService.class;\n  }\n}\n'
    ),
    names: [
      'force-app/main/program/classes/PlantedSharedUse.cls:3',
      'shared capability "program" names GitLabIssueService'
    ]
  },
  {
    defect: 'a component importing a component of another capability that is no seam',
    checker: 'boundaries',
    files: {
      'force-app/main/account-panel/lwc/plantedPanel/plantedPanel.ts':
        "import { LightningElement } from 'lwc';\nimport referenceTypePage from 'c/referenceTypePage';\n\nexport default class PlantedPanel extends LightningElement {\n  page = referenceTypePage;\n}\n",
      'force-app/main/account-panel/lwc/plantedPanel/plantedPanel.js-meta.xml':
        '<?xml version="1.0" encoding="UTF-8" ?>\n<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">\n  <apiVersion>64.0</apiVersion>\n  <isExposed>false</isExposed>\n</LightningComponentBundle>\n'
    },
    names: [
      'force-app/main/account-panel/lwc/plantedPanel/plantedPanel.ts:2',
      'c/referenceTypePage of nomination'
    ]
  },
  {
    defect: 'a template using a component of another capability that is no seam',
    checker: 'boundaries',
    plant: (copy) =>
      copy.edit(
        'force-app/main/review-board/lwc/referenceResponseBoard/referenceResponseBoard.html',
        (html) =>
          html.replace(
            '<template>',
            '<template>\n  <c-reference-account-panel></c-reference-account-panel>'
          )
      ),
    names: [
      'force-app/main/review-board/lwc/referenceResponseBoard/referenceResponseBoard.html:2',
      'c/referenceAccountPanel of account-panel'
    ]
  },
  {
    defect: 'a capability folder that is not declared',
    checker: 'boundaries',
    files: classIn('reporting', 'PlantedReport', 'public with sharing class PlantedReport {\n}\n'),
    names: ['force-app/main/reporting', 'capability folder "reporting" is not declared']
  },
  {
    defect: 'a declared seam that is not in its capability',
    checker: 'boundaries',
    plant: (copy) =>
      copy.edit('config/capabilities.json', (json) =>
        json.replace('"GitLabIssueService",', '"GitLabIssueService", "NominationService",')
      ),
    names: [
      'config/capabilities.json',
      'seam NominationService of gitlab-issue',
      '(it is in nomination)'
    ]
  }
];

PLANTED.push({
  defect: 'a declared seam the architecture document does not describe',
  checker: 'boundaries',
  plant: (copy) =>
    copy.edit('docs/ARCHITECTURE.md', (markdown) =>
      markdown.replaceAll('`NominationReferenceTypeSelector`', 'NominationReferenceTypeSelector')
    ),
  names: ['docs/ARCHITECTURE.md', 'seam NominationReferenceTypeSelector of nomination']
});

describe('boundaries: each planted crossing fails the gate', () => {
  const caught = batchedGate('boundaries', PLANTED);
  for (const row of PLANTED) {
    test(`boundaries catches ${row.defect}`, () => assertCaught(caught(row), row));
  }
});

describe('boundaries: what is allowed passes', () => {
  test('declared seams, shared code, comments and strings are no crossing', () => {
    const copy = copyProject();
    try {
      for (const [path, content] of Object.entries(
        classIn(
          'account-panel',
          'PlantedAllowed',
          [
            'public with sharing class PlantedAllowed {',
            '  // NominationService is mentioned in a comment only',
            '  public Object run() {',
            "    String text = 'NominationService';",
            '    return new List<Object>{ GitLabIssueStatus.class, AccountTeam.class, ReferenceProgram.class, text };',
            '  }',
            '}',
            ''
          ].join('\n')
        )
      ))
        copy.write(path, content);
      const { status, output } = copy.gate('boundaries');
      assert.equal(status, 0, output);
    } finally {
      copy.dispose();
    }
  });
});
