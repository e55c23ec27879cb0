/*
 * The project's Apex as a program: every class, interface and inner class with its fields, methods
 * and method bodies, from the jorje AST that integrity/apex.mjs reads. Resolves type names as the
 * compiler does for this project (inner classes, then outer classes, then top-level classes), the
 * static type of an expression, and which project methods a call can reach.
 */
import { kind, lineOfNode } from '../integrity/apex.mjs';

const ident = (node) => node?.value;
const opt = (node) => node?.value;
const lower = (text) => String(text ?? '').toLowerCase();

function annotationsOf(modifiers = []) {
  const found = new Map();
  for (const modifier of modifiers) {
    if (kind(modifier) !== 'ast.Modifier$Annotation') continue;
    const params = new Map();
    for (const parameter of modifier.parameters) {
      const key = lower(ident(parameter.key));
      params.set(key, kind(parameter.value) === 'ast.AnnotationValue$TrueAnnotationValue');
    }
    found.set(lower(ident(modifier.name)), params);
  }
  return found;
}

const has = (modifiers = [], name) => modifiers.some((m) => kind(m) === `ast.Modifier$${name}`);

/** A type: lower-case dotted name, the project class it is (or null) and its type arguments. */
export class TypeRef {
  constructor(name, cls = null, args = [], display = null) {
    this.name = name;
    this.cls = cls;
    this.args = args;
    this.display = display ?? cls?.name ?? name;
  }

  /** The element type of a list, set or array; the type itself otherwise. */
  element() {
    if (/^(list|set|system\.list|system\.set)$/.test(this.name) && this.args.length === 1) {
      return this.args[0];
    }
    return this;
  }
}

export class ApexModel {
  constructor(files) {
    this.files = files;
    /** every class by lower-case full name (Outer.Inner) */
    this.classes = new Map();
    /** top-level classes by lower-case name */
    this.topLevel = new Map();
    for (const file of files) {
      if (!file.path.endsWith('.cls')) continue;
      const unit = file.ast['apex.jorje.semantic.compiler.parser.ParserOutput']?.unit;
      const body = unit?.body;
      if (!body) continue;
      const cls = this.addClass(body, file, null);
      this.topLevel.set(cls.lname, cls);
    }
    for (const cls of this.classes.values()) this.link(cls);
  }

  addClass(decl, file, outer) {
    const declKind = kind(decl);
    const type = {
      'ast.ClassDecl': 'class',
      'ast.InterfaceDecl': 'interface',
      'ast.EnumDecl': 'enum'
    }[declKind];
    const simple = ident(decl.name);
    const annotations = annotationsOf(decl.modifiers);
    const cls = {
      name: outer ? `${outer.name}.${simple}` : simple,
      simple,
      lname: lower(simple),
      key: lower(outer ? `${outer.name}.${simple}` : simple),
      type,
      file,
      outer,
      line: lineOfNode(decl),
      isTest: annotations.has('istest') || Boolean(outer?.isTest),
      seeAllData: Boolean(annotations.get('istest')?.get('seealldata')),
      isVirtual: has(decl.modifiers, 'VirtualModifier') || has(decl.modifiers, 'AbstractModifier'),
      superRef: opt(decl.superClass) ?? null,
      interfaceRefs: [
        // Stryker disable next-line ArrayDeclaration: a reference that names no type resolves to no class
        ...(decl.interfaces ?? []), // an interface declaration has superInterface instead
        ...(opt(decl.superInterface) ? [opt(decl.superInterface)] : [])
      ],
      fields: new Map(),
      methods: [],
      inner: new Map(),
      superClass: null,
      interfaces: [],
      subtypes: new Set()
    };
    this.classes.set(cls.key, cls);
    for (const member of decl.members) {
      switch (kind(member)) {
        case 'ast.BlockMember$MethodMember':
          cls.methods.push(this.describeMethod(member.methodDecl, cls));
          break;
        case 'ast.BlockMember$FieldMember':
          for (const variable of member.variableDecls.decls) {
            cls.fields.set(lower(ident(variable.name)), {
              name: ident(variable.name),
              typeRef: member.variableDecls.type,
              isStatic: has(member.variableDecls.modifiers, 'StaticModifier'),
              initializer: opt(variable.assignment) ?? null,
              owner: cls
            });
          }
          break;
        case 'ast.BlockMember$PropertyMember':
          cls.fields.set(lower(ident(member.propertyDecl.name)), {
            name: ident(member.propertyDecl.name),
            typeRef: member.propertyDecl.type,
            isStatic: has(member.propertyDecl.modifiers, 'StaticModifier'),
            initializer: null,
            owner: cls
          });
          break;
        case 'ast.BlockMember$InnerClassMember':
        case 'ast.BlockMember$InnerInterfaceMember':
        case 'ast.BlockMember$InnerEnumMember': {
          const inner = this.addClass(member.body, file, cls);
          cls.inner.set(inner.lname, inner);
          break;
        }
        default:
          break;
      }
    }
    return cls;
  }

