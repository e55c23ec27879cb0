/* PMD 7 with the committed ruleset (security, performance, test hygiene, AppExchange). */
import { join } from 'node:path';
import { javaLauncher, run } from '../../lib/tools.mjs';
import { packageDirectories, rel, toolRoot } from '../../lib/project.mjs';

const FINDING = /^(?<file>\/[^:]+):(?<line>\d+): (?<message>.*)$/;

export const pmd = {
  name: 'pmd',
  description: 'PMD 7: config/pmd/ruleset.xml over Apex and metadata XML',
  run(root) {
    const classPath = javaLauncher(join(toolRoot, 'scripts', 'gate', 'java', 'PmdGate.java'));
    const { status, output } = run(
      'java',
      [
        '-cp',
        classPath,
        'PmdGate',
        join(root, 'config', 'pmd', 'ruleset.xml'),
        ...packageDirectories(root)
      ],
      { cwd: root }
    );
    const problems = output
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => {
        const finding = FINDING.exec(line)?.groups;
        return finding
          ? { file: rel(finding.file, root), line: Number(finding.line), message: finding.message }
          : { file: 'config/pmd/ruleset.xml', line: 0, message: line };
      });
    if (status !== 0 && problems.length === 0) {
      problems.push({ file: 'config/pmd/ruleset.xml', line: 0, message: `PMD exited ${status}` });
    }
    return { problems };
  }
};
