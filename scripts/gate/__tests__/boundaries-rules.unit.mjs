/*
 * The boundaries rule in-process, on tiny projects written to a temp folder: each kind of reference
 * (Apex, TypeScript import, template tag, @salesforce/apex, flow and flexipage), the seams, the
 * shared capability, comments and strings, and the exact finding a person reads.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { ARCHITECTURE_FILE, CAPABILITIES_FILE, checkBoundaries } from '../checkers/boundaries.mjs';
import { boundaries } from '../checkers/boundaries.mjs';

const MAIN = 'force-app/main';

const CAPABILITIES = {
  shared: 'core',
  capabilities: {
    core: { seams: [] },
    alpha: { seams: ['AlphaSeam', 'c/alphaCard'] },
    beta: {}
  }
};

const SEAMS_TABLE = '| `AlphaSeam` | alpha |\n| `c/alphaCard` | alpha |\n';

/** The units every project below has: core, alpha and beta classes and components. */
const UNITS = {
  [`${MAIN}/core/classes/CoreUtil.cls`]: 'public class CoreUtil {}\n',
  [`${MAIN}/alpha/classes/AlphaSeam.cls`]: 'public class AlphaSeam {}\n',
  [`${MAIN}/alpha/classes/AlphaInner.cls`]: 'public class AlphaInner {}\n',
  [`${MAIN}/alpha/triggers/AlphaTrigger.trigger`]:
    'trigger AlphaTrigger on Account (before insert) {}\n',
  [`${MAIN}/alpha/lwc/alphaCard/alphaCard.js-meta.xml`]: '<x/>',
  [`${MAIN}/alpha/lwc/alphaList/alphaList.js-meta.xml`]: '<x/>',
  [`${MAIN}/beta/classes/BetaThing.cls`]: 'public class BetaThing {}\n'
};

