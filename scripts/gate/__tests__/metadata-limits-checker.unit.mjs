/*
 * The metadata-limits checker in-process, on small projects written to a temporary folder with a
 * table of small limits of their own: lengths as the platform counts them (entities decoded,
 * newlines and indentation counted), counts of picklist values (inactive ones only where the
 * picklist is restricted), API names without their namespace and suffix, custom label names, and
 * the table itself; a value exactly at its limit passes.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { LIMITS_FILE, metadataLimits } from '../checkers/metadata-limits.mjs';

const NS = 'xmlns="http://soap.sforce.com/2006/04/metadata"';
const SOURCE = { url: 'https://example.com/doc', quote: 'q' };
const TABLE = {
  lengths: [
    { path: 'CustomField/label', max: 5, page: 'P-label', ...SOURCE },
    { path: 'CustomLabels/labels/value', max: 3, page: 'P-value', url: 'https://x', basis: 'b' }
  ],
  counts: [
    { path: 'GlobalValueSet/customValue', max: 2, counted: 'all', page: 'P-gvs', ...SOURCE },
    {
      path: 'CustomField/valueSet/valueSetDefinition/value',
      max: 2,
      counted: 'the active ones',
      page: 'P-values',
      ...SOURCE
    }
  ],
  names: [
    { root: 'CustomField', max: 5, suffixes: ['__c'], page: 'P-field', ...SOURCE },
    { root: 'CustomObject', max: 4, suffixes: ['__c', '__mdt'], page: 'P-object', ...SOURCE },
    { root: 'ValidationRule', max: 4, page: 'P-rule', ...SOURCE },
    { root: 'PermissionSet', max: 3, page: 'P-ps', ...SOURCE },
    { root: 'NamedCredential', max: 3, page: 'P-nc', ...SOURCE },
    { root: 'CustomTab', max: 1, page: 'P-tab', ...SOURCE }
  ],
  namePattern: {
    regex: '^[A-Za-z](?:[A-Za-z0-9]|_(?!_))*(?<!_)$',
    rule: 'THE RULE',
    page: 'P-pattern',
    ...SOURCE
  }
};

const roots = [];
after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** Runs the checker on a project of `files` (path -> XML lines) with `table` (or none). */
function run(files, table = TABLE) {
  const root = mkdtempSync(join(tmpdir(), 'metadata-limits-'));
  roots.push(root);
  const write = (path, text) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('sfdx-project.json', JSON.stringify({ packageDirectories: [{ path: 'force-app' }] }));
  if (table) write(LIMITS_FILE, typeof table === 'string' ? table : JSON.stringify(table));
  for (const [path, lines] of Object.entries(files)) {
    write(`force-app/${path}`, Array.isArray(lines) ? [...lines, ''].join('\n') : lines);
  }
  const result = metadataLimits.run(root);
  return {
    summary: result.summary,
    problems: result.problems.map(
      ({ file, line, message }) => `${file.replace(/^force-app\//, '')}:${line} ${message}`
    )
  };
}

const field = (name, ...lines) => ({
  [`objects/A__c/fields/${name}.field-meta.xml`]: [
    `<CustomField ${NS}>`,
    ...lines,
    '</CustomField>'
  ]
});

