/*
 * Runs every Apex test method abstractly, following calls into the project's own classes, and
 * reports what the platform would refuse at run time although the code compiles: a callout after
 * uncommitted work, a callout without a mock, Limits read after Test.stopTest(), Test.startTest()
 * or Test.stopTest() twice, mixed setup and non-setup DML outside System.runAs, ConnectApi without
 * SeeAllData=true.
 *
 * The abstract state at a point of a test is: the phase (before Test.startTest(), inside the
 * start/stop block, after Test.stopTest()), the first uncommitted DML or async enqueue of the outer
 * context and of the block, whether Test.setMock was called, the first setup and non-setup DML of
 * the current System.runAs segment, and which class each static seam field was given by the test
 * (`GitLabIssueClient.transport = new FakeTransport()`). Branches keep every state they can reach
 * (may analysis); loops run twice; a method's effect is computed once per abstract entry state and
 * reused.
 */
import { kind, lineOfNode, walkAst } from '../integrity/apex.mjs';
import { TypeRef, identOf, lower, optional } from './model.mjs';

const OUTER = 'outer';
const BLOCK = 'block';
const AFTER = 'after';

/** Stand-ins for the caller's causes while a method's effect is computed once for every caller. */
const ENTRY = { outer: {}, block: {}, setup: {}, data: {} };

const DML_STATEMENTS = {
  'ast.Stmnt$DmlInsertStmnt': 'insert',
  'ast.Stmnt$DmlUpdateStmnt': 'update',
  'ast.Stmnt$DmlUpsertStmnt': 'upsert',
  'ast.Stmnt$DmlDeleteStmnt': 'delete',
  'ast.Stmnt$DmlUndeleteStmnt': 'undelete',
  'ast.Stmnt$DmlMergeStmnt': 'merge'
};

const DATABASE_DML = new Set([
  'insert',
  'update',
  'upsert',
  'delete',
  'undelete',
  'merge',
  'convertlead',
  'emptyrecyclebin'
]);

const ASYNC_CALLS = new Map([
  ['system.enqueuejob', 'System.enqueueJob'],
  ['database.executebatch', 'Database.executeBatch'],
  ['system.schedule', 'System.schedule'],
  ['system.schedulebatch', 'System.scheduleBatch']
]);

const CALLOUTS = new Set(['http.send', 'webservicecallout.invoke']);

/**
 * Setup objects (Apex Developer Guide, "sObjects That Can't Be Used Together in DML Operations").
 * User and Group are setup objects only for some operations; see setupKind().
 */
const SETUP_OBJECTS = new Set([
  'authsession',
  'contentworkspace',
  'fieldpermissions',
  'forecastingshare',
  'groupmember',
  'objectpermissions',
  'objectterritory2assignmentrule',
  'objectterritory2assignmentruleitem',
  'permissionset',
  'permissionsetassignment',
  'permissionsetlicenseassign',
  'queuesobject',
  'ruleterritory2association',
  'setupentityaccess',
  'territory',
  'territory2',
  'territory2model',
  'userterritory',
  'userterritory2association',
  'userrole',
  'userpackagelicense'
]);
/** User fields whose update cannot be mixed with other DML (same page, "User"). */
const USER_SETUP_FIELDS = new Set([
  'userroleid',
  'isactive',
  'forecastenabled',
  'isportalenabled',
  'username',
  'profileid'
]);

const stateKey = (s) =>
  [
    s.phase,
    s.outer ? 1 : 0,
    s.block ? 1 : 0,
    s.mock ? 1 : 0,
    s.setup ? 1 : 0,
    s.data ? 1 : 0,
    Object.entries(s.bind)
      .map(([field, cls]) => `${field}=${cls.key}`)
      .sort()
      .join(',')
    // Stryker disable next-line StringLiteral: a phase name, five digits, then the seams: parts that cannot run together
  ].join('|');

function unique(states) {
  const seen = new Map();
  for (const s of states) {
    const key = stateKey(s);
    if (!seen.has(key)) seen.set(key, s);
  }
  return [...seen.values()];
}

/** The expressions directly under a node, in source order, looking through Optional wrappers. */
function childExpressions(node) {
  const found = [];
  const visit = (value) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const nodeKind = kind(value);
    if (nodeKind.startsWith('ast.Expr$')) found.push(value);
    else if (!value['@class'] && 'value' in value) visit(value.value);
    else if (nodeKind.startsWith('ast.NewObject$') || nodeKind === 'ast.NameValueParameter') {
      for (const [key, child] of Object.entries(value)) if (key !== 'loc') visit(child);
    }
  };
  for (const [key, child] of Object.entries(node)) {
    if (key !== 'loc' && key !== '@class') visit(child);
  }
  return found.sort((a, b) => lineOfNode(a) - lineOfNode(b));
}

