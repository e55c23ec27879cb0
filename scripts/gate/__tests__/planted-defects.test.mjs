/*
 * The gate's own tests: a checker that passes everything is the defect they catch.
 * Each test copies the project, plants a defect, and asserts that the checker meant to catch it
 * fails and names the planted file (and the rule, where the tool has one).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { toolRoot } from '../../lib/project.mjs';
import { CHECKER_NAMES } from '../check.mjs';
import {
  apexClass,
  assertCaught,
  batchedGate,
  copyProject,
  fixture,
  plant
} from './project-copy.mjs';

const CLASSES = 'force-app/main/nomination/classes';
const SLOW_CHECKERS = ['typescript', 'eslint', 'prettier', 'apex-semantic', 'pmd', 'convert'];
const LWC = 'force-app/main/nomination/lwc';
const FLOWS = 'force-app/main/nomination/flows';
const OBJECTS = 'force-app/main/nomination/objects';

function component(name, ts, html = '<template><p>{label}</p></template>\n') {
  return {
    [`${LWC}/${name}/${name}.ts`]: ts,
    [`${LWC}/${name}/${name}.html`]: html,
    [`${LWC}/${name}/${name}.js-meta.xml`]: `<?xml version="1.0" encoding="UTF-8" ?>
<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">
  <apiVersion>64.0</apiVersion>
  <isExposed>false</isExposed>
</LightningComponentBundle>
`
  };
}

const CLEAN_COMPONENT_TS = `import { LightningElement, api } from 'lwc';

export default class PlantedThing extends LightningElement {
  @api label = 'planted';
}
`;

function mapComponentInTsconfig(copy, name) {
  copy.edit('tsconfig.json', (text) => {
    const config = JSON.parse(text);
    config.compilerOptions.paths[`c/${name}`] = [`${LWC}/${name}/${name}`];
    return `${JSON.stringify(config, null, 2)}\n`;
  });
}

// The preview backend's stand-in of GitLabIssueStatus.cls: its `attempts` is the DTO's Integer.
const BACKEND_STATUS = 'scripts/preview/runtime/backend/gitlab-issue/gitlab-issue.ts';
const ATTEMPTS = 'attempts: nomination.GitLab_Sync_Attempts__c ?? 0,';
// The board's stand-ins by Apex method name (checked against Apex.Methods of types/apex.d.ts).
const BACKEND_BOARD = 'scripts/preview/runtime/backend/review-board/board.ts';
const COUNTS_STAND_IN = "'ReferenceResponseBoardController.getCounts': getCounts,";
// The registry of every stand-in (backend/index.ts): typed to hold one per Apex.Methods key.
const BACKEND_REGISTRY = 'scripts/preview/runtime/backend/index.ts';
const REGISTRY = 'export const methods: Registry = {';
const ATTRIBUTION_STAND_INS = '  ...attributionMethods\n';
const lineOf = (file, text) =>
  readFileSync(join(toolRoot, file), 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(text)) + 1;

function flowWith(change) {
  return { [`${FLOWS}/Planted_Base.flow-meta.xml`]: change(fixture('Planted_Base.flow-meta.xml')) };
}

/** One planted defect per row: what to plant, which checker must catch it, what it must say. */
const PLANTED = [
  {
    defect: 'a TypeScript type error',
    checker: 'typescript',
    plant: (copy) => {
      for (const [path, content] of Object.entries(
        component(
          'plantedThing',
          CLEAN_COMPONENT_TS.replace("@api label = 'planted';", '@api label: number = "planted";')
        )
      ))
        copy.write(path, content);
      mapComponentInTsconfig(copy, 'plantedThing');
    },
    names: [`${LWC}/plantedThing/plantedThing.ts`, 'TS2322']
  },
  {
    defect: 'a preview backend stand-in returning what the Apex DTO does not allow',
    checker: 'typescript',
    plant: (copy) =>
      copy.edit(BACKEND_STATUS, (text) => {
        assert.ok(text.includes(ATTEMPTS), `${BACKEND_STATUS} no longer has ${ATTEMPTS}`);
        return text.replace(ATTEMPTS, 'attempts: String(nomination.GitLab_Sync_Attempts__c ?? 0),');
      }),
    names: [BACKEND_STATUS, `${BACKEND_STATUS}:${lineOf(BACKEND_STATUS, ATTEMPTS)}`, 'TS2322']
  },
  {
    defect: "a preview backend stand-in answering under another Apex method's name",
    checker: 'typescript',
    plant: (copy) =>
      copy.edit(BACKEND_BOARD, (text) => {
        assert.ok(
          text.includes(COUNTS_STAND_IN),
          `${BACKEND_BOARD} no longer has ${COUNTS_STAND_IN}`
        );
        return text.replace(COUNTS_STAND_IN, COUNTS_STAND_IN.replace(': getCounts', ': getBoard'));
      }),
    names: [BACKEND_BOARD, `${BACKEND_BOARD}:${lineOf(BACKEND_BOARD, COUNTS_STAND_IN)}`, 'TS2322']
  },
  {
    // The registry (not the capability's map) is what knows every method: the defect is planted
    // there, so it shares a tsc run with the rows above instead of costing one of its own.
    defect:
      'an @AuraEnabled method with no preview stand-in (its capability left out of the registry)',
    checker: 'typescript',
    plant: (copy) =>
      copy.edit(BACKEND_REGISTRY, (text) => {
        assert.ok(
          text.includes(ATTRIBUTION_STAND_INS),
          `${BACKEND_REGISTRY} no longer has ${ATTRIBUTION_STAND_INS}`
        );
        return text.replace(ATTRIBUTION_STAND_INS, '\n');
      }),
    names: [
      BACKEND_REGISTRY,
      `${BACKEND_REGISTRY}:${lineOf(BACKEND_REGISTRY, REGISTRY)}`,
      'TS2322',
      "Property ''ReferenceAttributionController.getChart'' is missing"
    ]
  },
  {
    defect: 'a component bundle missing from the tsconfig paths',
    checker: 'typescript',
    files: component('plantedThing', CLEAN_COMPONENT_TS),
    names: ['tsconfig.json', 'c/plantedThing']
  },
  {
    defect: 'innerHTML in a component',
    checker: 'eslint',
    files: component(
      'plantedThing',
      CLEAN_COMPONENT_TS.replace(
        "@api label = 'planted';",
        "@api label = 'planted';\n\n  renderedCallback(): void {\n    const box = this.template.querySelector('div');\n    if (box) box.innerHTML = this.label;\n  }"
      )
    ),
    names: [`${LWC}/plantedThing/plantedThing.ts`, '@lwc/lwc/no-inner-html']
  },
  {
    defect: 'a Jest test mocking a label instead of asserting its real text',
    checker: 'eslint',
    files: {
      [`${LWC}/plantedTest/__tests__/plantedTest.test.ts`]:
        "jest.mock('@salesforce/label/c.Board_Loading', () => ({ default: 'Loading' }), {\n  virtual: true\n});\n\nit('reads a label', () => {\n  expect(1).toBe(1);\n});\n"
    },
    names: [`${LWC}/plantedTest/__tests__/plantedTest.test.ts`, 'no-restricted-syntax']
  },
  {
    defect: 'an unformatted Apex class',
    checker: 'prettier',
    files: apexClass(
      'PlantedUnformatted',
      'public with sharing class PlantedUnformatted {\n    public static Integer answer(  ) {return 42;}\n}\n'
    ),
    names: [`${CLASSES}/PlantedUnformatted.cls`, 'not formatted']
  },
  {
    defect: 'an Apex type error',
    checker: 'apex-semantic',
    files: apexClass(
      'PlantedTypeError',
      "public with sharing class PlantedTypeError {\n    public static Integer answer() {\n        Integer answer = 'forty-two';\n        return answer;\n    }\n}\n"
    ),
    names: [`${CLASSES}/PlantedTypeError.cls`, 'Incompatible types in assignment']
  },
  {
    defect: 'an unknown custom field in Apex',
    checker: 'apex-semantic',
    files: apexClass(
      'PlantedUnknownField',
      "public with sharing class PlantedUnknownField {\n    public static Reference_Nomination__c make() {\n        return new Reference_Nomination__c(\n            GitLab_Sync_Attempts__c = 1,\n            Planted_Missing__c = 'x'\n        );\n    }\n}\n"
    ),
    names: [`${CLASSES}/PlantedUnknownField.cls`, 'Planted_Missing__c'],
    // a field the project defines is resolved from its objects, not reported
    notReported: ['GitLab_Sync_Attempts__c', 'No type declaration']
  },
  {
    defect: 'an Apex class without its -meta.xml',
    checker: 'metadata',
    files: {
      [`${CLASSES}/PlantedNoMeta.cls`]:
        'public with sharing class PlantedNoMeta {\n    public static Integer answer() {\n        return 42;\n    }\n}\n'
    },
    names: [`${CLASSES}/PlantedNoMeta.cls`, 'missing PlantedNoMeta.cls-meta.xml']
  },
  {
    defect: 'malformed metadata XML',
    checker: 'metadata',
    files: {
      [`${OBJECTS}/Planted__c/Planted__c.object-meta.xml`]:
        '<?xml version="1.0" encoding="UTF-8" ?>\n<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">\n    <label>Planted</label>\n</CustomObjec>\n'
    },
    names: [`${OBJECTS}/Planted__c/Planted__c.object-meta.xml`, 'malformed XML']
  },
  {
    defect: 'metadata with the wrong root element',
    checker: 'metadata',
    files: {
      [`${OBJECTS}/Account/fields/Planted__c.field-meta.xml`]:
        '<?xml version="1.0" encoding="UTF-8" ?>\n<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">\n    <label>Planted</label>\n</CustomObject>\n'
    },
    names: [`${OBJECTS}/Account/fields/Planted__c.field-meta.xml`, 'expected <CustomField>']
  },
  {
    defect: 'a dashboard with the wrong root element',
    checker: 'metadata',
    files: {
      'force-app/main/attribution/dashboards/Reference_Program/Planted.dashboard-meta.xml':
        '<?xml version="1.0" encoding="UTF-8" ?>\n<Report xmlns="http://soap.sforce.com/2006/04/metadata">\n    <name>Planted</name>\n</Report>\n'
    },
    names: [
      'force-app/main/attribution/dashboards/Reference_Program/Planted.dashboard-meta.xml',
      'expected <Dashboard>'
    ]
  },
  {
    defect: 'an Apex sharing reason with the wrong root element',
    checker: 'metadata',
    files: {
      [`${OBJECTS}/Reference_Nomination__c/sharingReasons/Planted__c.sharingReason-meta.xml`]:
        '<?xml version="1.0" encoding="UTF-8" ?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n    <fullName>Planted__c</fullName>\n    <label>Planted</label>\n</CustomField>\n'
    },
    names: [
      `${OBJECTS}/Reference_Nomination__c/sharingReasons/Planted__c.sharingReason-meta.xml`,
      'expected <SharingReason>'
    ]
  },
  {
    defect: 'a custom field that stores a token',
    checker: 'pmd',
    files: {
      [`${OBJECTS}/Account/fields/GitLab_Token__c.field-meta.xml`]:
        '<?xml version="1.0" encoding="UTF-8" ?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n    <fullName>GitLab_Token__c</fullName>\n    <label>GitLab Token</label>\n    <length>255</length>\n    <type>Text</type>\n</CustomField>\n'
    },
    names: [`${OBJECTS}/Account/fields/GitLab_Token__c.field-meta.xml`, 'NoSecretsInCustomFields']
  },
  {
    defect: 'SOQL inside a loop',
    checker: 'pmd',
    files: apexClass(
      'PlantedSoqlInLoop',
      'public with sharing class PlantedSoqlInLoop {\n    public static Integer count(List<Id> accountIds) {\n        Integer total = 0;\n        for (Id accountId : accountIds) {\n            total += [SELECT COUNT() FROM Contact WHERE AccountId = :accountId WITH USER_MODE];\n        }\n        return total;\n    }\n}\n'
    ),
    names: [`${CLASSES}/PlantedSoqlInLoop.cls`, 'OperationWithLimitsInLoop']
  },
  {
    defect: 'dynamic SOQL built from a parameter',
    checker: 'pmd',
    files: apexClass(
      'PlantedSoqlInjection',
      "public with sharing class PlantedSoqlInjection {\n    public static List<Account> find(String name) {\n        return Database.query('SELECT Id FROM Account WHERE Name = \\'' + name + '\\' WITH USER_MODE');\n    }\n}\n"
    ),
    names: [`${CLASSES}/PlantedSoqlInjection.cls`, 'ApexSOQLInjection']
  },
  {
    defect: 'a class with DML and no sharing keyword',
    checker: 'pmd',
    files: apexClass(
      'PlantedNoSharing',
      'public class PlantedNoSharing {\n    public static void save(List<Account> accounts) {\n        Database.insert(accounts, AccessLevel.USER_MODE);\n    }\n}\n'
    ),
    names: [`${CLASSES}/PlantedNoSharing.cls`, 'ApexSharingViolations']
  },
  {
    defect: 'a class with no sharing keyword and no DML',
    checker: 'pmd',
    files: apexClass(
      'PlantedNoSharingDeclared',
      'public class PlantedNoSharingDeclared {\n    public static Integer answer() {\n        return 42;\n    }\n}\n'
    ),
    names: [`${CLASSES}/PlantedNoSharingDeclared.cls`, 'DeclareSharingOnEveryClass']
  },
  {
    defect: "'without sharing' with no written justification",
    checker: 'pmd',
    files: apexClass(
      'PlantedWithoutSharing',
      '/**\n * @description Counts accounts.\n */\npublic without sharing class PlantedWithoutSharing {\n    public static Integer answer() {\n        return 42;\n    }\n}\n'
    ),
    names: [`${CLASSES}/PlantedWithoutSharing.cls`, 'JustifyWithoutSharing']
  },
  {
    defect: 'a hard-coded token header',
    checker: 'pmd',
    files: apexClass(
      'PlantedTokenHeader',
      "public with sharing class PlantedTokenHeader {\n    public static HttpRequest request() {\n        HttpRequest request = new HttpRequest();\n        request.setEndpoint('callout:GitLab/api/v4/projects');\n        request.setHeader('PRIVATE-TOKEN', 'glpat-plantedplantedplanted');\n        return request;\n    }\n}\n"
    ),
    names: [`${CLASSES}/PlantedTokenHeader.cls`, 'AuthHeaderFromNamedCredential']
  },
  {
    defect: 'an Apex test with no assert',
    checker: 'pmd',
    files: apexClass(
      'PlantedNoAssertTest',
      "@IsTest\nprivate class PlantedNoAssertTest {\n    @IsTest\n    static void runsWithoutChecking() {\n        System.debug(LoggingLevel.FINE, 'nothing asserted');\n    }\n}\n"
    ),
    names: [`${CLASSES}/PlantedNoAssertTest.cls`, 'ApexUnitTestClassShouldHaveAsserts']
  },
  {
    defect: 'a flow with a hard-coded Id',
    checker: 'flows',
    files: flowWith((xml) =>
      xml
        .replace(
          '<elementReference>recordId</elementReference>',
          '<stringValue>001000000000001AAA</stringValue>'
        )
        .replace('<isInput>true</isInput>', '<isInput>true</isInput>')
    ),
    names: [`${FLOWS}/Planted_Base.flow-meta.xml`, 'HardcodedId']
  },
  {
    defect: 'a flow data element without a fault path',
    checker: 'flows',
    files: flowWith((xml) => xml.replace(/\s*<faultConnector>[\s\S]*?<\/faultConnector>/, '')),
    names: [`${FLOWS}/Planted_Base.flow-meta.xml`, 'MissingFaultPath']
  },
  {
    defect: 'a flow running in system mode without sharing',
    checker: 'flows',
    files: flowWith((xml) =>
      xml.replace(
        '<runInMode>DefaultMode</runInMode>',
        '<runInMode>SystemModeWithoutSharing</runInMode>'
      )
    ),
    names: [`${FLOWS}/Planted_Base.flow-meta.xml`, 'UnsafeRunningContext']
  },
  {
    defect: 'a template the LWC compiler rejects',
    checker: 'lwc-build',
    files: component(
      'plantedThing',
      CLEAN_COMPONENT_TS,
      '<template><p>{label.toUpperCase()}</p></template>\n'
    ),
    names: [`${LWC}/plantedThing/plantedThing.html`, 'LWC compiler']
  },
  {
    // A CSS module (name.css and its -meta.xml only) is a bundle without .ts that the build accepts
    // (the clean copy holds c/accountPanelTable); its CSS still goes through the LWC compiler.
    defect: 'a CSS module whose stylesheet the LWC compiler rejects',
    checker: 'lwc-build',
    files: {
      [`${LWC}/plantedStyles/plantedStyles.css`]: ':root {\n  color: red;\n}\n',
      [`${LWC}/plantedStyles/plantedStyles.js-meta.xml`]: component('plantedStyles', '')[
        `${LWC}/plantedStyles/plantedStyles.js-meta.xml`
      ]
    },
    names: [`${LWC}/plantedStyles/plantedStyles.css`, 'LWC compiler']
  },
  {
    defect: 'component logic written in JavaScript instead of TypeScript',
    checker: 'lwc-build',
    files: {
      ...component('plantedThing', CLEAN_COMPONENT_TS),
      [`${LWC}/plantedThing/helper.js`]: 'export const answer = 42;\n'
    },
    names: [`${LWC}/plantedThing/helper.js`, 'TypeScript']
  },
  {
    defect: 'a metadata folder the Metadata API does not know',
    checker: 'convert',
    files: {
      'force-app/main/nomination/plantedFolder/Thing.planted-meta.xml':
        '<?xml version="1.0" encoding="UTF-8" ?>\n<Thing xmlns="http://soap.sforce.com/2006/04/metadata" />\n'
    },
    names: [
      'force-app/main/nomination/plantedFolder/Thing.planted-meta.xml',
      'Could not infer a metadata type'
    ]
  }
];