describe('metadata-limits: lengths', () => {
  test('a value at its limit passes, one character over fails with the value shown', () => {
    const { problems } = run({
      ...field('Ok__c', '<label>Abcde</label>'),
      ...field('Over__c', '<label>Abcdef</label>')
    });
    assert.deepEqual(problems, [
      'objects/A__c/fields/Over__c.field-meta.xml:2 max-length: <label> of CustomField is 6 characters; the limit is 5 (P-label): "Abcdef"'
    ]);
  });

  test('entities count as the character they stand for', () => {
    assert.deepEqual(run(field('Amp__c', '<label>a&amp;b&lt;c</label>')).problems, []);
    assert.deepEqual(run(field('Amp__c', '<label>a&amp;b&lt;cd</label>')).problems, [
      'objects/A__c/fields/Amp__c.field-meta.xml:2 max-length: <label> of CustomField is 6 characters; the limit is 5 (P-label): "a&b<cd"'
    ]);
  });

  test('newlines and indentation count, and the message says so', () => {
    assert.deepEqual(run(field('Lines__c', '<label>', '  ab', '</label>')).problems, [
      'objects/A__c/fields/Lines__c.field-meta.xml:2 max-length: <label> of CustomField is 6 characters (3 lines: newlines and indentation count); the limit is 5 (P-label): "ab"'
    ]);
    assert.deepEqual(run(field('Two__c', '<label>ab', 'cd</label>')).problems, []);
    assert.deepEqual(run(field('Two__c', '<label>abc', 'cd</label>')).problems, [
      'objects/A__c/fields/Two__c.field-meta.xml:2 max-length: <label> of CustomField is 6 characters (2 lines: newlines and indentation count); the limit is 5 (P-label): "abc\\ncd"'
    ]);
  });

  test('a long value is shown cut at 57 characters; 60 are shown whole', () => {
    const labels = (value) => ({
      'labels/L.labels-meta.xml': [
        `<CustomLabels ${NS}>`,
        `<labels><fullName>L</fullName><value>${value}</value></labels>`,
        '</CustomLabels>'
      ]
    });
    const sixty = 'x'.repeat(59) + 'y';
    assert.deepEqual(run(labels(sixty)).problems, [
      `labels/L.labels-meta.xml:2 max-length: <value> of CustomLabels is 60 characters; the limit is 3 (P-value): "${sixty}"`
    ]);
    const long = 'abcdefghij'.repeat(6) + 'k';
    assert.deepEqual(run(labels(long)).problems, [
      `labels/L.labels-meta.xml:2 max-length: <value> of CustomLabels is 61 characters; the limit is 3 (P-value): "${long.slice(0, 57)}…"`
    ]);
  });

  test('only the path of the table is measured', () => {
    // <label> of a picklist value is no CustomField/label
    assert.deepEqual(
      run(
        field(
          'Vals__c',
          '<valueSet><valueSetDefinition><value><label>Much too long</label></value></valueSetDefinition></valueSet>'
        )
      ).problems,
      []
    );
  });

  test('the summary counts the values measured, the files and the limits', () => {
    const { summary } = run({
      ...field('Ok__c', '<label>a</label>', '<description>d</description>'),
      ...field('Ok2__c', '<label>b</label>'),
      'objects/A__c/A__c.object-meta.xml': [
        `<CustomObject ${NS}>`,
        '<label>c</label>',
        '</CustomObject>'
      ],
      'classes/X.cls': 'class X {}'
    });
    assert.equal(summary, '2 values in 3 files against 10 limits');
  });
});