export class TestContextAnalysis {
  constructor(model, { standardObjects = new Set() } = {}) {
    this.model = model;
    this.standardObjects = standardObjects;
    this.memo = new Map();
    this.running = new Set();
    // While the assigned fields are collected, an owner reached through a field (`a.b.c = x`) is
    // typed from the field's declaration and initializer.
    this.assignedInCode = new Set();
    this.assignedInCode = this.fieldsAssignedInProductionCode();
  }

  // ---------- names and types ----------

  /** Local variable types of a method (declarations, parameters, loop variables, catch params). */
  localsOf(method) {
    // Stryker disable next-line ConditionalExpression: a cache; computing the locals again gives the same
    if (method.locals) return method.locals;
    const types = new Map();
    const news = new Map();
    const reassigned = new Set();
    for (const param of method.params) {
      types.set(param.lname, this.model.typeOfRef(param.typeRef, method.cls));
      news.set(param.lname, null);
    }
    const noteNew = (name, expr) => {
      const created = this.createdClass(expr, method.cls);
      if (!news.has(name)) news.set(name, created);
      else if (news.get(name) !== created) news.set(name, null);
    };
    walkAst(method.body, (node) => {
      switch (kind(node)) {
        case 'ast.VariableDecls':
          for (const decl of node.decls) {
            const name = lower(identOf(decl.name));
            if (!types.has(name)) types.set(name, this.model.typeOfRef(node.type, method.cls));
            const init = optional(decl.assignment);
            if (init) noteNew(name, init);
          }
          break;
        case 'ast.ForControl$EnhancedForControl': {
          // the loop variable's name is a list of (one) identifier in the jorje AST
          const name = lower(node.init.name.map(identOf).join('.'));
          if (!types.has(name)) types.set(name, this.model.typeOfRef(node.type, method.cls));
          news.set(name, null);
          break;
        }
        case 'ast.CatchBlock': {
          const name = lower(identOf(node.parameter.name));
          types.set(name, this.model.typeOfRef(node.parameter.typeRef, method.cls));
          break;
        }
        case 'ast.Expr$AssignmentExpr': {
          const left = node.left;
          if (kind(left) === 'ast.Expr$VariableExpr' && !optional(left.dottedExpr)) {
            if (left.names.length === 1) {
              noteNew(lower(identOf(left.names[0])), node.right);
              reassigned.add(lower(identOf(left.names[0])));
            }
          }
          break;
        }
        default:
          break;
      }
    });
    method.locals = { types, news, reassigned };
    return method.locals;
  }

  /**
   * The project class `new X(...)` creates, or null. Only `new X(...)` names a project class: an
   * SObject's `new X(Field = ...)` resolves to none, and list, set and map creators have no `type`.
   */
  createdClass(expr, scope) {
    return kind(expr) === 'ast.Expr$NewExpr'
      ? this.model.resolveClassRef(expr.creator.type, scope)
      : null;
  }

  /** What a field read gives: its declared type, or the exact class a test or its initializer set. */
  fieldValue(field, state) {
    const key = `${field.owner.key}.${lower(field.name)}`;
    const type = this.model.typeOfRef(field.typeRef, field.owner);
    const bound = field.isStatic ? state.bind[key] : undefined;
    if (bound) return { type: new TypeRef(bound.key, bound), exact: true, field: key };
    if (field.initializer && !this.assignedInCode.has(key)) {
      const created = this.createdClass(field.initializer, field.owner);
      if (created) return { type: new TypeRef(created.key, created), exact: true, field: key };
    }
    return { type, exact: this.model.isFinalClass(type?.cls), field: key };
  }

  /** A field visible by its simple name from a class: its own and inherited, then outer classes. */
  fieldInScope(cls, lname) {
    for (let scope = cls; scope; scope = scope.outer) {
      const field = this.model.fieldOf(scope, lname);
      if (field && (scope === cls || field.isStatic)) return field;
    }
    return null;
  }

