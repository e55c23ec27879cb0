/*
 * What runs in trigger context: from each trigger's body, through the classes it instantiates and
 * the methods it calls, on the jorje AST (scripts/gate/integrity/apex.mjs). A call is followed when
 * its receiver's type is known: a local variable, parameter or field of a declared project type, a
 * `new X()`, a cast, a static `Class.method()`, an implicit or explicit `this`/`super`, or the
 * result of a project method. A call on a declared type also reaches the overrides of every
 * non-test subclass or implementation (a selector may be replaced by a subclass). Constructors,
 * field initializers and initializer blocks run when a class is instantiated or used.
 *
 * Not followed (blind spots): calls through a receiver of unknown type (a collection element
 * read with get(), an Object), Type.forName(...).newInstance(), flows, and platform events.
 */
import { kind, lineOfNode, typeText, walkAst } from '../integrity/apex.mjs';

const lower = (name) => name.toLowerCase();
const identifier = (node) => node?.value;
const optional = (node) => node?.value;
const baseType = (text) => text.replace(/<.*$/, '').replace(/\[\]$/, '');

/** Every class, inner class and interface of the project, with what the call graph needs. */
function describeTypes(apex) {
  const types = new Map();
  const add = (decl, file, outer, outerIsTest = false) => {
    const name = outer ? `${outer}.${identifier(decl.name)}` : identifier(decl.name);
    const described = {
      name,
      outer,
      file,
      line: lineOfNode(decl),
      superClass: optional(decl.superClass) ? typeText(optional(decl.superClass)) : undefined,
      interfaces: (decl.interfaces ?? []).map(typeText),
      isTest:
        outerIsTest ||
        (decl.modifiers ?? []).some(
          (modifier) =>
            kind(modifier) === 'ast.Modifier$Annotation' &&
            lower(identifier(modifier.name)) === 'istest'
        ),
      fields: new Map(),
      methods: [],
      initializers: []
    };
    types.set(lower(name), described);
    for (const member of decl.members ?? []) {
      switch (kind(member)) {
        case 'ast.BlockMember$MethodMember': {
          const method = member.methodDecl;
          described.methods.push({
            name: identifier(method.name),
            isConstructor:
              !optional(method.type) &&
              lower(identifier(method.name)) === lower(identifier(decl.name)),
            returnType: typeText(optional(method.type)),
            params: (method.parameters ?? []).map((param) => ({
              name: identifier(param.name),
              type: typeText(param.typeRef)
            })),
            body: optional(method.stmnt),
            line: lineOfNode(method),
            owner: described
          });
          break;
        }
        case 'ast.BlockMember$FieldMember':
          for (const variable of member.variableDecls.decls ?? []) {
            described.fields.set(
              lower(identifier(variable.name)),
              typeText(member.variableDecls.type)
            );
            if (optional(variable.assignment))
              described.initializers.push(optional(variable.assignment));
          }
          break;
        case 'ast.BlockMember$PropertyMember':
          described.fields.set(
            lower(identifier(member.propertyDecl.name)),
            typeText(member.propertyDecl.type)
          );
          break;
        case 'ast.BlockMember$StmntBlockMember':
        case 'ast.BlockMember$StaticStmntBlockMember':
          described.initializers.push(member.stmnt);
          break;
        case 'ast.BlockMember$InnerClassMember':
        case 'ast.BlockMember$InnerInterfaceMember':
          add(member.body, file, name, described.isTest);
          break;
        default:
          break;
      }
    }
  };
  for (const file of apex.files) {
    const unit = file.ast['apex.jorje.semantic.compiler.parser.ParserOutput']?.unit;
    if (unit?.body && ['ast.ClassDecl', 'ast.InterfaceDecl'].includes(kind(unit.body)))
      add(unit.body, file);
  }
  return types;
}

class CallGraph {
  constructor(apex) {
    this.types = describeTypes(apex);
    this.apex = apex;
  }

  /** A project type named `name` as seen from `from` (inner classes first). */
  resolveType(name, from) {
    if (!name) return undefined;
    const plain = baseType(name);
    for (
      let scope = from;
      scope;
      scope = scope.outer ? this.types.get(lower(scope.outer)) : undefined
    ) {
      const found = this.types.get(lower(`${scope.name}.${plain}`));
      if (found) return found;
    }
    return this.types.get(lower(plain));
  }

