/*
 * The apex-test-context model (the project's Apex as a program), in process on stored ASTs
 * (apex-ast-fixture.mjs): classes and their members as declared, names resolved as the compiler
 * resolves them, static types, and which methods a call can reach.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { ApexModel, TypeRef, identOf, lower, optional } from '../apex-test-context/model.mjs';
import { apexAstFixture } from './apex-ast-fixture.mjs';

const fixture = apexAstFixture('apex-test-context-model');
const DIR = 'force-app/main/x/classes';

const BASE = [
  'public with sharing virtual class Base {',
  '  public class Row {',
  '  }',
  '  public interface Shape {',
  '    Integer area();',
  '  }',
  '  public enum Mode { LOW, HIGH }',
  '  public Integer count;',
  "  public static String first = 'x', second;",
  '  public String label { get; set; }',
  '  private static Integer total { get; set; }',
  '  public Base() {',
  '    count = 0;',
  '  }',
  '  public Base(Integer n) {',
  '    count = n;',
  '  }',
  '  public virtual void run() {',
  '    count++;',
  '  }',
  '  public void run(Integer n) {',
  '    count = n;',
  '  }',
  '  public Integer size(String a, Base b) {',
  '    return 1;',
  '  }',
  '  public Base base() {',
  '    return this;',
  '  }',
  '}'
];
const CHILD = [
  'public with sharing class Child extends Base implements Base.Shape, Marker, Schedulable {',
  '  public Row made;',
  '  public Integer area() {',
  '    return 2;',
  '  }',
  '  public override void run() {',
  '    made = new Row();',
  '  }',
  '  public class Grand extends Child {',
  '  }',
  '}'
];
const ABSTRACT = [
  'public with sharing abstract class Template implements Marker {',
  '  public abstract Integer area();',
  '  public Integer twice() {',
  '    return area() * 2;',
  '  }',
  '}'
];
const MARKER = ['public interface Marker extends Base.Shape {', '}'];
const TEST = [
  '@IsTest(SeeAllData=true)',
  'private class ModelTest {',
  '  @TestSetup',
  '  static void setup() {',
  '  }',
  '  @IsTest',
  '  static void annotated() {',
  '  }',
  '  static testMethod void legacy() {',
  '  }',
  '  @IsTest(SeeAllData=false isParallel=true)',
  '  static void own() {',
  '  }',
  '  @future(callout=true)',
  '  static void later() {',
  '  }',
  '  private class Fake extends Base {',
  '    public Row row;',
  '  }',
  '}'
];
const PLAIN = [
  '@IsTest(isParallel=true)',
  'private class PlainTest {',
  '  @IsTest(SeeAllData=true)',
  '  static void sees() {',
  '  }',
  '}'
];
const TRIGGER = ['trigger ThingTrigger on Account (before insert) {', '}'];

let model;
let cls;
before(async () => {
  const files = [];
  for (const [name, lines] of Object.entries({
    Base: BASE,
    Child: CHILD,
    Template: ABSTRACT,
    Marker: MARKER,
    ModelTest: TEST,
    PlainTest: PLAIN
  })) {
    files.push(await fixture.file(`${DIR}/${name}.cls`, lines));
  }
  files.push(await fixture.file('force-app/main/x/triggers/ThingTrigger.trigger', TRIGGER));
  files.push({ path: '/planted/Broken.cls', rel: 'Broken.cls', source: '', ast: {} });
  model = new ApexModel(files);
  cls = (key) => model.classes.get(key);
});

describe('classes as declared', () => {
  test('every class, inner class, interface and enum by lower-case full name; triggers and unparsed files skipped', () => {
    assert.deepEqual([...model.classes.keys()].sort(), [
      'base',
      'base.mode',
      'base.row',
      'base.shape',
      'child',
      'child.grand',
      'marker',
      'modeltest',
      'modeltest.fake',
      'plaintest',
      'template'
    ]);
    assert.deepEqual([...model.topLevel.keys()].sort(), [
      'base',
      'child',
      'marker',
      'modeltest',
      'plaintest',
      'template'
    ]);
  });

  test("a class's names, kind, file, outer class and line", () => {
    const row = cls('base.row');
    assert.equal(row.name, 'Base.Row');
    assert.equal(row.simple, 'Row');
    assert.equal(row.lname, 'row');
    assert.equal(row.key, 'base.row');
    assert.equal(row.type, 'class');
    assert.equal(row.outer, cls('base'));
    assert.equal(row.line, 2);
    assert.equal(row.file.rel, `${DIR}/Base.cls`);
    assert.equal(cls('base.shape').type, 'interface');
    assert.equal(cls('base.mode').type, 'enum');
    assert.equal(cls('base.mode').line, 7);
    assert.equal(cls('base').outer, null);
    assert.equal(cls('base').name, 'Base');
    assert.equal(cls('base').key, 'base');
    assert.equal(cls('child.grand').name, 'Child.Grand');
    assert.equal(cls('base').inner.get('row'), cls('base.row'));
    assert.equal(cls('base').inner.get('shape'), cls('base.shape'));
    assert.equal(cls('base').inner.get('mode'), cls('base.mode'));
    assert.equal(cls('base').inner.size, 3);
  });

  test('test classes, SeeAllData, virtual and abstract', () => {
    assert.equal(cls('modeltest').isTest, true);
    assert.equal(cls('modeltest.fake').isTest, true, 'an inner class of a test class');
    assert.equal(cls('base').isTest, false);
    assert.equal(cls('base.row').isTest, false);
    assert.equal(cls('modeltest').seeAllData, true);
    assert.equal(cls('plaintest').seeAllData, false);
    assert.equal(cls('base').seeAllData, false);
    assert.equal(cls('base').isVirtual, true);
    assert.equal(cls('template').isVirtual, true);
    assert.equal(cls('child').isVirtual, false);
  });

  test('fields and properties, static or not, with their initializers', () => {
    const fields = cls('base').fields;
    assert.deepEqual([...fields.keys()], ['count', 'first', 'second', 'label', 'total']);
    assert.equal(fields.get('count').name, 'count');
    assert.equal(fields.get('count').isStatic, false);
    assert.equal(fields.get('count').initializer, null);
    assert.equal(fields.get('count').owner, cls('base'));
    assert.deepEqual(fields.get('count').typeRef.names.map(identOf), ['Integer']);
    assert.equal(fields.get('first').isStatic, true);
    assert.equal(fields.get('first').initializer['@class'], 'ast.Expr$LiteralExpr');
    assert.equal(fields.get('second').isStatic, true);
    assert.equal(fields.get('second').initializer, null);
    assert.equal(fields.get('label').isStatic, false);
    assert.equal(fields.get('label').initializer, null);
    assert.equal(fields.get('label').owner, cls('base'));
    assert.deepEqual(fields.get('label').typeRef.names.map(identOf), ['String']);
    assert.equal(fields.get('total').name, 'total');
    assert.equal(fields.get('total').isStatic, true);
    assert.equal(cls('base.mode').fields.size, 0);
    assert.equal(cls('base.mode').methods.length, 0);
  });

  test('methods: id, line, parameters, return type, constructor, static, body', () => {
    const methods = cls('base').methods;
    assert.deepEqual(
      methods.map((m) => m.id),
      ['base#base@12', 'base#base@15', 'base#run@18', 'base#run@21', 'base#size@24', 'base#base@27']
    );
    const [ctor, ctorN, run, , size, self] = methods;
    assert.equal(ctor.isConstructor, true);
    assert.equal(ctor.returnType, null);
    assert.equal(ctorN.params.length, 1);
    assert.equal(run.isConstructor, false);
    assert.equal(run.name, 'run');
    assert.equal(run.lname, 'run');
    assert.equal(run.line, 18);
    assert.equal(run.cls, cls('base'));
    assert.deepEqual(
      size.params.map((p) => [p.lname, p.typeRef.names.map(identOf).join('.')]),
      [
        ['a', 'String'],
        ['b', 'Base']
      ]
    );
    assert.equal(self.isConstructor, false, 'a method named like its class with a return type');
    assert.deepEqual(self.returnType.names.map(identOf), ['Base']);
    assert.equal(run.isStatic, false);
    assert.ok(run.body, 'the body statement');
    assert.equal(cls('base.shape').methods[0].body, null, 'an interface method has no body');
    assert.equal(cls('template').methods[0].body, null, 'an abstract method has no body');
  });

  test('test methods: @IsTest or testMethod, not @TestSetup; @future; SeeAllData of the method', () => {
    const byName = Object.fromEntries(cls('modeltest').methods.map((m) => [m.name, m]));
    assert.equal(byName.setup.isTestMethod, false);
    assert.equal(byName.annotated.isTestMethod, true);
    assert.equal(byName.legacy.isTestMethod, true);
    assert.equal(byName.own.isTestMethod, true);
    assert.equal(byName.later.isTestMethod, false);
    assert.equal(byName.later.isFuture, true);
    assert.equal(byName.annotated.isFuture, false);
    assert.equal(byName.annotated.seeAllData, undefined, 'no SeeAllData: the class decides');
    assert.equal(byName.own.seeAllData, false);
    assert.equal(byName.setup.isStatic, true);
    assert.equal(cls('plaintest').methods[0].seeAllData, true);
  });
});

describe('inheritance', () => {
  test('superclass, interfaces (an interface extending another too) and subtypes are linked', () => {
    assert.equal(cls('child').superClass, cls('base'));
    assert.deepEqual(
      cls('child').interfaces,
      [cls('base.shape'), cls('marker')],
      'Schedulable is no project class'
    );
    assert.equal(cls('child.grand').superClass, cls('child'), 'resolved from the outer class');
    assert.deepEqual(cls('marker').interfaces, [cls('base.shape')]);
    assert.equal(cls('base').superClass, null);
    assert.deepEqual(cls('base').interfaces, []);
    assert.deepEqual([...cls('base.shape').subtypes].map((c) => c.key).sort(), ['child', 'marker']);
    assert.deepEqual([...cls('base').subtypes].map((c) => c.key).sort(), [
      'child',
      'modeltest.fake'
    ]);
  });

  test('subtypesOf: the class and everything below it, directly or not', () => {
    assert.deepEqual(
      model
        .subtypesOf(cls('base.shape'))
        .map((c) => c.key)
        .sort(),
      ['base.shape', 'child', 'child.grand', 'marker', 'template']
    );
    assert.deepEqual(
      model.subtypesOf(cls('child.grand')).map((c) => c.key),
      ['child.grand']
    );
  });

  test('isFinalClass: a class without project subtypes', () => {
    assert.equal(model.isFinalClass(cls('child.grand')), true);
    assert.equal(model.isFinalClass(cls('child')), false);
    assert.equal(model.isFinalClass(cls('marker')), false, 'an interface');
    assert.equal(model.isFinalClass(cls('base.mode')), false, 'an enum');
    assert.equal(model.isFinalClass(null), false);
    assert.equal(model.isFinalClass(undefined), false);
  });
});

describe('names and types', () => {
  test('a class name as the compiler sees it from a class', () => {
    const child = cls('child');
    assert.equal(
      model.resolveClassName(['Row'], child),
      cls('base.row'),
      "a superclass's inner class"
    );
    assert.equal(model.resolveClassName(['row'], cls('base')), cls('base.row'));
    assert.equal(model.resolveClassName(['Base', 'Row'], child), cls('base.row'));
    assert.equal(
      model.resolveClassName(['Child'], cls('child.grand')),
      cls('child'),
      'the outer class itself'
    );
    assert.equal(model.resolveClassName(['Grand'], cls('child.grand')), cls('child.grand'));
    assert.equal(model.resolveClassName(['Shape'], cls('child.grand')), cls('base.shape'));
    assert.equal(model.resolveClassName(['Template'], cls('base.row')), cls('template'));
    assert.equal(model.resolveClassName(['Base', 'Nope'], child), null);
    assert.equal(model.resolveClassName(['Nope', 'Row'], child), null);
    assert.equal(model.resolveClassName(['Account'], child), null);
    assert.equal(
      model.resolveClassName(['Row'], cls('template')),
      null,
      'not an inner class of Template'
    );
  });

  test('innerOfSupers walks up the superclasses', () => {
    assert.equal(model.innerOfSupers(cls('child.grand'), 'row'), cls('base.row'));
    assert.equal(model.innerOfSupers(cls('base'), 'row'), null);
  });

  test('resolveClassRef takes a type reference; a reference without names is none', () => {
    const made = cls('child').fields.get('made');
    assert.equal(model.resolveClassRef(made.typeRef, cls('child')), cls('base.row'));
    assert.equal(model.resolveClassRef(null, cls('child')), null);
    assert.equal(model.resolveClassRef({}, cls('child')), null);
  });

  test('typeOfRef: project classes, standard types, generics, arrays', () => {
    const ref = (...names) => ({
      '@class': 'ast.TypeRefs$ClassTypeRef',
      names: names.map((value) => ({ value })),
      typeArguments: []
    });
    const row = model.typeOfRef(ref('Row'), cls('child'));
    assert.equal(row.name, 'base.row');
    assert.equal(row.cls, cls('base.row'));
    assert.equal(row.display, 'Base.Row');
    assert.deepEqual(row.args, []);
    const std = model.typeOfRef(ref('System', 'Http'), cls('child'));
    assert.equal(std.name, 'system.http');
    assert.equal(std.cls, null);
    assert.equal(std.display, 'System.Http');
    const list = model.typeOfRef({ ...ref('List'), typeArguments: [ref('Row')] }, cls('child'));
    assert.equal(list.name, 'list');
    assert.equal(list.args[0].cls, cls('base.row'));
    assert.equal(list.element().cls, cls('base.row'));
    const array = model.typeOfRef(
      { '@class': 'ast.TypeRefs$ArrayTypeRef', heldType: ref('Account') },
      cls('child')
    );
    assert.equal(array.name, 'list');
    assert.equal(array.element().name, 'account');
    assert.equal(array.element().display, 'Account');
    assert.equal(
      model.typeOfRef({ '@class': 'ast.TypeRefs$ArrayTypeRef', heldType: null }, cls('child')),
      null
    );
    assert.equal(model.typeOfRef(ref(), cls('child')), null);
    assert.equal(model.typeOfRef({}, cls('child')), null);
    assert.equal(model.typeOfRef(null, cls('child')), null);
  });

  test('TypeRef.element: the element of a list or set of one type argument; the type itself otherwise', () => {
    const row = new TypeRef('row');
    for (const name of ['list', 'set', 'system.list', 'system.set']) {
      assert.equal(new TypeRef(name, null, [row]).element(), row, name);
    }
    const map = new TypeRef('map', null, [row, row]);
    assert.equal(map.element(), map);
    const raw = new TypeRef('list');
    assert.equal(raw.element(), raw);
    const two = new TypeRef('list', null, [row, row]);
    assert.equal(two.element(), two);
    const listy = new TypeRef('mylist', null, [row]);
    assert.equal(listy.element(), listy);
    for (const name of ['listx', 'settings', 'system.listview']) {
      const near = new TypeRef(name, null, [row]);
      assert.equal(near.element(), near, name);
    }
    const prefixed = new TypeRef('x.list', null, [row]);
    assert.equal(prefixed.element(), prefixed);
    assert.equal(new TypeRef('account').display, 'account');
    assert.equal(new TypeRef('base', cls('base')).display, 'Base');
    assert.equal(new TypeRef('base', cls('base'), [], 'Shown').display, 'Shown');
    assert.deepEqual(new TypeRef('x').args, []);
    assert.equal(new TypeRef('x').cls, null);
  });
});

describe('members and dispatch', () => {
  test('fieldOf looks in the class, then its superclasses', () => {
    assert.equal(model.fieldOf(cls('child'), 'made').owner, cls('child'));
    assert.equal(model.fieldOf(cls('child.grand'), 'count').owner, cls('base'));
    assert.equal(model.fieldOf(cls('child'), 'nope'), null);
  });

  test('methodsOf: the nearest declaring class, by arity when one matches, never constructors', () => {
    const ids = (methods) => methods.map((m) => m.id);
    assert.deepEqual(ids(model.methodsOf(cls('child'), 'run', 0)), ['child#run@6']);
    assert.deepEqual(
      ids(model.methodsOf(cls('child'), 'run', 1)),
      ['child#run@6'],
      'no arity match: all of the nearest'
    );
    assert.deepEqual(ids(model.methodsOf(cls('base'), 'run', 1)), ['base#run@21']);
    assert.deepEqual(ids(model.methodsOf(cls('base'), 'run', 0)), ['base#run@18']);
    assert.deepEqual(ids(model.methodsOf(cls('child.grand'), 'size', 2)), ['base#size@24']);
    assert.deepEqual(
      ids(model.methodsOf(cls('base'), 'base', 0)),
      ['base#base@27'],
      'not the constructors'
    );
    assert.deepEqual(model.methodsOf(cls('base'), 'nope', 0), []);
  });

  test('constructorsOf: by arity, all when none matches', () => {
    const ids = (methods) => methods.map((m) => m.id);
    assert.deepEqual(ids(model.constructorsOf(cls('base'), 0)), ['base#base@12']);
    assert.deepEqual(ids(model.constructorsOf(cls('base'), 1)), ['base#base@15']);
    assert.deepEqual(ids(model.constructorsOf(cls('base'), 3)), ['base#base@12', 'base#base@15']);
    assert.deepEqual(model.constructorsOf(cls('child'), 0), []);
  });

  test('dispatch: exactly the class found up from an exact receiver, else every implementation below', () => {
    const ids = (methods) => methods.map((m) => m.id).sort();
    assert.deepEqual(ids(model.dispatch(cls('child'), 'run', 0, true)), ['child#run@6']);
    assert.deepEqual(ids(model.dispatch(cls('child.grand'), 'run', 0, true)), ['child#run@6']);
    assert.deepEqual(ids(model.dispatch(cls('base'), 'run', 0, true)), ['base#run@18']);
    assert.deepEqual(ids(model.dispatch(cls('base'), 'run', 0, false)), [
      'base#run@18',
      'child#run@6'
    ]);
    assert.deepEqual(
      ids(model.dispatch(cls('base.shape'), 'area', 0, false)),
      ['child#area@3'],
      'interfaces and abstract methods have no body'
    );
    assert.deepEqual(model.dispatch(cls('base.shape'), 'area', 0, true), []);
    assert.deepEqual(ids(model.dispatch(cls('marker'), 'twice', 0, false)), ['template#twice@3']);
  });
});

test('identOf, optional and lower read the AST shapes', () => {
  assert.equal(identOf({ value: 'Name' }), 'Name');
  assert.equal(identOf(undefined), undefined);
  assert.equal(optional({ value: 3 }), 3);
  assert.equal(optional(null), undefined);
  assert.equal(lower('AbC'), 'abc');
  assert.equal(lower(undefined), '');
  assert.equal(lower(null), '');
});