  /**
   * Resolves a dotted name chain: a value (with its type, and the static field it was read from)
   * or a class (project or standard).
   */
  resolveNames(names, base, ctx, state) {
    let value = base;
    let rest = names;
    if (!value) {
      const first = lower(names[0]);
      const locals = this.localsOf(ctx.method);
      if (locals.types.has(first)) {
        const declared = locals.types.get(first);
        const passed = locals.reassigned.has(first) ? null : ctx.argClasses?.[first];
        const created = locals.news.get(first) ?? passed;
        value = created
          ? { type: new TypeRef(created.key, created), exact: true }
          : { type: declared, exact: this.model.isFinalClass(declared?.cls) };
        rest = names.slice(1);
      } else {
        const field = this.fieldInScope(ctx.cls, first);
        if (field) {
          value = this.fieldValue(field, state);
          rest = names.slice(1);
        } else {
          const cls = this.model.resolveClassName([names[0]], ctx.cls);
          value = cls ? { cls } : { std: first };
          rest = names.slice(1);
        }
      }
    }
    for (const name of rest) {
      const lname = lower(name);
      if (value.cls) {
        const inner = value.cls.inner.get(lname);
        const field = inner ? null : this.model.fieldOf(value.cls, lname);
        if (inner) value = { cls: inner };
        else if (field) value = this.fieldValue(field, state);
        else return null;
      } else if (value.std) {
        value = { std: `${value.std}.${lname}` };
      } else if (value.type?.cls) {
        const field = this.model.fieldOf(value.type.cls, lname);
        if (!field) return null;
        value = this.fieldValue(field, state);
      } else {
        return null;
      }
    }
    return value;
  }

  /** The value an expression has: { type, exact } or a class; null when unknown. */
  typeOf(expr, ctx, state) {
    if (!expr) return null;
    switch (kind(expr)) {
      case 'ast.Expr$VariableExpr': {
        const dotted = optional(expr.dottedExpr);
        const base = dotted ? this.typeOf(dotted, ctx, state) : null;
        if (dotted && !base) return null;
        return this.resolveNames(expr.names.map(identOf), base, ctx, state);
      }
      case 'ast.Expr$MethodCallExpr': {
        const call = this.resolveCall(expr, ctx, state);
        const target = call?.targets?.[0];
        if (!target?.method.returnType) return null;
        const type = this.model.typeOfRef(target.method.returnType, target.method.cls);
        return { type, exact: this.model.isFinalClass(type?.cls) };
      }
      case 'ast.Expr$NewExpr':
        return this.typeOfNew(expr.creator, ctx);
      case 'ast.Expr$CastExpr': {
        const type = this.model.typeOfRef(expr.type, ctx.cls);
        return { type, exact: this.model.isFinalClass(type?.cls) };
      }
      case 'ast.Expr$ThisVariableExpr':
        return { type: new TypeRef(ctx.thisCls.key, ctx.thisCls), exact: ctx.thisExact };
      case 'ast.Expr$TernaryExpr':
        return this.typeOf(expr.trueExpr, ctx, state);
      case 'ast.Expr$NestedExpr':
        return this.typeOf(expr.expr, ctx, state);
      case 'ast.Expr$ArrayExpr': {
        const list = this.typeOf(expr.expr, ctx, state);
        const element = list?.type?.element();
        return element && element !== list.type ? { type: element, exact: false } : null;
      }
      case 'ast.Expr$SoqlExpr': {
        const table = expr.query?.from?.exprs?.[0]?.table?.field;
        const name = identOf(table);
        return name
          ? { type: new TypeRef('list', null, [new TypeRef(lower(name), null, [], name)]) }
          : null;
      }
      default:
        return null;
    }
  }

  typeOfNew(creator, ctx) {
    const creatorKind = kind(creator);
    if (
      creatorKind === 'ast.NewObject$NewStandard' ||
      creatorKind === 'ast.NewObject$NewKeyValue'
    ) {
      const type = this.model.typeOfRef(creator.type, ctx.cls);
      return type ? { type, exact: true } : null;
    }
    const container = {
      'ast.NewObject$NewListInit': 'list',
      'ast.NewObject$NewListLiteral': 'list',
      'ast.NewObject$NewSetInit': 'set',
      'ast.NewObject$NewSetLiteral': 'set',
      'ast.NewObject$NewMapInit': 'map',
      'ast.NewObject$NewMapLiteral': 'map'
    }[creatorKind];
    if (!container) return null;
    const args = creator.types.map((t) => this.model.typeOfRef(t, ctx.cls));
    return { type: new TypeRef(container, null, args), exact: true };
  }

