/* ESLint with the LWC TypeScript configs (eslint.config.js at the project root). */
import { ESLint } from 'eslint';
import { rel } from '../../lib/project.mjs';

export const eslint = {
  name: 'eslint',
  description: 'ESLint: LWC TypeScript rules (no innerHTML, platform rules) and the scripts',
  async run(root) {
    const linter = new ESLint({ cwd: root, errorOnUnmatchedPattern: false });
    const results = await linter.lintFiles(['.']);
    const problems = results.flatMap((result) =>
      result.messages
        .filter((message) => message.severity > 0)
        .map((message) => ({
          file: rel(result.filePath, root),
          line: message.line ?? 0,
          message: `${message.ruleId ?? 'parse'}: ${message.message}`
        }))
    );
    return { problems, summary: `${results.length} files` };
  }
};
