/*
 * Formulas parse and type-check (formulon, see scripts/gate/formulas/): validation rules, formula
 * fields, field default values and flow formulas, against the types of the fields they read. The
 * Metadata API refuses the whole deploy on one formula that does not parse or has a type error.
 * Names that do not resolve are left to the integrity checker.
 */
import { checkFormula } from '../formulas/typecheck.mjs';
import { formulasOf } from '../formulas/sources.mjs';
import { Schema } from '../integrity/schema.mjs';

export const formulas = {
  name: 'formulas',
  description:
    'validation rules, formula fields, default values and flow formulas parse and type-check',
  run(root) {
    const found = formulasOf(new Schema(root), root);
    const problems = [];
    const counts = new Map();
    for (const source of found) {
      counts.set(source.kind, (counts.get(source.kind) ?? 0) + 1);
      const { problem } = checkFormula(source.formula, {
        resolve: source.resolve,
        context: { kind: source.kind, recordTriggered: source.recordTriggered ?? false },
        expected: source.expected,
        mergeFields: source.mergeFields ?? false
      });
      if (problem)
        problems.push({
          file: source.file,
          line: source.line + source.formula.slice(0, problem.offset).split('\n').length - 1,
          message: `${source.kind} ${source.name}: ${problem.message}`
        });
    }
    return {
      problems,
      summary: [...counts]
        .map(([kind, count]) => `${count} ${kind}${count === 1 ? '' : 's'}`)
        .join(', ')
    };
  }
};
