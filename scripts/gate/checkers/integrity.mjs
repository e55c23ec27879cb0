/*
 * Reference integrity: what only an org deploy would catch, caught here. Every SOQL field and
 * object, formula reference, flow reference, callout, LWC import and access grant resolves
 * against the project's metadata plus config/standard-objects.json; so do the columns of report
 * types, reports and dashboards (integrity/reports.mjs).
 */
import { readApex } from '../integrity/apex.mjs';
import { checkAccess } from '../integrity/access.mjs';
import { checkFlows } from '../integrity/flows.mjs';
import { checkObjectFormulas } from '../integrity/formulas.mjs';
import { checkCallouts, checkLwcImports } from '../integrity/lwc-imports.mjs';
import { indexProject } from '../integrity/project-index.mjs';
import { checkReports } from '../integrity/reports.mjs';
import { Schema } from '../integrity/schema.mjs';
import { checkSoql } from '../integrity/soql.mjs';

export const integrity = {
  name: 'integrity',
  description:
    'SOQL, formulas, flows, callouts, LWC imports, access grants, reports and dashboards resolve to metadata',
  async run(root) {
    const schema = new Schema(root);
    const apex = await readApex(root);
    const index = indexProject(root);
    const soql = await checkSoql(schema, apex);
    const formulas = checkObjectFormulas(schema, index, root);
    const flows = checkFlows(schema, apex, index, root);
    const lwc = await checkLwcImports({ schema, apex, index }, root);
    const reports = checkReports(schema, root);
    const problems = [
      ...apex.problems,
      ...soql.problems,
      ...formulas.problems,
      ...flows.problems,
      ...checkCallouts(apex, index).problems,
      ...lwc.problems,
      ...checkAccess(schema, apex, index, root).problems,
      ...reports.problems
    ];
    return {
      problems,
      summary: `${soql.count} queries, ${formulas.count} formulas, ${flows.count} flows, ${lwc.count} component imports, ${reports.count} report types, reports and dashboards`
    };
  }
};
