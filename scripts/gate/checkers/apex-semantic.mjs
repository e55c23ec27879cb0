/*
 * apex-ls semantic check: unknown types, fields, methods, against the project's own objects.
 * Exit code 4 means issues were found; its text output is a file line, then its issues.
 */
import { javaLib, run } from '../../lib/tools.mjs';
import { rel } from '../../lib/project.mjs';

const ISSUE_LINE = /^\s*(?<kind>[A-Za-z ]+): line (?<line>\d+)(?: at [\d-]+)?: (?<message>.*)$/;

export const apexSemantic = {
  name: 'apex-semantic',
  description: 'apex-ls: Apex types, fields and methods against the project metadata',
  run(root) {
    const { status, output } = run(
      'java',
      [
        '-cp',
        `${javaLib}/*`,
        'io.github.apexdevtools.apexls.CheckForIssues',
        '-w',
        root,
        '-n',
        '-d',
        'errors',
        '-f',
        'text'
      ],
      { cwd: root }
    );
    const problems = [];
    let file = '';
    for (const line of output.split('\n')) {
      if (line.startsWith('/')) {
        file = rel(line.trim(), root);
        continue;
      }
      const issue = ISSUE_LINE.exec(line)?.groups;
      if (issue)
        problems.push({
          file,
          line: Number(issue.line),
          message: `${issue.kind}: ${issue.message}`
        });
    }
    if (status !== 0 && problems.length === 0) {
      problems.push({ file: '.', line: 0, message: output.trim() || `apex-ls exited ${status}` });
    }
    return { problems };
  }
};