/**
 * The defect the whole-gate run plants: one the first checker catches (a class without its
 * -meta.xml), so the run costs one checker. It used to be the type error, which made that run
 * repeat every checker before typescript on a full copy, as the clean-copy test does.
 */
const WHOLE_GATE_ROW = PLANTED.find((row) => row.checker === CHECKER_NAMES[0]);

describe('the gate passes the project as it is', () => {
  test('every checker passes a clean copy with the base flow of the flow plants, so each failure below is the planted defect', () => {
    const copy = copyProject();
    try {
      for (const [path, content] of Object.entries(flowWith((xml) => xml)))
        copy.write(path, content);
      // Under npm test the gate phase has just passed on this very tree (run-all sets
      // GATE_PASSED_ON): the copy then skips the six slow checkers (a JVM, tsc, eslint, prettier,
      // the CLI; about 90 s), whose planted defects below are each asserted by file and rule, so a
      // failure the copy itself caused would not pass for theirs. Run alone, every checker runs.
      const provenOnTree = process.env.GATE_PASSED_ON === toolRoot;
      const checkers = provenOnTree
        ? CHECKER_NAMES.filter((name) => !SLOW_CHECKERS.includes(name))
        : CHECKER_NAMES;
      const { status, output } = copy.gate(checkers.join(','));
      assert.equal(status, 0, output);
      assert.match(output, new RegExp(`check: all ${checkers.length} checker\\(s\\) passed`));
    } finally {
      copy.dispose();
    }
  });
});