  /**
   * What a call runs: { std: 'database.insert' } for a platform method, { targets } for project
   * methods (with the class `this` has in them), or null when the receiver is unknown.
   */
  resolveCall(call, ctx, state) {
    const names = call.names.map(identOf);
    const method = lower(names.at(-1));
    const arity = call.inputParameters.length;
    const dotted = optional(call.dottedExpr);
    let receiver = null;
    if (dotted) {
      receiver = this.typeOf(dotted, ctx, state);
      if (!receiver) return null;
      if (names.length > 1) receiver = this.resolveNames(names.slice(0, -1), receiver, ctx, state);
    } else if (names.length > 1) {
      receiver = this.resolveNames(names.slice(0, -1), null, ctx, state);
    } else {
      return { targets: this.unqualifiedTargets(method, arity, ctx) };
    }
    if (!receiver) return null;
    if (receiver.cls) {
      const targets = this.model
        .methodsOf(receiver.cls, method, arity)
        .filter((m) => m.body)
        .map((m) => ({ method: m, thisCls: receiver.cls, thisExact: false }));
      return { targets };
    }
    if (receiver.std) return { std: normalise(`${receiver.std}.${method}`) };
    const type = receiver.type;
    if (type?.cls) {
      const targets = this.model.dispatch(type.cls, method, arity, receiver.exact).map((m) => ({
        method: m,
        thisCls: receiver.exact ? type.cls : m.cls,
        thisExact: receiver.exact
      }));
      return { targets };
    }
    if (type) return { std: normalise(`${type.name}.${method}`) };
    return null;
  }

  unqualifiedTargets(method, arity, ctx) {
    for (let scope = ctx.cls; scope; scope = scope.outer) {
      const found = this.model.methodsOf(scope, method, arity);
      if (!found.length) continue;
      const targets = new Map();
      for (const m of found) {
        const dispatched =
          m.isStatic || scope !== ctx.cls
            ? []
            : this.model.dispatch(ctx.thisCls, method, arity, ctx.thisExact);
        const chosen = dispatched.length ? dispatched : m.body ? [m] : [];
        for (const target of chosen) {
          targets.set(target, {
            method: target,
            thisCls: m.isStatic ? scope : ctx.thisCls,
            thisExact: ctx.thisExact
          });
        }
      }
      return [...targets.values()];
    }
    return [];
  }

  /** Fields assigned in non-test code besides their declaration: their initializer may not hold. */
  fieldsAssignedInProductionCode() {
    const assigned = new Set();
    for (const cls of this.model.classes.values()) {
      if (cls.isTest) continue;
      for (const method of cls.methods) {
        if (!method.body) continue;
        const ctx = this.context(method, cls, false);
        walkAst(method.body, (node) => {
          if (kind(node) !== 'ast.Expr$AssignmentExpr') return;
          const key = this.assignedField(node.left, ctx, emptyState());
          if (key) assigned.add(key);
        });
      }
    }
    return assigned;
  }

  assignedField(left, ctx, state) {
    if (kind(left) !== 'ast.Expr$VariableExpr') return null;
    const names = left.names.map(identOf);
    const dotted = optional(left.dottedExpr);
    const ownerValue =
      names.length > 1
        ? this.resolveNames(
            names.slice(0, -1),
            dotted ? this.typeOf(dotted, ctx, state) : null,
            ctx,
            state
          )
        : dotted
          ? this.typeOf(dotted, ctx, state)
          : null;
    const last = lower(names.at(-1));
    let field = null;
    if (!ownerValue && names.length === 1 && !dotted) {
      if (this.localsOf(ctx.method).types.has(last)) return null;
      field = this.fieldInScope(ctx.cls, last);
    } else if (ownerValue?.cls) {
      field = this.model.fieldOf(ownerValue.cls, last);
    } else if (ownerValue?.type?.cls) {
      field = this.model.fieldOf(ownerValue.type.cls, last);
    }
    return field ? `${field.owner.key}.${lower(field.name)}` : null;
  }

  // ---------- the abstract run ----------

  context(method, thisCls, thisExact, argClasses = {}) {
    return {
      argClasses,
      method,
      cls: method.cls,
      thisCls: thisCls ?? method.cls,
      thisExact: Boolean(thisExact),
      file: method.cls.file.rel,
      label: `${method.cls.name}.${method.name}`,
      returns: [],
      violations: []
    };
  }

  /** Runs one test method; returns its violations. */
  runTest(method) {
    const result = this.callMethod(method, method.cls, false, emptyState());
    const seeAllData = method.seeAllData ?? method.cls.seeAllData;
    return result.violations.filter((v) => v.rule !== 'connectapi-seealldata' || !seeAllData);
  }