describe('metadata-limits: counts', () => {
  const gvs = (count) => ({
    'globalValueSets/G.globalValueSet-meta.xml': [
      `<GlobalValueSet ${NS}>`,
      ...Array.from(
        { length: count },
        (_, i) => `<customValue><fullName>V${i}</fullName><isActive>false</isActive></customValue>`
      ),
      '</GlobalValueSet>'
    ]
  });

  test('a global value set counts every value, inactive ones too', () => {
    assert.deepEqual(run(gvs(2)).problems, []);
    assert.deepEqual(run(gvs(3)).problems, [
      'globalValueSets/G.globalValueSet-meta.xml:1 max-count: 3 <customValue> in <GlobalValueSet>; the limit is 2, counting all (P-gvs)'
    ]);
  });

  const picklist = (restricted, ...active) =>
    field(
      'Pick__c',
      '<valueSet>',
      ...(restricted === undefined ? [] : [`  <restricted> ${restricted} </restricted>`]),
      '  <controllingField>true</controllingField>',
      '  <valueSetDefinition>',
      '    <sorted>false</sorted>',
      ...active.map((isActive, i) =>
        isActive === undefined
          ? `    <value><fullName>V${i}</fullName></value>`
          : `    <value><fullName>V${i}</fullName><default>false</default><isActive> ${isActive} </isActive></value>`
      ),
      '  </valueSetDefinition>',
      '</valueSet>'
    );

  test('an unrestricted picklist counts its active values only (another child saying false or true decides nothing)', () => {
    assert.deepEqual(run(picklist(undefined, true, undefined, false, false)).problems, []);
    assert.deepEqual(run(picklist(false, true, undefined, false)).problems, []);
    assert.deepEqual(run(picklist(false, true, undefined, true, false)).problems, [
      'objects/A__c/fields/Pick__c.field-meta.xml:5 max-count: 3 <value> in <valueSetDefinition>; the limit is 2, counting the active ones (P-values)'
    ]);
  });

  test('a restricted picklist counts its inactive values too', () => {
    assert.deepEqual(run(picklist(true, true, false)).problems, []);
    assert.deepEqual(run(picklist(true, true, false, false)).problems, [
      'objects/A__c/fields/Pick__c.field-meta.xml:5 max-count: 3 <value> in <valueSetDefinition>; the limit is 2, counting the active ones (P-values)'
    ]);
  });
});