/*
 * What a checker that works file by file reads besides the files it checks. Its planted defects
 * run on a copy of only these and the planted files: the checker still runs as the gate runs it
 * (over `.` or the package directories, with the project's own config and ignore files), while the
 * rest of the tree, proven clean by the test above (or, under npm test, by the gate phase on this
 * very tree), is not checked again in each run (prettier over the whole copy cost ~34 CPU s).
 */
/** force-app/main/<capability>/objects of every capability that has objects. */
function objectFolders() {
  const main = join(toolRoot, 'force-app', 'main');
  return readdirSync(main)
    .map((capability) => `force-app/main/${capability}/objects`)
    .filter((folder) => existsSync(join(toolRoot, folder)));
}

const CHECKER_INPUTS = {
  prettier: ['.prettierrc', '.prettierignore'],
  eslint: ['eslint.config.js', 'package.json'],
  // the objects too: apex-ls resolves the project's fields (a real one must not be reported)
  'apex-semantic': ['sfdx-project.json', '.forceignore', 'unpackaged', ...objectFolders()],
  pmd: ['sfdx-project.json', 'config/pmd', 'unpackaged']
};

// The defects of one checker share a copy and one run where they plant different files (a JVM
// run is ~10 s, any run at least a node start and the project's parse); each defect is still its
// own test, asserting that the run named its file and rule.
describe('each planted defect fails the checker meant to catch it', () => {
  for (const checker of new Set(PLANTED.map((row) => row.checker))) {
    describe(checker, () => {
      const rows = PLANTED.filter((row) => row.checker === checker && row !== WHOLE_GATE_ROW);
      const caught = batchedGate(checker, rows, CHECKER_INPUTS[checker]);
      for (const row of rows) {
        test(`${checker} catches ${row.defect}`, () => assertCaught(caught(row), row));
      }
    });
  }
});

