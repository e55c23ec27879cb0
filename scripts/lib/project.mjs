/*
 * Where things are in this SFDX project. Every script asks here instead of hard-coding paths,
 * so a script run against a copy of the project (the gate's planted-defect tests) stays in it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const toolRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The project a script works on: PROJECT_DIR when set (a copy under test), else this checkout. */
export function projectRoot() {
  return resolve(process.env.PROJECT_DIR || process.cwd());
}

export function packageDirectories(root = projectRoot()) {
  const project = JSON.parse(readFileSync(join(root, 'sfdx-project.json'), 'utf8'));
  return project.packageDirectories.map((dir) => join(root, dir.path));
}

/**
 * The capability folders of every package directory: `force-app/main/<capability>/` (see
 * docs/ARCHITECTURE.md). Source format lets any folder hold any metadata; this project keeps one
 * folder per capability, each with its own `classes/`, `lwc/`, `objects/` …
 */
export function capabilityDirs(root = projectRoot()) {
  return packageDirectories(root).flatMap((packageDir) => {
    const main = join(packageDir, 'main');
    if (!isDirectory(main)) return [];
    return readdirSync(main, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => join(main, entry.name))
      .sort();
  });
}

/** Every `<capability>/<folder>` that exists, e.g. metadataDirs(root, 'objects'). */
export function metadataDirs(root, folder) {
  return capabilityDirs(root)
    .map((dir) => join(dir, folder))
    .filter(isDirectory);
}

export function lwcRoots(root = projectRoot()) {
  return metadataDirs(root, 'lwc');
}

export function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

const skippedDirectories = new Set(['node_modules', '.git', '.sfdx', '.sf', '.cache', 'coverage']);

/** Every file under `dir`, depth first, skipping tool folders. */
export function walk(dir) {
  if (!isDirectory(dir)) return [];
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skippedDirectories.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(path));
    else if (entry.isFile()) files.push(path);
  }
  return files.sort();
}

/** Every file of the package directories. */
export function sourceFiles(root = projectRoot()) {
  return packageDirectories(root).flatMap(walk);
}

export function isTestPath(path) {
  return path.split(sep).includes('__tests__') || path.split(sep).includes('__mocks__');
}

/**
 * LWC bundles: { name, dir, tsSources, cssOnly } with the component's own TypeScript (no tests, no
 * .d.ts). cssOnly: a CSS module (name.css and its -meta.xml, no script, no template), which other
 * components share with `@import 'c/name';` in their CSS.
 */
export function lwcBundles(root = projectRoot()) {
  return lwcRoots(root).flatMap((lwcRoot) =>
    readdirSync(lwcRoot, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => {
        const dir = join(lwcRoot, entry.name);
        const files = walk(dir).filter((file) => !isTestPath(file));
        const tsSources = files.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'));
        const cssOnly =
          files.some((file) => file === join(dir, `${entry.name}.css`)) &&
          !files.some((file) => /\.(ts|js|html)$/.test(file));
        return { name: entry.name, dir, tsSources, cssOnly };
      })
  );
}

export function rel(path, root = projectRoot()) {
  return relative(root, path).split(sep).join('/');
}
