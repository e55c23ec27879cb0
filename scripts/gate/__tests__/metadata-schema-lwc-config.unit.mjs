/*
 * <targetConfigs> of a .js-meta.xml: only <targetConfig> inside it, targets that the bundle lists,
 * the attributes each element needs, closed value sets, and misspelled names caught with a
 * suggestion, while element and attribute names it does not know (a new target's) pass.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkTargetConfigs } from '../metadata-schema/lwc-config.mjs';
import { parseXml } from '../metadata-schema/xml-tree.mjs';

const PAGE = 'lightning__RecordPage';
const FLOW = 'lightning__FlowScreen';

/** The problems of `<targetConfigs>` made of `lines` (line 1 is <targetConfigs>), as "line rule: message". */
function check(lines, targets = [PAGE, FLOW]) {
  const { root, error } = parseXml(['<targetConfigs>', ...lines, '</targetConfigs>'].join('\n'));
  assert.equal(error, undefined);
  const found = [];
  checkTargetConfigs(root, targets, (line, rule, message) =>
    found.push(`${line} ${rule}: ${message}`)
  );
  return found;
}

const config = (attributes, ...children) =>
  children.length
    ? [`<targetConfig ${attributes}>`, ...children, '</targetConfig>']
    : [`<targetConfig ${attributes}/>`];

describe('checkTargetConfigs: what passes', () => {
  test('a full record-page and flow-screen configuration', () => {
    assert.deepEqual(
      check([
        ...config(
          `targets="${PAGE}"`,
          '<property name="a" type="String" label="A" description="d" default="x" required="true" min="-1" max="10" placeholder="p" datasource="x,y" exposedTo="e"/>',
          '<objects><object>Account</object><object> Contact </object></objects>',
          '<supportedFormFactors><supportedFormFactor type="Small" lockAspectRatio="false"/><supportedFormFactor type="Large"/></supportedFormFactors>'
        ),
        ...config(
          `targets=" ${FLOW} , ${PAGE} " configurationEditor="c-editor"`,
          '<property name="in" type="String" role="inputOnly" required="false"/>',
          '<property name="out" type="String" role="outputOnly"/>',
          '<propertyType name="T" extends="lightning__SObjectType" label="l" description="d"/>',
          '<event name="select" label="Select" description="d"><schema>{ "type": "object" }</schema></event>',
          '<actionType>ScreenAction</actionType>',
          '<sourceType name="x"/>'
        ),
        ...config(`targets="${FLOW}"`, '<actionType> Action </actionType>')
      ]),
      []
    );
  });

  test('an element or attribute it does not know, unlike any it knows, passes (a new target’s)', () => {
    assert.deepEqual(
      check(
        config(
          `targets="${PAGE}" newAttribute="x"`,
          '<outputSchema>x</outputSchema>',
          '<property name="a" type="String" brandNew="1"><anything/></property>'
        )
      ),
      []
    );
  });

  test('an empty <targetConfigs> passes', () => {
    assert.deepEqual(check([]), []);
  });
});