  describeMethod(decl, cls) {
    const annotations = annotationsOf(decl.modifiers);
    const name = ident(decl.name);
    const returnType = opt(decl.type) ?? null;
    return {
      name,
      lname: lower(name),
      cls,
      id: `${cls.key}#${lower(name)}@${lineOfNode(decl)}`,
      line: lineOfNode(decl),
      params: decl.parameters.map((param) => ({
        lname: lower(ident(param.name)),
        typeRef: param.typeRef
      })),
      returnType,
      isConstructor: !returnType && lower(name) === cls.lname,
      isStatic: has(decl.modifiers, 'StaticModifier'),
      isTestMethod:
        (annotations.has('istest') || has(decl.modifiers, 'TestMethodModifier')) &&
        !annotations.has('testsetup'),
      isFuture: annotations.has('future'),
      seeAllData: annotations.get('istest')?.get('seealldata'),
      body: opt(decl.stmnt) ?? null
    };
  }

  link(cls) {
    if (cls.superRef) {
      cls.superClass = this.resolveClassRef(cls.superRef, cls);
    }
    cls.interfaces = cls.interfaceRefs.map((ref) => this.resolveClassRef(ref, cls)).filter(Boolean);
    for (const parent of [cls.superClass, ...cls.interfaces].filter(Boolean)) {
      parent.subtypes.add(cls);
    }
  }

  /** Every class that is `cls` or extends or implements it, directly or not. */
  subtypesOf(cls) {
    const found = new Set([cls]);
    const queue = [cls];
    while (queue.length) {
      for (const sub of queue.shift().subtypes) {
        if (!found.has(sub)) {
          found.add(sub);
          queue.push(sub);
        }
      }
    }
    return [...found];
  }

  /** A class name as seen from `from`: inner classes of it and its outers, then top level. */
  resolveClassName(names, from) {
    const parts = names.map(lower);
    let cls = null;
    for (let scope = from; scope && !cls; scope = scope.outer) {
      if (scope.lname === parts[0]) cls = scope;
      else cls = scope.inner.get(parts[0]) ?? this.innerOfSupers(scope, parts[0]);
    }
    cls ??= this.topLevel.get(parts[0]) ?? null;
    for (const part of parts.slice(1)) {
      cls = cls?.inner.get(part) ?? null;
    }
    return cls;
  }

  innerOfSupers(cls, name) {
    for (let parent = cls.superClass; parent; parent = parent.superClass) {
      if (parent.inner.has(name)) return parent.inner.get(name);
    }
    return null;
  }

  resolveClassRef(typeRef, from) {
    if (!typeRef?.names) return null;
    return this.resolveClassName(typeRef.names.map(ident), from);
  }

  /** A type reference of the source as a TypeRef, seen from class `from`. */
  typeOfRef(typeRef, from) {
    if (!typeRef) return null;
    if (kind(typeRef) === 'ast.TypeRefs$ArrayTypeRef') {
      const held = this.typeOfRef(typeRef.heldType, from);
      return held ? new TypeRef('list', null, [held]) : null;
    }
    const names = (typeRef.names ?? []).map(ident);
    if (!names.length) return null;
    const cls = this.resolveClassName(names, from);
    const args = typeRef.typeArguments.map((arg) => this.typeOfRef(arg, from));
    return new TypeRef(
      cls ? cls.key : lower(names.join('.')),
      cls,
      args,
      cls?.name ?? names.join('.')
    );
  }

  /** A field of a class or of its superclasses. */
  fieldOf(cls, lname) {
    for (let scope = cls; scope; scope = scope.superClass) {
      if (scope.fields.has(lname)) return scope.fields.get(lname);
    }
    return null;
  }

  /** Methods named `lname` of a class or its superclasses (the nearest declaring class). */
  methodsOf(cls, lname, arity) {
    for (let scope = cls; scope; scope = scope.superClass) {
      const named = scope.methods.filter((m) => m.lname === lname && !m.isConstructor);
      if (named.length) return byArity(named, arity);
    }
    return [];
  }

  constructorsOf(cls, arity) {
    return byArity(
      cls.methods.filter((m) => m.isConstructor),
      arity
    );
  }

  /**
   * The methods a call on a receiver of class `cls` can run: the one found from `cls` up when the
   * receiver's class is known exactly, else every implementation in `cls` and its subtypes.
   */
  dispatch(cls, lname, arity, exact) {
    if (exact) return this.methodsOf(cls, lname, arity).filter((m) => m.body);
    const targets = new Set();
    for (const sub of this.subtypesOf(cls)) {
      if (sub.type !== 'class') continue;
      for (const method of this.methodsOf(sub, lname, arity)) {
        if (method.body) targets.add(method);
      }
    }
    return [...targets];
  }

  /** A class whose instances can only be of that class (no project subtypes, not an interface). */
  isFinalClass(cls) {
    return cls?.type === 'class' && this.subtypesOf(cls).length === 1;
  }
}

function byArity(methods, arity) {
  const matching = methods.filter((m) => m.params.length === arity);
  return matching.length ? matching : methods;
}

export const identOf = ident;
export const optional = opt;
export { lower };