  superOf(type) {
    return this.resolveType(type.superClass, type.outer ? this.types.get(lower(type.outer)) : type);
  }

  /** Methods named `name` declared by `type` or the nearest ancestor declaring one. */
  lookUp(type, name) {
    for (let current = type; current; current = this.superOf(current)) {
      const found = current.methods.filter((method) => lower(method.name) === lower(name));
      if (found.length) return found.map((method) => ({ method, concrete: type }));
    }
    return [];
  }

  /** Non-test classes that extend or implement `type`, transitively. */
  subtypes(type) {
    const found = [];
    const queue = [type];
    while (queue.length) {
      const current = queue.shift();
      for (const candidate of this.types.values()) {
        if (candidate.isTest || found.includes(candidate)) continue;
        const parents = [candidate.superClass, ...candidate.interfaces]
          .map((parent) => this.resolveType(parent, candidate))
          .filter(Boolean);
        if (parents.includes(current)) {
          found.push(candidate);
          queue.push(candidate);
        }
      }
    }
    return found;
  }

  /** Targets of `name` called on a value of declared type `type`: its method and the overrides. */
  virtualTargets(type, name) {
    return [type, ...this.subtypes(type)].flatMap((candidate) =>
      this.lookUp(candidate, name).filter(
        ({ method }) => candidate === type || method.owner === candidate
      )
    );
  }
}

/** Local names (parameters, variables, loop variables, catch parameters) -> declared type. */
function localTypes(method) {
  const locals = new Map();
  for (const param of method.params ?? []) locals.set(lower(param.name), param.type);
  walkAst(method.body, (node) => {
    const nodeKind = kind(node);
    if (nodeKind === 'ast.Stmnt$VariableDeclStmnt') {
      for (const decl of node.variableDecls.decls ?? [])
        locals.set(lower(identifier(decl.name)), typeText(node.variableDecls.type));
    } else if (nodeKind === 'ast.ForControl$EnhancedForControl') {
      for (const name of node.init?.name ?? [])
        locals.set(lower(identifier(name)), typeText(node.type));
    } else if (nodeKind === 'ast.CatchBlock' || node.parameter?.typeRef) {
      if (node.parameter?.name)
        locals.set(lower(identifier(node.parameter.name)), typeText(node.parameter.typeRef));
    }
    return true;
  });
  return locals;
}

/**
 * Every method reachable from the project's triggers: Map key -> { method, concrete, from } where
 * `from` is the key that reached it (the trigger itself for the first step), for the call path.
 */