describe('metadata-limits: names', () => {
  const named = (path, rootName) => ({ [path]: [`<${rootName} ${NS}>`, `</${rootName}>`] });

  test('a name at its limit without its suffix passes; one over fails, saying what was left out', () => {
    assert.deepEqual(
      run(named('objects/A__c/fields/Abcde__c.field-meta.xml', 'CustomField')).problems,
      []
    );
    assert.deepEqual(
      run(named('objects/A__c/fields/Abcdef__c.field-meta.xml', 'CustomField')).problems,
      [
        'objects/A__c/fields/Abcdef__c.field-meta.xml:1 name-length: CustomField name Abcdef__c is 6 characters without __c; the limit is 5 (P-field)'
      ]
    );
  });

  test('the first suffix that ends the name is removed, then the next', () => {
    assert.deepEqual(
      run(named('objects/Abcd__mdt/Abcd__mdt.object-meta.xml', 'CustomObject')).problems,
      []
    );
    assert.deepEqual(
      run(named('objects/Abcde__mdt/Abcde__mdt.object-meta.xml', 'CustomObject')).problems,
      [
        'objects/Abcde__mdt/Abcde__mdt.object-meta.xml:1 name-length: CustomObject name Abcde__mdt is 5 characters without __mdt; the limit is 4 (P-object)'
      ]
    );
  });

  test('a name without suffixes in the table is measured whole', () => {
    assert.deepEqual(
      run(named('objects/A__c/validationRules/Abcd.validationRule-meta.xml', 'ValidationRule'))
        .problems,
      []
    );
    assert.deepEqual(
      run(named('objects/A__c/validationRules/Abcde.validationRule-meta.xml', 'ValidationRule'))
        .problems,
      [
        'objects/A__c/validationRules/Abcde.validationRule-meta.xml:1 name-length: ValidationRule name Abcde is 5 characters; the limit is 4 (P-rule)'
      ]
    );
    assert.deepEqual(
      run(named('permissionsets/Abcd.permissionset-meta.xml', 'PermissionSet')).problems,
      [
        'permissionsets/Abcd.permissionset-meta.xml:1 name-length: PermissionSet name Abcd is 4 characters; the limit is 3 (P-ps)'
      ]
    );
    assert.deepEqual(
      run(named('namedCredentials/Abcd.namedCredential-meta.xml', 'NamedCredential')).problems,
      [
        'namedCredentials/Abcd.namedCredential-meta.xml:1 name-length: NamedCredential name Abcd is 4 characters; the limit is 3 (P-nc)'
      ]
    );
  });

  test('a namespace prefix of up to 15 characters is not part of the name', () => {
    assert.deepEqual(
      run(named('objects/A__c/fields/ns__Abcde__c.field-meta.xml', 'CustomField')).problems,
      []
    );
    assert.deepEqual(
      run(named('objects/A__c/fields/abcdefghijklmn5__Ab__c.field-meta.xml', 'CustomField'))
        .problems,
      []
    );
    assert.deepEqual(
      run(named('objects/A__c/fields/ns__Abcdef__c.field-meta.xml', 'CustomField')).problems,
      [
        'objects/A__c/fields/ns__Abcdef__c.field-meta.xml:1 name-length: CustomField name ns__Abcdef__c is 6 characters without ns__ and __c; the limit is 5 (P-field)'
      ]
    );
    // 16 characters are no namespace prefix: the name is measured (and checked) whole
    assert.deepEqual(
      run(named('objects/A__c/fields/abcdefghijklmno6__Ab__c.field-meta.xml', 'CustomField'))
        .problems,
      [
        'objects/A__c/fields/abcdefghijklmno6__Ab__c.field-meta.xml:1 name-length: CustomField name abcdefghijklmno6__Ab__c is 20 characters without __c; the limit is 5 (P-field)',
        'objects/A__c/fields/abcdefghijklmno6__Ab__c.field-meta.xml:1 name-pattern: CustomField name abcdefghijklmno6__Ab__c: THE RULE (P-pattern)'
      ]
    );
    // a prefix starts with a letter and is followed by one
    assert.deepEqual(
      run(named('objects/A__c/validationRules/x__1.validationRule-meta.xml', 'ValidationRule'))
        .problems,
      [
        'objects/A__c/validationRules/x__1.validationRule-meta.xml:1 name-pattern: ValidationRule name x__1: THE RULE (P-pattern)'
      ]
    );
    assert.deepEqual(
      run(named('objects/A__c/validationRules/1__Ab.validationRule-meta.xml', 'ValidationRule'))
        .problems,
      [
        'objects/A__c/validationRules/1__Ab.validationRule-meta.xml:1 name-length: ValidationRule name 1__Ab is 5 characters; the limit is 4 (P-rule)',
        'objects/A__c/validationRules/1__Ab.validationRule-meta.xml:1 name-pattern: ValidationRule name 1__Ab: THE RULE (P-pattern)'
      ]
    );
  });

  test('a name of the wrong shape', () => {
    assert.deepEqual(
      run(named('objects/A__c/validationRules/Ab_.validationRule-meta.xml', 'ValidationRule'))
        .problems,
      [
        'objects/A__c/validationRules/Ab_.validationRule-meta.xml:1 name-pattern: ValidationRule name Ab_: THE RULE (P-pattern)'
      ]
    );
  });

  test('names are checked only for a root of the table whose file has that root’s suffix', () => {
    // a CustomObject root in a .field-meta.xml, and a root the table has no name limit for
    assert.deepEqual(
      run(named('objects/A__c/fields/Abcdefgh__c.field-meta.xml', 'CustomObject')).problems,
      []
    );
    assert.deepEqual(run(named('tabs/Abcdefgh.tab-meta.xml', 'CustomTab')).problems, []);
    assert.deepEqual(run(named('groups/Ab_.group-meta.xml', 'Group')).problems, []);
  });

  test('a custom label’s name follows the pattern, whitespace around it ignored', () => {
    assert.deepEqual(
      run({
        'labels/L.labels-meta.xml': [
          `<CustomLabels ${NS}>`,
          '<labels><fullName> Good_Name1 </fullName><value>v</value></labels>',
          '<labels><fullName> Bad__Name </fullName><value>v</value></labels>',
          '<labels><fullName>_Bad</fullName></labels>',
          '</CustomLabels>'
        ]
      }).problems,
      [
        'labels/L.labels-meta.xml:3 name-pattern: custom label Bad__Name: THE RULE (P-pattern)',
        'labels/L.labels-meta.xml:4 name-pattern: custom label _Bad: THE RULE (P-pattern)'
      ]
    );
  });

  test('malformed XML and other files are left to the other checkers', () => {
    assert.deepEqual(
      run({
        'objects/A__c/fields/Abcdefgh__c.field-meta.xml':
          '<CustomField><label>Much too long</label>',
        'classes/Abcdefgh__c.field': [
          '<CustomField>',
          '<label>Much too long</label>',
          '</CustomField>'
        ]
      }).problems,
      []
    );
  });
});