  /** The effect of running `method` from `state`: its exit states and the violations on the way. */
  callMethod(method, thisCls, thisExact, state, argClasses = {}) {
    const abstract = {
      ...state,
      outer: state.outer ? ENTRY.outer : null,
      block: state.block ? ENTRY.block : null,
      setup: state.setup ? ENTRY.setup : null,
      data: state.data ? ENTRY.data : null
    };
    const args = Object.entries(argClasses)
      .map(([name, cls]) => `${name}=${cls.key}`)
      .join(',');
    const key = `${method.id}|${thisCls?.key}|${thisExact}|${args}|${stateKey(abstract)}`;
    let summary = this.memo.get(key);
    if (!summary) {
      if (this.running.has(key) || this.running.size > 60)
        return { exits: [state], violations: [] };
      this.running.add(key);
      const ctx = this.context(method, thisCls, thisExact, argClasses);
      const ends = this.exec(method.body, [abstract], ctx);
      this.running.delete(key);
      summary = { exits: unique([...ends, ...ctx.returns]), violations: ctx.violations };
      this.memo.set(key, summary);
    }
    const real = (cause) =>
      cause === ENTRY.outer
        ? state.outer
        : cause === ENTRY.block
          ? state.block
          : cause === ENTRY.setup
            ? state.setup
            : cause === ENTRY.data
              ? state.data
              : cause;
    return {
      exits: summary.exits.map((s) => ({
        ...s,
        outer: real(s.outer),
        block: real(s.block),
        setup: real(s.setup),
        data: real(s.data)
      })),
      violations: summary.violations.map((v) => ({ ...v, cause: real(v.cause) }))
    };
  }

  exec(node, states, ctx) {
    const stmt = unwrap(node);
    if (!stmt || !states.length) return states;
    const stmtKind = kind(stmt);
    if (DML_STATEMENTS[stmtKind]) {
      let after = states;
      for (const expr of [stmt.expr, stmt.expr1, stmt.expr2].filter(Boolean)) {
        after = this.eval(expr, after, ctx);
      }
      const target = stmt.expr ?? stmt.expr1;
      return this.dml(DML_STATEMENTS[stmtKind], target, after, ctx, lineOfNode(stmt));
    }
    switch (stmtKind) {
      case 'ast.Stmnt$BlockStmnt': {
        let current = states;
        for (const child of stmt.stmnts) current = this.exec(child, current, ctx);
        return current;
      }
      case 'ast.Stmnt$ExpressionStmnt':
        return this.eval(stmt.expr, states, ctx);
      case 'ast.Stmnt$VariableDeclStmnt': {
        let current = states;
        for (const decl of stmt.variableDecls.decls) {
          current = this.eval(optional(decl.assignment), current, ctx);
        }
        return current;
      }
      case 'ast.Stmnt$ReturnStmnt':
        ctx.returns.push(...this.eval(optional(stmt.expr), states, ctx));
        return [];
      case 'ast.Stmnt$ThrowStmnt':
        this.eval(stmt.expr, states, ctx);
        return [];
      case 'ast.Stmnt$IfElseBlock': {
        const reached = [];
        let fallThrough = states;
        for (const block of stmt.ifBlocks) {
          const tested = this.eval(block.expr, fallThrough, ctx);
          reached.push(...this.exec(block.stmnt, tested, ctx));
          fallThrough = tested;
        }
        const elseBlock = optional(stmt.elseBlock);
        reached.push(...(elseBlock ? this.exec(elseBlock.stmnt, fallThrough, ctx) : fallThrough));
        return unique(reached);
      }
      case 'ast.Stmnt$ForLoop':
        return this.loop(stmt, states, ctx);
      case 'ast.Stmnt$WhileLoop': {
        const tested = this.eval(stmt.condition, states, ctx);
        return this.twice(stmt.stmnt, tested, ctx, stmt.condition);
      }
      case 'ast.Stmnt$DoLoop': {
        const once = this.eval(stmt.condition, this.exec(stmt.stmnt, states, ctx), ctx);
        return unique([
          ...once,
          ...this.eval(stmt.condition, this.exec(stmt.stmnt, once, ctx), ctx)
        ]);
      }
      case 'ast.Stmnt$TryCatchFinallyBlock': {
        const tried = this.exec(stmt.tryBlock, states, ctx);
        const thrown = unique([...states, ...tried]);
        const reached = [...tried];
        for (const catchBlock of stmt.catchBlocks) {
          reached.push(...this.exec(catchBlock.stmnt, thrown, ctx));
        }
        const finallyBlock = optional(stmt.finallyBlock);
        const merged = unique(reached);
        return finallyBlock ? this.exec(finallyBlock.stmnt, merged, ctx) : merged;
      }
      case 'ast.Stmnt$SwitchStmnt': {
        const tested = this.eval(stmt.expr, states, ctx);
        const reached = [];
        let hasElse = false;
        for (const when of stmt.whenBlocks) {
          if (kind(when) === 'ast.WhenBlock$ElseWhen') hasElse = true;
          reached.push(...this.exec(when.stmnt, tested, ctx));
        }
        if (!hasElse) reached.push(...tested);
        return unique(reached);
      }
      case 'ast.Stmnt$RunAsBlock': {
        let current = states;
        for (const param of stmt.inputParameters) current = this.eval(param, current, ctx);
        const after = [];
        for (const s of current) {
          const inner = this.exec(stmt.stmnt, [{ ...s, setup: null, data: null }], ctx);
          after.push(...inner.map((r) => ({ ...r, setup: s.setup, data: s.data })));
        }
        return unique(after);
      }
      default:
        return this.evalChildren(stmt, states, ctx);
    }
  }