export function reachableFromTriggers(apex) {
  const graph = new CallGraph(apex);
  const reached = new Map();
  const queue = [];
  const keyOf = (method, concrete) =>
    `${concrete?.name ?? ''}#${method.owner?.name ?? method.name}.${method.name}:${method.line}`;
  const enqueue = (method, concrete, from) => {
    const key = keyOf(method, concrete);
    if (reached.has(key)) return;
    reached.set(key, { method, concrete, from, key });
    queue.push(key);
  };
  const initialized = new Set();
  const initialize = (type, from) => {
    for (let current = type; current; current = graph.superOf(current)) {
      if (initialized.has(current)) continue;
      initialized.add(current);
      enqueue(
        {
          name: '<init>',
          params: [],
          body: current.initializers,
          line: current.line,
          owner: current,
          synthetic: true
        },
        type,
        from
      );
    }
  };

  for (const file of apex.files) {
    const unit = file.ast['apex.jorje.semantic.compiler.parser.ParserOutput']?.unit;
    if (kind(unit) !== 'ast.CompilationUnit$TriggerDeclUnit') continue;
    const name = identifier(unit.name);
    enqueue(
      {
        name,
        params: [],
        body: unit.members,
        line: lineOfNode(unit),
        owner: { name, file },
        trigger: true
      },
      undefined,
      undefined
    );
  }

  while (queue.length) {
    const key = queue.shift();
    const { method, concrete } = reached.get(key);
    const declaring = method.owner?.methods ? method.owner : undefined;
    const locals = localTypes(method);

    const fieldType = (type, name) => {
      for (let current = type; current; current = graph.superOf(current)) {
        const declared = current.fields.get(lower(name));
        if (declared) return graph.resolveType(declared, current) ?? { external: declared };
      }
      return undefined;
    };

    /** The type of an expression: a project type, `{ static: type }`, or undefined. */
    const typeOf = (expr) => {
      switch (kind(expr)) {
        case 'ast.Expr$NewExpr':
          return graph.resolveType(typeText(expr.creator?.type), declaring);
        case 'ast.Expr$CastExpr':
          return graph.resolveType(typeText(expr.type), declaring);
        case 'ast.Expr$NestedExpr':
          return typeOf(expr.expr);
        case 'ast.Expr$ThisVariableExpr':
          return concrete ?? declaring;
        case 'ast.Expr$VariableExpr':
          return pathType(optional(expr.dottedExpr), (expr.names ?? []).map(identifier));
        case 'ast.Expr$MethodCallExpr': {
          const targets = callTargets(expr);
          const returned = targets[0]?.method.returnType;
          return returned ? graph.resolveType(returned, targets[0].method.owner) : undefined;
        }
        default:
          return undefined;
      }
    };

    /** Type reached by following `names` from a receiver expression, or from the method's scope. */
    const pathType = (receiver, names) => {
      let current;
      let rest = names;
      if (receiver) {
        current = typeOf(receiver);
      } else {
        if (!names.length) return undefined;
        const [first, ...others] = names;
        rest = others;
        const self = concrete ?? declaring;
        if (locals.has(lower(first))) {
          current = graph.resolveType(locals.get(lower(first)), declaring);
        } else if (self && fieldType(self, first)) {
          current = fieldType(self, first);
        } else {
          const type = graph.resolveType(first, declaring);
          current = type && { static: type };
        }
      }
      for (const name of rest) {
        if (!current || current.external) return undefined;
        const type = current.static ?? current;
        const inner = graph.types.get(lower(`${type.name}.${name}`));
        current = fieldType(type, name) ?? (inner && { static: inner });
      }
      return current?.external ? undefined : current;
    };

    /** The methods a call may run, each with the runtime class it runs for. */
    const callTargets = (call) => {
      const names = (call.names ?? []).map(identifier);
      const name = names.at(-1);
      if (!name) return [];
      const receiver = optional(call.dottedExpr);
      if (!receiver && names.length === 1) {
        const self = concrete ?? declaring;
        return self ? graph.lookUp(self, name) : [];
      }
      if (kind(receiver) === 'ast.Expr$SuperVariableExpr' && names.length === 1) {
        const parent = declaring && graph.superOf(declaring);
        return parent ? graph.lookUp(parent, name).map((target) => ({ ...target, concrete })) : [];
      }
      const type = pathType(receiver, names.slice(0, -1));
      if (!type) return [];
      if (type.static) return graph.lookUp(type.static, name);
      return graph.virtualTargets(type, name);
    };

    walkAst(method.body, (node) => {
      switch (kind(node)) {
        case 'ast.Expr$MethodCallExpr':
          for (const target of callTargets(node)) {
            if (target.method.owner?.methods) initialize(target.method.owner, key);
            enqueue(target.method, target.concrete, key);
          }
          return true;
        case 'ast.Expr$NewExpr': {
          const type = graph.resolveType(typeText(node.creator?.type), declaring);
          if (type) {
            initialize(type, key);
            for (const constructor of type.methods.filter((m) => m.isConstructor))
              enqueue(constructor, type, key);
          }
          return true;
        }
        // this(…) needs no case: a constructor is only reached with all its class's constructors
        case 'ast.Expr$SuperMethodCallExpr': {
          const parent = declaring && graph.superOf(declaring);
          for (const constructor of parent?.methods.filter((m) => m.isConstructor) ?? [])
            enqueue(constructor, concrete, key);
          return true;
        }
        default:
          return true;
      }
    });
  }
  return { reached, graph };
}

/** The call path to a reached method, trigger first: ['FeedCommentTrigger', 'Handler.afterInsert', …]. */
export function callPath(reached, key) {
  const path = [];
  for (let current = reached.get(key); current; current = reached.get(current.from)) {
    const { method } = current;
    path.unshift(method.trigger ? method.name : `${method.owner.name}.${method.name}`);
  }
  return path;
}
