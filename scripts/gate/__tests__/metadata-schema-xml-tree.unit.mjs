/*
 * The metadata XML reader: each element with its line, its attributes (value and line) and its
 * own text exactly as the platform receives it (entities decoded, CDATA verbatim, whitespace kept),
 * and a malformed file refused with the line and what is wrong.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { elements, parseXml, pathOf } from '../metadata-schema/xml-tree.mjs';

const rootOf = (source) => {
  const parsed = parseXml(source);
  assert.equal(parsed.error, undefined, JSON.stringify(parsed.error));
  return parsed.root;
};
const errorOf = (source) => parseXml(source).error;
const textOf = (inner) => rootOf(`<a>${inner}</a>`).text;

describe('parseXml: the tree', () => {
  test('elements, children, parents and own text', () => {
    const root = rootOf(
      '<?xml version="1.0"?>\n<R>\n  <a>one</a>\n  <b><c>two</c>tail</b>\n</R>\n'
    );
    assert.equal(root.name, 'R');
    assert.equal(root.parent, undefined);
    assert.equal(root.text, '\n  \n  \n');
    assert.deepEqual(
      root.children.map((child) => child.name),
      ['a', 'b']
    );
    const [a, b] = root.children;
    assert.equal(a.text, 'one');
    assert.equal(a.parent, root);
    assert.deepEqual(a.children, []);
    assert.deepEqual(a.attributes, {});
    assert.equal(b.text, 'tail');
    assert.equal(b.children[0].name, 'c');
    assert.equal(b.children[0].text, 'two');
    assert.equal(b.children[0].parent, b);
  });

  test('self-closing elements, with and without a space, have no text and no children', () => {
    const root = rootOf('<R><a/><b /><c\n/></R>');
    assert.deepEqual(
      root.children.map((child) => [child.name, child.text, child.children.length]),
      [
        ['a', '', 0],
        ['b', '', 0],
        ['c', '', 0]
      ]
    );
    assert.equal(rootOf('<R/>').name, 'R');
  });

  test('names may hold letters, digits, _, ., : and -', () => {
    const root = rootOf('<_x1.y:z-w><b_2/></_x1.y:z-w>');
    assert.equal(root.name, '_x1.y:z-w');
    assert.equal(root.children[0].name, 'b_2');
  });

  test('every element has the line it starts on, also at the first column', () => {
    const source = [
      '<R>',
      '<a/>',
      '  <b>',
      '',
      '</b>',
      '<c/><d/>',
      '<e/>',
      '<f/>',
      '<g/>',
      '<h/>',
      '<i/>',
      '</R>'
    ].join('\n');
    const found = [...elements(rootOf(source))].map((element) => `${element.name}:${element.line}`);
    assert.deepEqual(found, [
      'R:1',
      'a:2',
      'b:3',
      'c:6',
      'd:6',
      'e:7',
      'f:8',
      'g:9',
      'h:10',
      'i:11'
    ]);
  });

  test('Windows and old Mac line ends count as one line each and read as \\n', () => {
    const root = rootOf('<R>\r\n<a>x\r\ny</a>\r<b/>\r\n\r\n<c/></R>');
    assert.deepEqual(
      root.children.map((child) => child.line),
      [2, 4, 6]
    );
    assert.equal(root.children[0].text, 'x\ny');
  });
});

describe('parseXml: text', () => {
  test('the five predefined entities are decoded', () => {
    assert.equal(textOf('&lt;&gt;&amp;&quot;&apos;'), '<>&"\'');
  });

  test('decimal and hexadecimal character references are decoded', () => {
    assert.equal(textOf('&#65;&#97;&#x41;&#x4a;&#x4A;&#x1F600;'), 'AaAJJ\u{1F600}');
    assert.equal(textOf('&#1234;'), '\u04d2');
  });

  test('an unknown entity is kept as written', () => {
    assert.equal(textOf('a &nbsp; b &amp;x'), 'a &nbsp; b &x');
    assert.equal(textOf('AT&T; & &;'), 'AT&T; & &;');
  });

  test('entities are decoded once (&amp;lt; is the text &lt;)', () => {
    assert.equal(textOf('&amp;lt;'), '&lt;');
  });

  test('CDATA is kept verbatim, between the text around it', () => {
    assert.equal(textOf('x<![CDATA[<b>&amp; ]]>y'), 'x<b>&amp; y');
    assert.equal(textOf('<![CDATA[]]>'), '');
  });

  test('comments are skipped inside and around the root', () => {
    const root = rootOf('<!-- before -->\n<a>x<!-- <b/> -->y</a>\n<!-- after -->\n');
    assert.equal(root.text, 'xy');
    assert.deepEqual(root.children, []);
  });

  test('whitespace and newlines in text are kept', () => {
    assert.equal(textOf('\n  two  words\t\n'), '\n  two  words\t\n');
  });

  test('whitespace around the root is no text outside it', () => {
    assert.equal(rootOf('\n  <a>x</a>\n  \n').text, 'x');
  });
});

describe('parseXml: attributes', () => {
  test('double and single quotes, spaces around =, their lines', () => {
    const root = rootOf('<a one="1" two = \'2\'\n   three="x"\n\tfour=""/>');
    assert.deepEqual(root.attributes, {
      one: { value: '1', line: 1 },
      two: { value: '2', line: 1 },
      three: { value: 'x', line: 2 },
      four: { value: '', line: 3 }
    });
  });

  test('quotes of the other kind are part of the value', () => {
    const root = rootOf('<a b="it\'s" c=\'say "hi"\'/>');
    assert.equal(root.attributes.b.value, "it's");
    assert.equal(root.attributes.c.value, 'say "hi"');
  });

  test('entities are decoded and tabs and newlines become spaces, but not character references', () => {
    const root = rootOf('<a b="x&lt;y" c="1\t2\n3" d="p&#10;q" e="a&#9;b"/>');
    assert.equal(root.attributes.b.value, 'x<y');
    assert.equal(root.attributes.c.value, '1 2 3');
    assert.equal(root.attributes.d.value, 'p\nq');
    assert.equal(root.attributes.e.value, 'a\tb');
  });

  test('a prefixed attribute and the attributes of nested elements are their own', () => {
    const root = rootOf('<R xmlns:xsi="u">\n  <v xsi:nil="true">t</v>\n  <w a="1"/>\n</R>');
    assert.deepEqual(root.attributes, { 'xmlns:xsi': { value: 'u', line: 1 } });
    assert.deepEqual(root.children[0].attributes, { 'xsi:nil': { value: 'true', line: 2 } });
    assert.equal(root.children[0].text, 't');
    assert.deepEqual(root.children[1].attributes, { a: { value: '1', line: 3 } });
  });
});

describe('parseXml: malformed XML', () => {
  const cases = [
    ['text before the root', 'x<a/>', 1, 'text outside the root element'],
    ['text after the root', '<a/>\n\nx', 3, 'text outside the root element'],
    ['an unterminated declaration', '\n<?xml version="1.0"\n<a/>', 2, 'unterminated declaration'],
    ['an unterminated comment', '<a>\n<!-- x\n</a>', 2, 'unterminated comment'],
    ['an unterminated CDATA section', '<a>\n\n<![CDATA[x</a>', 3, 'unterminated CDATA section'],
    ['CDATA outside the root', '\n<![CDATA[x]]><a/>', 2, 'CDATA outside the root element'],
    [
      'a DOCTYPE',
      '<?xml version="1.0"?>\n<!DOCTYPE a>\n<a/>',
      2,
      'DOCTYPE and other declarations are not metadata XML'
    ],
    ['an end tag without a name', '<a>\n</ >', 2, 'malformed end tag'],
    ['an end tag without >', '<a>\n</a', 2, 'malformed end tag'],
    ['an end tag of another element', '<a>\n<b>\n</a>', 3, '</a> does not close <b>'],
    ['a start tag without a name', '<a>\n< b/></a>', 2, 'malformed start tag'],
    ['an unquoted attribute', '<a>\n<b c=1/></a>', 2, 'malformed start tag <b>'],
    ['an attribute without a value', '<a\n  b>x</a>', 1, 'malformed start tag <a>'],
    ['a bad attribute after a good one', '<a\n  b="1"\n  c=2>x</a>', 2, 'malformed start tag <a>'],
    ['a start tag without >', '<a>\n<b', 2, 'malformed start tag <b>'],
    ['a second root', '<a/>\n<b/>', 2, 'a second root element'],
    ['an unclosed element', '<a>\n<b>\n</b>\n<c>x', 4, '<c> is not closed'],
    ['the innermost of several unclosed elements', '<a>\n<b>\n<c>\n<d>', 4, '<d> is not closed'],
    ['no root element', '<?xml version="1.0"?>\n', 1, 'no root element'],
    ['an empty file', '', 1, 'no root element']
  ];
  for (const [what, source, line, message] of cases) {
    test(what, () => {
      assert.deepEqual(errorOf(source), { line, message });
    });
  }

  test('an end tag with no element open says so', () => {
    assert.deepEqual(errorOf('<a/>\n</a>'), { line: 2, message: '</a> closes no open element' });
  });

  test('a well-formed file after the last error case still parses', () => {
    assert.equal(parseXml('<a><b/></a>').root.children.length, 1);
  });
});

describe('elements and pathOf', () => {
  test('elements lists the tree depth first, root first', () => {
    const root = rootOf('<R><a><b/><c/></a><d><e/></d></R>');
    assert.deepEqual(
      [...elements(root)].map((element) => element.name),
      ['R', 'a', 'b', 'c', 'd', 'e']
    );
  });

  test('pathOf names the elements from the root', () => {
    const root = rootOf('<R><a><b/></a></R>');
    const b = root.children[0].children[0];
    assert.equal(pathOf(b), 'R/a/b');
    assert.equal(pathOf(root.children[0]), 'R/a');
    assert.equal(pathOf(root), 'R');
  });
});