  loop(stmt, states, ctx) {
    const control = stmt.forControl;
    let current = states;
    if (kind(control) === 'ast.ForControl$EnhancedForControl') {
      current = this.eval(optional(control.init?.expr), current, ctx);
      return this.twice(stmt.stmnt, current, ctx, null);
    }
    for (const init of optional(control?.inits)?.inits ?? []) {
      current = this.eval(optional(init.expr), current, ctx);
    }
    const condition = optional(control?.condition);
    current = this.eval(condition, current, ctx);
    const body = stmt.stmnt;
    const step = optional(control?.control);
    const once = this.eval(condition, this.eval(step, this.exec(body, current, ctx), ctx), ctx);
    const again = this.eval(condition, this.eval(step, this.exec(body, once, ctx), ctx), ctx);
    return unique([...current, ...once, ...again]);
  }

  /** A loop body that may run zero, one or more times. */
  twice(body, states, ctx, condition) {
    const once = this.eval(condition, this.exec(body, states, ctx), ctx);
    const again = this.eval(condition, this.exec(body, once, ctx), ctx);
    return unique([...states, ...once, ...again]);
  }

  evalChildren(node, states, ctx) {
    let current = states;
    for (const expr of childExpressions(node)) current = this.eval(expr, current, ctx);
    for (const [key, child] of Object.entries(node)) {
      if (key === 'loc') continue;
      const stmts = (Array.isArray(child) ? child : [optional(child) ?? child]).filter((c) =>
        kind(c).startsWith('ast.Stmnt$')
      );
      for (const inner of stmts) current = this.exec(inner, current, ctx);
    }
    return current;
  }

  eval(expr, states, ctx) {
    if (!expr || !states.length) return states;
    switch (kind(expr)) {
      case 'ast.Expr$MethodCallExpr': {
        let current = this.eval(optional(expr.dottedExpr), states, ctx);
        for (const arg of expr.inputParameters) current = this.eval(arg, current, ctx);
        return this.call(expr, current, ctx);
      }
      case 'ast.Expr$NewExpr': {
        const current = this.evalChildren(expr.creator, states, ctx);
        return this.construct(expr, current, ctx);
      }
      case 'ast.Expr$TernaryExpr': {
        const tested = this.eval(expr.condition, states, ctx);
        return unique([
          ...this.eval(expr.trueExpr, tested, ctx),
          ...this.eval(expr.falseExpr, tested, ctx)
        ]);
      }
      case 'ast.Expr$BooleanExpr': {
        const left = this.eval(expr.left, states, ctx);
        const right = this.eval(expr.right, left, ctx);
        const shortCircuit = ['AND', 'OR'].includes(expr.op?.$);
        return shortCircuit ? unique([...left, ...right]) : right;
      }
      case 'ast.Expr$AssignmentExpr': {
        let current = this.eval(expr.right, states, ctx);
        current = this.eval(optional(expr.left?.dottedExpr), current, ctx);
        return current.map((s) => this.bindSeam(expr, s, ctx));
      }
      case 'ast.Expr$SoqlExpr':
      case 'ast.Expr$SoslExpr':
      case 'ast.Expr$VariableExpr':
      case 'ast.Expr$LiteralExpr':
        return this.eval(optional(expr.dottedExpr), states, ctx);
      default:
        return this.evalChildren(expr, states, ctx);
    }
  }

