/*
 * npm run build: TypeScript LWC sources -> the .js the platform deploys, then every bundle
 * through the real LWC compiler as proof the platform will accept it.
 *
 * Types are stripped, nothing else: decorators and class fields must reach the LWC compiler
 * untouched, so no down-levelling and no legacy decorators.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import ts from 'typescript';
import { transformSync } from '@lwc/compiler';
import { isTestPath, lwcBundles, projectRoot, rel, walk } from '../lib/project.mjs';

const stripTypesOnly = {
  target: ts.ScriptTarget.ESNext,
  module: ts.ModuleKind.ESNext,
  experimentalDecorators: false,
  useDefineForClassFields: true,
  verbatimModuleSyntax: true,
  sourceMap: false
};

export function emittedPath(tsPath) {
  return tsPath.slice(0, -'.ts'.length) + '.js';
}

function transpile(tsPath, problems, root) {
  const result = ts.transpileModule(readFileSync(tsPath, 'utf8'), {
    compilerOptions: stripTypesOnly,
    fileName: tsPath,
    reportDiagnostics: true
  });
  for (const diagnostic of result.diagnostics ?? []) {
    const { line } = diagnostic.file?.getLineAndCharacterOfPosition(diagnostic.start ?? 0) ?? {
      line: 0
    };
    problems.push({
      file: rel(tsPath, root),
      line: line + 1,
      message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')
    });
  }
  const jsPath = emittedPath(tsPath);
  writeFileSync(
    jsPath,
    `// Generated from ${basename(tsPath)} by npm run build. Do not edit.\n${result.outputText}`
  );
  return jsPath;
}

function compileWithLwc(bundle, file, problems, root) {
  try {
    const result = transformSync(readFileSync(file, 'utf8'), basename(file), {
      name: bundle.name,
      namespace: 'c',
      experimentalDynamicComponent: { strictSpecifier: true }
    });
    for (const warning of result.warnings ?? []) {
      if (warning.level <= 1) {
        problems.push({
          file: rel(file, root),
          line: warning.location?.line ?? 0,
          message: warning.message
        });
      }
    }
  } catch (error) {
    problems.push({
      file: rel(file, root),
      line: error.location?.line ?? 0,
      message: `LWC compiler: ${error.message}`
    });
  }
}

/** Builds every bundle; returns the problems found (empty when the platform would accept all). */
export function build(root = projectRoot()) {
  const problems = [];
  for (const bundle of lwcBundles(root)) {
    const tsSources = new Set(bundle.tsSources);
    for (const file of walk(bundle.dir)) {
      const generatedFromTs = file.endsWith('.js') && tsSources.has(file.slice(0, -3) + '.ts');
      if (file.endsWith('.js') && !isTestPath(file) && !generatedFromTs) {
        problems.push({
          file: rel(file, root),
          line: 1,
          message: 'Component logic is written in TypeScript: rename this file to .ts.'
        });
      }
    }
    const mainSource = bundle.tsSources.find((file) => basename(file) === `${bundle.name}.ts`);
    if (!mainSource && !bundle.cssOnly) {
      problems.push({
        file: rel(bundle.dir, root),
        line: 0,
        message: `Bundle ${bundle.name} has no ${bundle.name}.ts.`
      });
      continue;
    }
    for (const tsPath of bundle.tsSources) transpile(tsPath, problems, root);
    for (const file of walk(bundle.dir)) {
      if (isTestPath(file)) continue;
      if (['.js', '.html', '.css'].includes(extname(file)))
        compileWithLwc(bundle, file, problems, root);
    }
  }
  return problems;
}

/** Removes the generated .js next to each .ts. */
export function clean(root = projectRoot()) {
  for (const bundle of lwcBundles(root)) {
    for (const tsPath of bundle.tsSources) rmSync(emittedPath(tsPath), { force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = projectRoot();
  if (process.argv.includes('--clean')) {
    clean(root);
  } else {
    const problems = build(root);
    for (const p of problems) console.error(`${p.file}:${p.line}: ${p.message}`);
    const bundles = lwcBundles(root).length;
    console.log(
      problems.length
        ? `build: ${problems.length} problem(s) in ${bundles} bundle(s)`
        : `build: ${bundles} bundle(s) compiled by the LWC compiler`
    );
    process.exitCode = problems.length ? 1 : 0;
  }
}