test('the checker’s name and description, as the gate lists them', () => {
  assert.equal(metadataLimits.name, 'metadata-limits');
  assert.equal(
    metadataLimits.description,
    'lengths, counts and API names the Metadata API documents (config/metadata-limits.json)'
  );
});

describe('metadata-limits: the table', () => {
  test('a missing table', () => {
    assert.deepEqual(run({}, null), {
      summary: undefined,
      problems: ['config/metadata-limits.json:1 limits-table: missing']
    });
  });

  test('a table without its lists or its name pattern', () => {
    const shape =
      'config/metadata-limits.json:1 limits-table: the table needs the lists "lengths", "counts" and "names" and a "namePattern"';
    for (const key of ['lengths', 'counts', 'names', 'namePattern']) {
      const rest = { ...TABLE };
      delete rest[key];
      assert.deepEqual(run(field('Over__c', '<label>Abcdef</label>'), rest).problems, [shape], key);
    }
    assert.deepEqual(run({}, { ...TABLE, lengths: {} }).problems, [shape]);
  });

  test('every limit has a positive integer, a page, an https url and a quote or a basis', () => {
    const table = {
      lengths: [
        { path: 'CustomField/label', max: 0, page: 'p', url: 'https://x', quote: 'q' },
        { path: 'CustomField/description', max: 1.5, page: '', url: 'https://x', basis: 'b' },
        { path: 'CustomObject/label', max: '3', page: 'p', url: 'http://x', quote: '' }
      ],
      counts: [{ path: 'GlobalValueSet/customValue', max: -1, page: 'p', quote: 'q' }],
      names: [{ root: 'CustomField', max: 1, page: 'p', url: 'see https://x', basis: '' }],
      namePattern: { regex: '^[A-Z]+$', rule: 'R', page: 'p', url: 'https://x' }
    };
    assert.deepEqual(
      run({}, table).problems.map((problem) =>
        problem.replace('config/metadata-limits.json:1 limits-table: ', '')
      ),
      [
        'CustomField/label: "max" must be a positive integer',
        'CustomField/description: "max" must be a positive integer',
        'CustomField/description: every limit names its doc "page" and "url"',
        'CustomObject/label: "max" must be a positive integer',
        'CustomObject/label: every limit names its doc "page" and "url"',
        'CustomObject/label: every limit quotes its source ("quote") or says what it rests on ("basis")',
        'GlobalValueSet/customValue: "max" must be a positive integer',
        'GlobalValueSet/customValue: every limit names its doc "page" and "url"',
        'CustomField: every limit names its doc "page" and "url"',
        'CustomField: every limit quotes its source ("quote") or says what it rests on ("basis")',
        'namePattern: every limit quotes its source ("quote") or says what it rests on ("basis")'
      ]
    );
  });

  test('the table’s own name pattern is the one applied', () => {
    const table = {
      ...TABLE,
      namePattern: { ...TABLE.namePattern, regex: '^[a-z]+$', rule: 'lower case' }
    };
    assert.deepEqual(
      run(named2('objects/A__c/validationRules/Ab.validationRule-meta.xml'), table).problems,
      [
        'objects/A__c/validationRules/Ab.validationRule-meta.xml:1 name-pattern: ValidationRule name Ab: lower case (P-pattern)'
      ]
    );
    assert.deepEqual(
      run(named2('objects/A__c/validationRules/ab.validationRule-meta.xml'), table).problems,
      []
    );
  });
});

function named2(path) {
  return { [path]: [`<ValidationRule ${NS}>`, '</ValidationRule>'] };
}