  /** `Class.staticField = value`: remembers which class the seam now holds, when it is known. */
  bindSeam(assignment, state, ctx) {
    const key = this.assignedField(assignment.left, ctx, state);
    if (!key) return state;
    const field = this.fieldByKey(key);
    if (!field?.isStatic) return state;
    const value = this.typeOf(assignment.right, ctx, state);
    const cls = value?.type?.cls;
    const bind = { ...state.bind };
    if (cls && (value.exact || this.model.isFinalClass(cls))) bind[key] = cls;
    else delete bind[key];
    return { ...state, bind };
  }

  fieldByKey(key) {
    const dot = key.lastIndexOf('.');
    return this.model.classes.get(key.slice(0, dot))?.fields.get(key.slice(dot + 1)) ?? null;
  }

  construct(expr, states, ctx) {
    const cls =
      kind(expr.creator) === 'ast.NewObject$NewStandard'
        ? this.model.resolveClassRef(expr.creator.type, ctx.cls)
        : null;
    if (!cls) return states;
    const arity = expr.creator.inputParameters.length;
    const constructors = this.model.constructorsOf(cls, arity).filter((m) => m.body);
    if (!constructors.length) return states;
    return this.runTargets(
      constructors.map((method) => ({ method, thisCls: cls, thisExact: true })),
      states,
      ctx,
      lineOfNode(expr),
      expr.creator.inputParameters
    );
  }

  call(expr, states, ctx) {
    const line = lineOfNode(expr);
    const after = [];
    for (const state of states) {
      const resolved = this.resolveCall(expr, ctx, state);
      if (resolved?.std) after.push(...this.platformCall(resolved.std, expr, state, ctx, line));
      else if (resolved?.targets?.length) {
        after.push(...this.runTargets(resolved.targets, [state], ctx, line, expr.inputParameters));
      } else after.push(state);
    }
    return unique(after);
  }

  runTargets(targets, states, ctx, line, args) {
    const after = [];
    for (const state of states) {
      // an argument whose class is known exactly (a fake passed to a seam parameter) stays known
      const argValues = args.map((arg) => this.typeOf(arg, ctx, state));
      for (const { method, thisCls, thisExact } of targets) {
        const argClasses = {};
        method.params.forEach((param, i) => {
          const value = argValues[i];
          if (value?.exact && value.type?.cls) argClasses[param.lname] = value.type.cls;
        });
        if (method.isFuture) {
          after.push(
            this.pending(state, {
              what: `@future ${method.cls.name}.${method.name}`,
              file: ctx.file,
              line,
              in: ctx.label
            })
          );
          continue;
        }
        const result = this.callMethod(method, thisCls, thisExact, state, argClasses);
        after.push(...result.exits);
        for (const violation of result.violations) {
          ctx.violations.push({
            ...violation,
            path: [
              { file: ctx.file, line, label: `${method.cls.name}.${method.name}` },
              ...violation.path
            ]
          });
        }
      }
    }
    return unique(after);
  }

  platformCall(name, expr, state, ctx, line) {
    const site = { file: ctx.file, line, in: ctx.label };
    const flag = (rule, detail, cause = null) =>
      ctx.violations.push({ rule, site, detail, cause, path: [] });
    if (name === 'test.starttest') {
      if (state.phase !== OUTER)
        flag('start-stop-once', 'Test.startTest() is called a second time');
      return [{ ...state, phase: BLOCK, block: null }];
    }
    if (name === 'test.stoptest') {
      if (state.phase === AFTER) flag('start-stop-once', 'Test.stopTest() is called a second time');
      return [{ ...state, phase: AFTER }];
    }
    if (name === 'test.setmock') return [{ ...state, mock: true }];
    if (CALLOUTS.has(name)) {
      const pending = state.phase === BLOCK ? state.block : (state.outer ?? state.block);
      if (pending) flag('callout-after-dml', `callout ${calloutName(name)}`, pending);
      if (!state.mock) flag('callout-without-mock', `callout ${calloutName(name)}`);
      return [state];
    }
    const [namespace, member] = [
      name.slice(0, name.lastIndexOf('.')),
      name.slice(name.lastIndexOf('.') + 1)
    ];
    if (namespace === 'database' && DATABASE_DML.has(member)) {
      return this.dml(`Database.${member}`, expr.inputParameters?.[0], [state], ctx, line);
    }
    if (ASYNC_CALLS.has(name)) {
      return [this.pending(state, { what: ASYNC_CALLS.get(name), ...site })];
    }
    if (namespace === 'limits' && ctx.cls.isTest && state.phase === AFTER) {
      flag('limits-after-stoptest', `${sourceName(expr)}() read after Test.stopTest()`);
    }
    if (namespace.startsWith('connectapi.') && !member.startsWith('settest')) {
      flag('connectapi-seealldata', `${sourceName(expr)}()`);
    }
    return [state];
  }

