/*
 * tsc --noEmit in strict mode over every component and test, and the local preview's backend
 * (scripts/preview/runtime/backend, the in-browser stand-in of the Apex): tsconfig.json includes
 * it, so one tsc run checks both with the same settings, and the backend's stand-ins return the
 * Apex DTOs of types/apex.d.ts, so an Apex DTO or parameter the preview does not follow fails here.
 *
 * TypeScript cannot map `c/name` to `lwc/name/name.ts` with one wildcard, so tsconfig.json lists
 * each bundle under compilerOptions.paths; this checker makes sure none is missing or stale.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runNodeTool } from '../../lib/tools.mjs';
import { lwcBundles, rel } from '../../lib/project.mjs';

const TSC_LINE = /^(?<file>[^\s(][^(]*)\((?<line>\d+),\d+\): (?<message>error .*)$/;

function pathMappingProblems(root) {
  const config = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8'));
  const mapped = config.compilerOptions?.paths ?? {};
  const expected = Object.fromEntries(
    lwcBundles(root)
      .filter((bundle) => bundle.tsSources.length > 0)
      .map((bundle) => [`c/${bundle.name}`, [rel(join(bundle.dir, bundle.name), root)]])
  );
  const problems = [];
  for (const [specifier, target] of Object.entries(expected)) {
    if (JSON.stringify(mapped[specifier]) !== JSON.stringify(target)) {
      problems.push({
        file: 'tsconfig.json',
        line: 0,
        message: `compilerOptions.paths needs "${specifier}": ${JSON.stringify(target)}`
      });
    }
  }
  for (const specifier of Object.keys(mapped)) {
    if (specifier.startsWith('c/') && !expected[specifier]) {
      problems.push({
        file: 'tsconfig.json',
        line: 0,
        message: `paths maps ${specifier}, which is no bundle`
      });
    }
  }
  return problems;
}

/**
 * tsc's errors with their file and line. tsc elaborates an error on the indented lines after it
 * (which property is missing, which types differ): they stay with it, so the gate names what to
 * fix. An unindented line that is no located error (`error TS5083: Cannot read file …`) ends that
 * error: the indented lines after it elaborate the unlocated one, not the error before.
 */
export function tscProblems(output) {
  const problems = [];
  let last; // the located error that indented lines elaborate, if any
  for (const text of output.split('\n')) {
    const groups = TSC_LINE.exec(text.trim())?.groups;
    if (groups) {
      last = { file: groups.file, line: Number(groups.line), message: groups.message };
      problems.push(last);
    } else if (!/^\s+\S/.test(text)) {
      last = undefined;
    } else if (last) {
      last.message += ` ${text.trim()}`;
    }
  }
  return problems;
}

export const typescript = {
  name: 'typescript',
  description: 'tsc --noEmit (strict) over LWC sources, their tests and the preview backend',
  run(root) {
    const mappingProblems = pathMappingProblems(root);
    if (mappingProblems.length) return { problems: mappingProblems };
    const { status, output } = runNodeTool(
      'typescript/bin/tsc',
      ['--noEmit', '--pretty', 'false', '-p', join(root, 'tsconfig.json')],
      { cwd: root }
    );
    const problems = tscProblems(output);
    if (status !== 0 && problems.length === 0) {
      problems.push({
        file: 'tsconfig.json',
        line: 0,
        message: output.trim() || `tsc exited ${status}`
      });
    }
    return { problems };
  }
};