function project(t, files, { capabilities = CAPABILITIES, architecture = SEAMS_TABLE } = {}) {
  // A folder name with ".trigger" in it: only a file's own name says how it is read.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'boundaries.trigger-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const all = {
    'sfdx-project.json': JSON.stringify({ packageDirectories: [{ path: 'force-app' }] }),
    ...UNITS,
    ...files
  };
  if (capabilities !== null) all[CAPABILITIES_FILE] = JSON.stringify(capabilities);
  if (architecture !== null) all[ARCHITECTURE_FILE] = architecture;
  for (const [file, text] of Object.entries(all)) {
    if (text === null) continue;
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const crossing = (file, line, from, name, of) => ({
  file,
  line,
  message: `${from} names ${name} of ${of}, which is not one of its seams (config/capabilities.json)`
});

test('the checker names itself and reports what checkBoundaries finds', (t) => {
  assert.equal(boundaries.name, 'boundaries');
  assert.equal(
    boundaries.description,
    'a capability names another only through its declared seams'
  );
  const dir = project(t, {});
  assert.deepEqual(boundaries.run(dir), { problems: [] });
  const file = `${MAIN}/beta/classes/BetaUse.cls`;
  const crossed = project(t, { [file]: 'class BetaUse { AlphaInner a; }' });
  assert.deepEqual(boundaries.run(crossed), {
    problems: [crossing(file, 1, 'beta', 'AlphaInner', 'alpha')]
  });
});

test('without config/capabilities.json the only finding says so', (t) => {
  const dir = project(t, {}, { capabilities: null });
  assert.deepEqual(checkBoundaries(dir), [
    { file: 'config/capabilities.json', line: 0, message: 'missing: the capabilities and seams' }
  ]);
});

test('a capability folder not declared is reported once, and its files are not read', (t) => {
  const dir = project(t, {
    [`${MAIN}/gamma/classes/GammaUse.cls`]: 'class GammaUse { AlphaInner a; }'
  });
  assert.deepEqual(checkBoundaries(dir), [
    {
      file: `${MAIN}/gamma`,
      line: 0,
      message: 'capability folder "gamma" is not declared in config/capabilities.json'
    }
  ]);
});

test('a configuration without capabilities declares none', (t) => {
  const dir = project(t, {}, { capabilities: { shared: 'core' }, architecture: '' });
  assert.deepEqual(
    checkBoundaries(dir).map((problem) => problem.message),
    ['alpha', 'beta', 'core'].map(
      (name) => `capability folder "${name}" is not declared in config/capabilities.json`
    )
  );
});

test('a seam must be described in the architecture document and live in its capability', (t) => {
  const capabilities = {
    shared: 'core',
    capabilities: {
      core: {},
      alpha: { seams: ['AlphaSeam', 'BetaThing', 'Nowhere'] },
      beta: {}
    }
  };
  const architecture = '`AlphaSeam` `BetaThing` `Nowhere`; AlphaInner without quotes';
  assert.deepEqual(checkBoundaries(project(t, {}, { capabilities, architecture })), [
    {
      file: 'config/capabilities.json',
      line: 0,
      message: 'seam BetaThing of alpha is not a class or component of alpha (it is in beta)'
    },
    {
      file: 'config/capabilities.json',
      line: 0,
      message: 'seam Nowhere of alpha is not a class or component of alpha'
    }
  ]);
  const undescribed = checkBoundaries(
    project(t, {}, { capabilities: CAPABILITIES, architecture: 'AlphaSeam `c/alphaCard`' })
  );
  assert.deepEqual(undescribed, [
    {
      file: 'docs/ARCHITECTURE.md',
      line: 0,
      message:
        'seam AlphaSeam of alpha (config/capabilities.json) is not described in the seams table'
    }
  ]);
  const noDocument = checkBoundaries(project(t, {}, { architecture: null }));
  assert.deepEqual(
    noDocument.map((problem) => [problem.file, problem.message.split(' (')[0]]),
    [
      ['docs/ARCHITECTURE.md', 'seam AlphaSeam of alpha'],
      ['docs/ARCHITECTURE.md', 'seam c/alphaCard of alpha']
    ]
  );
});

test('a trigger and a component are units that can be seams; a nested meta file is not', (t) => {
  const capabilities = {
    shared: 'core',
    capabilities: {
      core: {},
      alpha: {
        seams: [
          'AlphaTrigger',
          'c/alphaList',
          'c/deep',
          'c/loose',
          'c/alphaHtml',
          'c/ghost',
          'c/res'
        ]
      },
      beta: {}
    }
  };
  const dir = project(
    t,
    {
      [`${MAIN}/alpha/lwc/alphaList/deep/deep.js-meta.xml`]: '<x/>',
      [`${MAIN}/alpha/lwc/loose.js-meta.xml`]: '<x/>',
      [`${MAIN}/alpha/lwc/alphaHtml/alphaHtml.html`]: '<template></template>',
      [`${MAIN}/alpha/lwc/ghost/sub/sub.js-meta.xml`]: '<x/>',
      [`${MAIN}/alpha/staticresources/res/res.js-meta.xml`]: '<x/>'
    },
    {
      capabilities,
      architecture:
        '`AlphaTrigger` `c/alphaList` `c/deep` `c/loose` `c/alphaHtml` `c/ghost` `c/res`'
    }
  );
  assert.deepEqual(
    checkBoundaries(dir).map((problem) => problem.message),
    [
      'seam c/deep of alpha is not a class or component of alpha',
      'seam c/loose of alpha is not a class or component of alpha',
      'seam c/alphaHtml of alpha is not a class or component of alpha',
      'seam c/ghost of alpha is not a class or component of alpha',
      'seam c/res of alpha is not a class or component of alpha'
    ]
  );
});

test('Apex naming another capability: file, line and rule, once per name', (t) => {
  const file = `${MAIN}/beta/classes/BetaUse.cls`;
  const dir = project(t, {
    [file]: [
      'public class BetaUse {',
      '  /* AlphaInner in a block comment',
      '     spanning lines */ Object a = new/**/AlphaInner();',
      '  // AlphaList AlphaInner in a line comment',
      "  String s = 'AlphaInner \\' AlphaTrigger';",
      '  Object b = AlphaInner.class; Object c = AlphaTrigger.class;',
      '  Object d = AlphaSeam.class; Object e = CoreUtil.class; Object f = BetaThing.class;',
      '  Object g = AlphaInnerX.class; Object h = XAlphaInner.class;',
      '}'
    ].join('\n')
  });
  assert.deepEqual(checkBoundaries(dir), [
    crossing(file, 3, 'beta', 'AlphaInner', 'alpha'),
    crossing(file, 6, 'beta', 'AlphaTrigger', 'alpha')
  ]);
});

test('a name only in a comment or a string is no reference', (t) => {
  const file = `${MAIN}/beta/triggers/BetaTrigger.trigger`;
  const dir = project(t, {
    [file]: [
      'trigger BetaTrigger on Account (before insert) {',
      '  // AlphaInner',
      '  /* AlphaInner */',
      "  String s = 'AlphaInner';",
      "  String q = 'it\\'s AlphaInner';",
      '}'
    ].join('\n')
  });
  assert.deepEqual(checkBoundaries(dir), []);
  const named = project(t, {
    [file]: 'trigger BetaTrigger on Account (before insert) {\n\n AlphaInner.run(); }'
  });
  assert.deepEqual(checkBoundaries(named), [crossing(file, 3, 'beta', 'AlphaInner', 'alpha')]);
});

test('TypeScript: component imports and Apex imports, quoted either way', (t) => {
  const file = `${MAIN}/beta/lwc/betaView/betaView.ts`;
  const dir = project(t, {
    [`${MAIN}/beta/lwc/betaView/betaView.js-meta.xml`]: '<x/>',
    [file]: [
      "import list from 'c/alphaList';",
      'import card from "c/alphaCard";',
      "import run from '@salesforce/apex/AlphaInner.run';",
      "import seam from '@salesforce/apex/AlphaSeam.run';",
      "import unknown from '@salesforce/apex/Unknown.run';",
      "import again from 'c/alphaList';",
      "import own from 'c/betaView';",
      'import bare from c/alphaList;'
    ].join('\n')
  });
  assert.deepEqual(checkBoundaries(dir), [
    crossing(file, 1, 'beta', 'c/alphaList', 'alpha'),
    crossing(file, 3, 'beta', 'AlphaInner', 'alpha')
  ]);
});

test('a template tag names a component by its kebab-case name', (t) => {
  const file = `${MAIN}/beta/lwc/betaView/betaView.html`;
  const dir = project(t, {
    [`${MAIN}/alpha/lwc/alphaBigTable/alphaBigTable.js-meta.xml`]: '<x/>',
    [file]: [
      '<template>',
      '  <c-alpha-card></c-alpha-card>',
      '  <c-alphalist></c-alphalist>',
      '  <c-alpha-big-table></c-alpha-big-table>',
      '  <c-unknown-thing></c-unknown-thing>',
      '</template>'
    ].join('\n')
  });
  assert.deepEqual(checkBoundaries(dir), [crossing(file, 4, 'beta', 'c/alphaBigTable', 'alpha')]);
});

test('flows and flexipages name Apex actions and components, with or without c:', (t) => {
  const flow = `${MAIN}/beta/flows/Beta.flow-meta.xml`;
  const page = `${MAIN}/beta/flexipages/Beta.flexipage-meta.xml`;
  const dir = project(t, {
    [flow]: [
      '<Flow>',
      '  <actionName>AlphaInner</actionName>',
      '  <actionName>AlphaSeam</actionName>',
      '  <extensionName>c:alphaList</extensionName>',
      '</Flow>'
    ].join('\n'),
    [page]: [
      '<FlexiPage>',
      '  <componentName>alphaList</componentName>',
      '  <componentName>force:highlightsPanel</componentName>',
      '  <componentName>c:alphaCard</componentName>',
      '</FlexiPage>'
    ].join('\n')
  });
  assert.deepEqual(checkBoundaries(dir), [
    crossing(page, 2, 'beta', 'c/alphaList', 'alpha'),
    crossing(flow, 2, 'beta', 'AlphaInner', 'alpha'),
    crossing(flow, 4, 'beta', 'c/alphaList', 'alpha')
  ]);
});

test('only sources are read: JavaScript, declarations and other XML are not', (t) => {
  const dir = project(t, {
    [`${MAIN}/beta/lwc/betaView/betaView.js`]: "import list from 'c/alphaList';",
    [`${MAIN}/beta/lwc/betaView/betaView.d.ts`]: "import list from 'c/alphaList';",
    [`${MAIN}/beta/lwc/betaView/betaView.js-meta.xml`]: '<actionName>AlphaInner</actionName>',
    [`${MAIN}/beta/objects/X.object-meta.xml`]: '<actionName>AlphaInner</actionName>',
    [`${MAIN}/beta/classes/Note.txt`]: 'AlphaInner'
  });
  assert.deepEqual(checkBoundaries(dir), []);
});

test('the shared capability may name none of the others, not even a seam', (t) => {
  const file = `${MAIN}/core/classes/CoreUse.cls`;
  const dir = project(t, {
    [file]: 'class CoreUse {\n  Object a = AlphaSeam.class;\n  Object b = BetaThing.class;\n}'
  });
  const message = (name, of) =>
    `the shared capability "core" names ${name} of ${of}: shared code uses no capability`;
  assert.deepEqual(checkBoundaries(dir), [
    { file, line: 2, message: message('AlphaSeam', 'alpha') },
    { file, line: 3, message: message('BetaThing', 'beta') }
  ]);
});

test('every capability may name the shared one and the seams of another', (t) => {
  const dir = project(t, {
    [`${MAIN}/beta/classes/BetaUse.cls`]:
      'class BetaUse { Object a = AlphaSeam.class; Object b = CoreUtil.class; }',
    [`${MAIN}/beta/lwc/betaView/betaView.html`]:
      '<template><c-alpha-card></c-alpha-card></template>'
  });
  assert.deepEqual(checkBoundaries(dir), []);
});