  /** Async work enqueued outside the start/stop block is uncommitted work for later callouts. */
  pending(state, cause) {
    if (state.phase === BLOCK || state.outer) return state;
    return { ...state, outer: cause };
  }

  dml(operation, target, states, ctx, line) {
    const sobject = this.sobjectOf(target, ctx, states[0]);
    const setupKind = this.setupKind(sobject?.name, operation, target);
    const cause = {
      what: `${operation}${sobject ? ` of ${sobject.display}` : ''}`,
      file: ctx.file,
      line,
      in: ctx.label
    };
    return states.map((state) => {
      const next = { ...state };
      if (state.phase === BLOCK) next.block ??= cause;
      else next.outer ??= cause;
      if (setupKind === 'setup') {
        if (state.data) {
          ctx.violations.push({
            rule: 'mixed-dml',
            site: cause,
            detail: cause.what,
            cause: state.data,
            path: []
          });
        }
        next.setup ??= cause;
      } else if (setupKind === 'data') {
        if (state.setup) {
          ctx.violations.push({
            rule: 'mixed-dml',
            site: cause,
            detail: cause.what,
            cause: state.setup,
            path: []
          });
        }
        next.data ??= cause;
      }
      return next;
    });
  }

  /** The SObject type a DML statement or Database method works on, when the source shows it. */
  sobjectOf(target, ctx, state) {
    if (!target || !state) return null;
    const type = this.typeOf(target, ctx, state)?.type;
    const element = type?.element();
    if (!element || element.cls || element.name === 'sobject') return null;
    return element;
  }

  /** 'setup', 'data' or null (unknown, or allowed with both). */
  setupKind(sobject, operation, target) {
    if (!sobject) return null;
    const op = operation.replace(/^Database\./, '');
    if (sobject === 'group') return op === 'insert' || op === 'update' ? null : 'setup';
    if (sobject === 'user') {
      const fields = this.keyValueFields(target);
      return fields.some((f) => USER_SETUP_FIELDS.has(f) && (op !== 'insert' || f === 'userroleid'))
        ? 'setup'
        : null;
    }
    if (SETUP_OBJECTS.has(sobject)) return 'setup';
    if (sobject.endsWith('__c') || this.standardObjects.has(sobject)) return 'data';
    return null;
  }

  keyValueFields(target) {
    if (kind(target) !== 'ast.Expr$NewExpr' || kind(target.creator) !== 'ast.NewObject$NewKeyValue')
      return [];
    return target.creator.keyValues.map((kv) => lower(identOf(kv.name)));
  }
}

/** A node, or the node an Optional wrapper holds. */
function unwrap(node) {
  return node && !node['@class'] && 'value' in node ? node.value : node;
}

function emptyState() {
  return { phase: OUTER, outer: null, block: null, mock: false, setup: null, data: null, bind: {} };
}

/** `system.limits.getqueries` -> `limits.getqueries`; `system.enqueuejob` stays. */
function normalise(name) {
  const parts = name.split('.');
  return parts[0] === 'system' && parts.length > 2 ? parts.slice(1).join('.') : name;
}

/** A call as written: `System.Limits.getQueries`. */
function sourceName(call) {
  return call.names.map(identOf).join('.');
}

function calloutName(name) {
  return name === 'http.send' ? 'Http.send' : 'WebServiceCallout.invoke';
}

/** `System.runAs` in a class that is not a test class (the platform allows it in tests only). */
export function runAsOutsideTests(model) {
  const found = [];
  for (const cls of model.classes.values()) {
    if (cls.isTest) continue;
    for (const method of cls.methods) {
      walkAst(method.body, (node) => {
        if (kind(node) !== 'ast.Stmnt$RunAsBlock') return;
        found.push({
          file: cls.file.rel,
          line: lineOfNode(node),
          label: `${cls.name}.${method.name}`
        });
      });
    }
  }
  return found;
}