describe('the whole gate stops at the first failing checker', () => {
  // The planted defect's own proof too: one run of the whole gate instead of a second run.
  let run;
  before(() => {
    const copy = copyProject();
    try {
      plant(copy, WHOLE_GATE_ROW);
      run = copy.gate();
    } finally {
      copy.dispose();
    }
  });

  test(`${WHOLE_GATE_ROW.checker} catches ${WHOLE_GATE_ROW.defect}`, () =>
    assertCaught(run, WHOLE_GATE_ROW));

  test('a defect fails npm run check at its checker, and nothing after it runs', () => {
    assert.match(run.output, new RegExp(`check: FAILED at ${WHOLE_GATE_ROW.checker}\\n`));
    const after = CHECKER_NAMES.slice(CHECKER_NAMES.indexOf(WHOLE_GATE_ROW.checker) + 1);
    assert.equal(after.length, CHECKER_NAMES.length - 1, 'every other checker comes after it');
    for (const name of after) assert.doesNotMatch(run.output, new RegExp(`[✓✗] ${name} `));
  });
});

describe("the gate's command line", () => {
  const check = (...args) =>
    spawnSync(process.execPath, [join(toolRoot, 'scripts/gate/check.mjs'), ...args], {
      encoding: 'utf8'
    });

  test('--help prints how to call it and runs no checker', () => {
    const run = check('--help');
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^usage:\n {2}node scripts\/gate\/check\.mjs {17}every checker\n/);
    assert.match(run.stdout, /--only pmd,flows\n/);
    assert.doesNotMatch(run.stdout + run.stderr, /[✓✗] /);
  });

  test('an option it does not know stops it before any checker, naming the option', () => {
    const run = check('--only', 'vocabulary', '--verbose');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^unknown option --verbose\nusage:\n/);
    assert.equal(run.stdout, '');
  });
});
