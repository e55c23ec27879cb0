/* prettier --check over Apex, XML metadata, TypeScript, HTML, CSS, JSON and Markdown. */
import { runNodeTool } from '../../lib/tools.mjs';

const PRETTIER_LINE = /^\[(?:warn|error)\] (?<file>[^\s:]+)(?::\s*(?<message>.*))?$/;

export const prettier = {
  name: 'prettier',
  description: 'prettier --check (Apex, XML, TS, HTML, CSS, JSON, Markdown)',
  run(root) {
    const { status, output } = runNodeTool(
      'prettier/bin/prettier.cjs',
      // no colour codes, whatever the environment forces (CI=true did): they break the parsing below
      ['--check', '--log-level', 'warn', '--no-color', '.'],
      { cwd: root }
    );
    const problems = output
      .split('\n')
      .map((line) => PRETTIER_LINE.exec(line.trim())?.groups)
      .filter((match) => match && !match.file.startsWith('Code'))
      .map(({ file, message }) => ({
        file,
        line: Number(/\((\d+):\d+\)/.exec(message ?? '')?.[1] ?? 0),
        message: message ? `does not parse: ${message}` : 'not formatted (run npm run format)'
      }));
    if (status !== 0 && problems.length === 0) {
      problems.push({ file: '.', line: 0, message: output.trim() || `prettier exited ${status}` });
    }
    return { problems };
  }
};
