/* Lightning Flow Scanner over every flow, with the committed config/flow-scanner.json. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import flowScanner from '@flow-scanner/lightning-flow-scanner-core';

const { parse, scan } = flowScanner;
import { rel, sourceFiles } from '../../lib/project.mjs';

export const flows = {
  name: 'flows',
  description:
    'Lightning Flow Scanner (hard-coded Ids, fault paths, running context, loops, API version)',
  async run(root) {
    const config = JSON.parse(readFileSync(join(root, 'config', 'flow-scanner.json'), 'utf8'));
    const flowFiles = sourceFiles(root).filter((file) => file.endsWith('.flow-meta.xml'));
    if (flowFiles.length === 0) return { problems: [], summary: 'no flows yet' };
    const problems = [];
    for (const parsed of await parse(flowFiles)) {
      if (parsed.errorMessage || !parsed.flow) {
        problems.push({
          file: rel(parsed.uri, root),
          line: 0,
          message: `unreadable flow: ${parsed.errorMessage}`
        });
      }
    }
    const results = scan(await parse(flowFiles), config);
    for (const result of results) {
      const file = rel(result.flow.fsPath ?? result.flow.uri ?? result.flow.name, root);
      for (const rule of result.ruleResults) {
        if (rule.errorMessage) {
          problems.push({
            file,
            line: 0,
            message: `${rule.ruleName} could not run: ${rule.errorMessage}`
          });
        }
        if (!rule.occurs) continue;
        for (const detail of rule.details) {
          problems.push({
            file,
            line: detail.lineNumber ?? 0,
            message: `${rule.ruleName}: ${detail.name} (${detail.type})`
          });
        }
      }
    }
    return { problems, summary: `${flowFiles.length} flow(s)` };
  }
};
