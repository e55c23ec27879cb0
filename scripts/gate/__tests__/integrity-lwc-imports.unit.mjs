/*
 * The integrity checker's component import and callout rules (scripts/gate/integrity/lwc-imports.mjs)
 * and the checker that runs every integrity rule (scripts/gate/checkers/integrity.mjs), in process
 * on a mini project: each @salesforce import that names nothing is reported on its line, near
 * misses pass, types/apex.d.ts must match the Apex, and callout:Name names a Named Credential.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { integrity } from '../checkers/integrity.mjs';
import { apexTypesFileText } from '../integrity/apex-types.mjs';
import { checkCallouts, checkLwcImports } from '../integrity/lwc-imports.mjs';
import { Schema } from '../integrity/schema.mjs';
import { fieldXml, lineIn, miniProject, xml } from './integrity-mini-project.mjs';

const LWC = 'force-app/main/alpha/lwc';
const OBJECTS = 'force-app/main/alpha/objects';
const TYPES_FILE = 'types/apex.d.ts';
const STALE_TYPES =
  'does not match the @AuraEnabled Apex (parameters or DTOs changed): run npm run types:apex';

const method = (name, isStatic, annotations) => ({
  name,
  isStatic,
  annotations,
  params: [],
  returnType: 'String',
  cacheable: false
});
const apex = {
  classes: new Map([
    [
      'doer',
      {
        name: 'Doer',
        methods: [
          method('run', true, ['auraenabled']),
          method('instance', false, ['auraenabled']),
          method('hidden', true, ['testvisible'])
        ]
      }
    ]
  ]),
  files: [
    {
      rel: 'force-app/main/alpha/classes/Caller.cls',
      source: [
        'public class Caller {',
        "  String a = 'callout:GitLab/api';",
        '  String b = "callout:gitlab";',
        "  String c = 'callout:Nowhere/x';",
        "  String d = 'no callout:Elsewhere';",
        "  String e = 'callout:Other-Name';",
        '}'
      ].join('\n')
    }
  ]
};
const index = {
  labels: new Set(['my_label']),
  customPermissions: new Set(['can_do']),
  namedCredentials: new Set(['gitlab'])
};

const SOURCE = [
  "import { LightningElement } from 'lwc';",
  "import run from '@salesforce/apex/Doer.run';",
  "import { refreshApex } from '@salesforce/apex';",
  "import upper from '@salesforce/apex/DOER.RUN';",
  "import missing from '@salesforce/apex/Missing.run';",
  "import gone from '@salesforce/apex/Doer.gone';",
  "import instance from '@salesforce/apex/Doer.instance';",
  "import hidden from '@salesforce/apex/Doer.hidden';",
  'import THING from "@salesforce/schema/Thing__c";',
  "import COUNT from '@salesforce/schema/Thing__c.Count__c';",
  "import NAME from '@salesforce/schema/Thing__c.Account__r.Name';",
  "import NOPE from '@salesforce/schema/Nope__c.X__c';",
  "import GONE from '@salesforce/schema/Thing__c.Gone__c';",
  "import label from '@salesforce/label/c.My_Label';",
  "import upperLabel from '@salesforce/label/c.MY_LABEL';",
  "import lost from '@salesforce/label/c.Lost_Label';",
  "import can from '@salesforce/customPermission/Can_Do';",
  "import cannot from '@salesforce/customPermission/Cannot_Do';",
  "import userId from '@salesforce/user/Id';",
  "import type { Dto } from '@salesforce/apex/Missing.typed';",
  "import * as all from '@salesforce/apex/Missing.star';",
  "import {\n  a,\n  b\n} from '@salesforce/label/c.Lost_Multi';",
  "const later = import('@salesforce/apex/Missing.dynamic');",
  "import whole from '@salesforce/apex/Doer';",
  "import   type   {  Spaced  }   from   '@salesforce/apex/Missing.spaced';",
  "import plainLabel from '@salesforce/label/Abc.Gone';",
  "import cxLabel from '@salesforce/label/cxLabel';"
].join('\n');

describe('integrity: component imports', () => {
  let project;
  let schema;
  before(async () => {
    project = miniProject({
      [`${OBJECTS}/Thing__c/fields/Count__c.field-meta.xml`]: fieldXml('Count__c', 'Number'),
      [`${OBJECTS}/Thing__c/fields/Account__c.field-meta.xml`]: fieldXml(
        'Account__c',
        'Lookup',
        '<referenceTo>Account</referenceTo>'
      ),
      [`${LWC}/card/card.ts`]: SOURCE,
      [`${LWC}/card/card.js`]: "import x from '@salesforce/apex/Missing.js';",
      [`${LWC}/card/card.html`]:
        "<template>import x from '@salesforce/apex/Missing.html';</template>",
      [`${LWC}/card/__tests__/card.test.ts`]: "import x from '@salesforce/apex/Missing.test';",
      [`${LWC}/other/other.ts`]: "import run from '@salesforce/apex/Missing.other';\n"
    });
    project.write(TYPES_FILE, await apexTypesFileText(project.dir, apex.classes));
    schema = new Schema(project.dir);
  });
  after(() => project?.dispose());

  test('each import that names nothing, on its line; the rest pass', async () => {
    const { problems, count } = await checkLwcImports({ schema, apex, index }, project.dir);
    const line = (snippet) => lineIn(SOURCE, snippet);
    const card = `${LWC}/card/card.ts`;
    assert.deepEqual(problems, [
      {
        file: card,
        line: line('Missing.run'),
        message: '@salesforce/apex/Missing.run: no Apex class Missing'
      },
      {
        file: card,
        line: line('Doer.gone'),
        message: '@salesforce/apex/Doer.gone: Doer has no method gone'
      },
      {
        file: card,
        line: line('Doer.instance'),
        message: '@salesforce/apex/Doer.instance: Doer.instance is not a static @AuraEnabled method'
      },
      {
        file: card,
        line: line('Doer.hidden'),
        message: '@salesforce/apex/Doer.hidden: Doer.hidden is not a static @AuraEnabled method'
      },
      {
        file: card,
        line: line('Nope__c'),
        message: '@salesforce/schema/Nope__c.X__c: object Nope__c does not exist in the project'
      },
      {
        file: card,
        line: line('Gone__c'),
        message: '@salesforce/schema/Thing__c.Gone__c: Thing__c has no field Gone__c'
      },
      {
        file: card,
        line: line('Lost_Label'),
        message: '@salesforce/label/c.Lost_Label: no custom label Lost_Label'
      },
      {
        file: card,
        line: line('Cannot_Do'),
        message: '@salesforce/customPermission/Cannot_Do: no custom permission Cannot_Do'
      },
      {
        file: card,
        line: line('Missing.typed'),
        message: '@salesforce/apex/Missing.typed: no Apex class Missing'
      },
      {
        file: card,
        line: line('Missing.star'),
        message: '@salesforce/apex/Missing.star: no Apex class Missing'
      },
      {
        file: card,
        line: line('{\n  a,'),
        message: '@salesforce/label/c.Lost_Multi: no custom label Lost_Multi'
      },
      {
        file: card,
        line: line('import whole'),
        message: '@salesforce/apex/Doer: Doer has no method undefined'
      },
      {
        file: card,
        line: line('Missing.spaced'),
        message: '@salesforce/apex/Missing.spaced: no Apex class Missing'
      },
      {
        file: card,
        line: line('Abc.Gone'),
        message: '@salesforce/label/Abc.Gone: no custom label Abc.Gone'
      },
      {
        file: card,
        line: line('cxLabel'),
        message: '@salesforce/label/cxLabel: no custom label cxLabel'
      },
      {
        file: `${LWC}/other/other.ts`,
        line: 1,
        message: '@salesforce/apex/Missing.other: no Apex class Missing'
      }
    ]);
    assert.equal(count, 26); // 25 in card.ts (not the dynamic import), 1 in other.ts
  });

  test('types/apex.d.ts stale or missing: reported once', async () => {
    const bare = { schema, apex, index };
    project.write(TYPES_FILE, 'stale\n');
    const stale = await checkLwcImports(bare, project.dir);
    assert.deepEqual(stale.problems.at(-1), { file: TYPES_FILE, line: 0, message: STALE_TYPES });
    assert.equal(stale.problems.filter((p) => p.file === TYPES_FILE).length, 1);
    rmSync(join(project.dir, TYPES_FILE));
    const missing = await checkLwcImports(bare, project.dir);
    assert.deepEqual(missing.problems.at(-1), { file: TYPES_FILE, line: 0, message: STALE_TYPES });
    project.write(TYPES_FILE, await apexTypesFileText(project.dir, apex.classes));
  });
});

test('callouts: each callout:Name that names no Named Credential, on its line', () => {
  assert.deepEqual(checkCallouts(apex, index), {
    problems: [
      {
        file: 'force-app/main/alpha/classes/Caller.cls',
        line: 4,
        message: 'callout:Nowhere names no Named Credential in the project'
      },
      {
        file: 'force-app/main/alpha/classes/Caller.cls',
        line: 6,
        message: 'callout:Other-Name names no Named Credential in the project'
      }
    ]
  });
  assert.deepEqual(checkCallouts({ files: [] }, index), { problems: [] });
});

test('the integrity checker runs every rule and sums up what it read', async () => {
  const project = miniProject({
    [`${OBJECTS}/Thing__c/fields/Count__c.field-meta.xml`]: fieldXml('Count__c', 'Number'),
    'force-app/main/alpha/flows/F.flow-meta.xml': xml(
      'Flow',
      '<start><object>Nope__c</object></start>'
    ),
    [`${LWC}/card/card.ts`]: "import x from '@salesforce/label/c.Gone';\nimport y from 'lwc';\n",
    'force-app/main/alpha/permissionsets/P.permissionset-meta.xml': xml(
      'PermissionSet',
      '<objectPermissions><object>Gone__c</object></objectPermissions>'
    ),
    'force-app/main/alpha/objects/Thing__c/validationRules/V.validationRule-meta.xml': xml(
      'ValidationRule',
      '<errorConditionFormula>Lost__c &gt; 1</errorConditionFormula>'
    )
  });
  try {
    assert.equal(integrity.name, 'integrity');
    assert.equal(
      integrity.description,
      'SOQL, formulas, flows, callouts, LWC imports, access grants, reports and dashboards resolve to metadata'
    );
    const { problems, summary } = await integrity.run(project.dir);
    assert.equal(
      summary,
      '0 queries, 1 formulas, 1 flows, 1 component imports, 0 report types, reports and dashboards'
    );
    const messages = problems.map((p) => `${p.file}: ${p.message}`);
    assert.deepEqual(messages, [
      'force-app/main/alpha/objects/Thing__c/validationRules/V.validationRule-meta.xml: formula on Thing__c: Thing__c has no field Lost__c (Lost__c)',
      'force-app/main/alpha/flows/F.flow-meta.xml: flow start: object Nope__c does not exist in the project',
      `${LWC}/card/card.ts: @salesforce/label/c.Gone: no custom label Gone`,
      `types/apex.d.ts: ${STALE_TYPES}`,
      'force-app/main/alpha/permissionsets/P.permissionset-meta.xml: object Gone__c does not exist in the project',
      'force-app/main/alpha/objects/Thing__c/fields/Count__c.field-meta.xml: Thing__c.Count__c is readable in no permission set: nobody could see it'
    ]);
  } finally {
    project.dispose();
  }
});