describe('checkTargetConfigs: what fails', () => {
  test('anything but <targetConfig> inside <targetConfigs>, with the suggestion or the list', () => {
    assert.deepEqual(check(['<targetConfg targets="x"/>', '<property name="a" type="b"/>']), [
      '2 unknown-element: <targetConfg> is not an element of <targetConfigs> in a .js-meta.xml; did you mean <targetConfig>?',
      '3 unknown-element: <property> is not an element of <targetConfigs> in a .js-meta.xml (it takes targetConfig)'
    ]);
  });

  test('a misspelled child of <targetConfig> is named with the close name', () => {
    assert.deepEqual(
      check(
        config(
          `targets="${PAGE}"`,
          '<proprety name="a" type="String"/>',
          '<object>Account</object>'
        )
      ),
      [
        '3 unknown-element: <proprety> is not an element of <targetConfig> in a .js-meta.xml; did you mean <property>?',
        '4 unknown-element: <object> is not an element of <targetConfig> in a .js-meta.xml; did you mean <objects>?'
      ]
    );
  });

  test('a misspelled child deeper down is named with its parent', () => {
    assert.deepEqual(
      check(config(`targets="${PAGE}"`, '<objects>', '<objet>Account</objet>', '</objects>')),
      [
        '4 unknown-element: <objet> is not an element of <objects> in a .js-meta.xml; did you mean <object>?'
      ]
    );
  });

  test('an element in the wrong parent is unknown there', () => {
    // <object> belongs in <objects>; directly in <property> (which takes no children) it is not a near miss of anything
    assert.deepEqual(
      check(
        config(
          `targets="${PAGE}"`,
          '<property name="a" type="String"><object>x</object></property>'
        )
      ),
      []
    );
  });

  test('a misspelled attribute is named with the close name, on its own line', () => {
    assert.deepEqual(
      check(
        config(
          `targets="${PAGE}"`,
          '<property nme="a"',
          '  type="String" name="b" requird="true"/>'
        )
      ),
      [
        '3 unknown-attribute: <property> has no attribute nme; did you mean name?',
        '4 unknown-attribute: <property> has no attribute requird; did you mean required?'
      ]
    );
  });

  test('misspelled attributes of <propertyType>, <event> and <sourceType>, and a misspelled <schema>', () => {
    assert.deepEqual(
      check(
        config(
          `targets="${PAGE}"`,
          '<propertyType name="T" extends="x" lable="l" descripton="d"/>',
          '<event name="e" lable="l"><schem>{}</schem></event>',
          '<sourceType nme="s" name="t"/>'
        )
      ),
      [
        '3 unknown-attribute: <propertyType> has no attribute lable; did you mean label?',
        '3 unknown-attribute: <propertyType> has no attribute descripton; did you mean description?',
        '4 unknown-attribute: <event> has no attribute lable; did you mean label?',
        '4 unknown-element: <schem> is not an element of <event> in a .js-meta.xml; did you mean <schema>?',
        '5 unknown-attribute: <sourceType> has no attribute nme; did you mean name?'
      ]
    );
  });

  test('a target the bundle does not list, one or several', () => {
    assert.deepEqual(check(config(`targets="${PAGE},lightning__AppPage"`)), [
      '2 bad-attribute-value: <targetConfig targets="lightning__RecordPage,lightning__AppPage">: expected targets listed under <targets> (lightning__AppPage is not)'
    ]);
    assert.deepEqual(check(config('targets="a, b"'), []), [
      '2 bad-attribute-value: <targetConfig targets="a, b">: expected targets listed under <targets> (a, b are not)'
    ]);
  });

  test('the required attributes of each element', () => {
    assert.deepEqual(
      check(
        config(
          'configurationEditor="x"',
          '<property/>',
          '<property name="a"/>',
          '<propertyType name="T"/>',
          '<supportedFormFactors><supportedFormFactor/></supportedFormFactors>',
          '<event label="x"/>',
          '<sourceType/>'
        )
      ),
      [
        '2 missing-attribute: <targetConfig> needs the attribute targets',
        '3 missing-attribute: <property> needs the attribute name',
        '3 missing-attribute: <property> needs the attribute type',
        '4 missing-attribute: <property> needs the attribute type',
        '5 missing-attribute: <propertyType> needs the attribute extends',
        '6 missing-attribute: <supportedFormFactor> needs the attribute type',
        '7 missing-attribute: <event> needs the attribute name',
        '8 missing-attribute: <sourceType> needs the attribute name'
      ]
    );
  });

  test('booleans are true or false, exactly', () => {
    assert.deepEqual(
      check(
        config(
          `targets="${PAGE}"`,
          '<property name="a" type="String" required="yes"/>',
          '<property name="b" type="String" required="True"/>',
          '<property name="c" type="String" required="truex"/>',
          '<property name="d" type="String" required="xfalse"/>',
          '<supportedFormFactors><supportedFormFactor type="Small" lockAspectRatio="1"/></supportedFormFactors>'
        )
      ),
      [
        '3 bad-attribute-value: <property required="yes">: expected true or false',
        '4 bad-attribute-value: <property required="True">: expected true or false',
        '5 bad-attribute-value: <property required="truex">: expected true or false',
        '6 bad-attribute-value: <property required="xfalse">: expected true or false',
        '7 bad-attribute-value: <supportedFormFactor lockAspectRatio="1">: expected true or false'
      ]
    );
  });

  test('min and max are integers, exactly', () => {
    assert.deepEqual(
      check(
        config(
          `targets="${PAGE}"`,
          '<property name="a" type="Integer" min="1.5" max="ten"/>',
          '<property name="b" type="Integer" min="-" max="+3"/>',
          '<property name="c" type="Integer" min="1x" max="x1"/>',
          '<property name="d" type="Integer" min="-12" max="345"/>'
        )
      ),
      [
        '3 bad-attribute-value: <property min="1.5">: expected an integer',
        '3 bad-attribute-value: <property max="ten">: expected an integer',
        '4 bad-attribute-value: <property min="-">: expected an integer',
        '4 bad-attribute-value: <property max="+3">: expected an integer',
        '5 bad-attribute-value: <property min="1x">: expected an integer',
        '5 bad-attribute-value: <property max="x1">: expected an integer'
      ]
    );
  });

  test('a closed set of attribute values', () => {
    assert.deepEqual(
      check(
        config(
          `targets="${FLOW}"`,
          '<property name="a" type="String" role="input"/>',
          '<supportedFormFactors><supportedFormFactor type="small"/></supportedFormFactors>'
        )
      ),
      [
        '3 bad-attribute-value: <property role="input">: expected one of inputOnly, outputOnly',
        '4 bad-attribute-value: <supportedFormFactor type="small">: expected one of Small, Large'
      ]
    );
  });

  test('a closed set of text values, whitespace around it ignored', () => {
    assert.deepEqual(
      check(config(`targets="${FLOW}"`, '<actionType>Screen</actionType>', '<actionType/>')),
      [
        '3 bad-enum: <actionType>Screen</actionType>: expected one of ScreenAction, Action',
        '4 bad-enum: <actionType></actionType>: expected one of ScreenAction, Action'
      ]
    );
  });

  test('text of free elements is not checked', () => {
    assert.deepEqual(
      check(
        config(
          `targets="${PAGE}"`,
          '<objects><object>anything at all</object></objects>',
          '<event name="e"><schema>{}</schema></event>'
        )
      ),
      []
    );
  });
});
