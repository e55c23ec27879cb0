/*
 * What the e2e tests and the bench share: build + server + browser in one object, page helpers
 * (wait for the component, errors seen, axe-core, screenshots).
 */
/* global document, requestAnimationFrame -- functions passed to page.evaluate run in the browser */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { walk } from '../../lib/project.mjs';
import { startServer } from '../server.mjs';
import { openBrowser } from './browser.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * What a development build is made of: the components, their labels and types, the preview's own
 * runtime and the locked toolchain. The sample data is not in it (the server reads it per request),
 * nor the .js files the build itself writes beside each component's .ts.
 */
function buildInputsKey(root) {
  const hash = createHash('sha256');
  const files = [
    ...walk(join(root, 'force-app')).filter(
      (file) => !(file.endsWith('.js') && existsSync(file.replace(/\.js$/, '.ts')))
    ),
    ...walk(join(root, 'scripts', 'preview')).filter((file) => !file.includes('__tests__')),
    ...walk(join(root, 'types')),
    join(root, 'package-lock.json'),
    join(root, 'tsconfig.json')
  ];
  for (const file of files) {
    hash.update(relative(root, file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

const LOCK_STALE_MS = 15 * 60_000;

/**
 * The build's module, loaded only when a build is made: it brings rollup, the LWC compiler and
 * TypeScript (about 2 CPU s per process), which an e2e file reusing the shared build never needs.
 */
const loadBuild = () => import('../build.mjs');

/**
 * One development build shared by every e2e file (node --test runs them in separate processes,
 * two at a time): the first builds under a lock, the others wait and reuse it, and a re-run with
 * unchanged sources reuses it too. Each e2e file building its own preview cost a full build each.
 */
export async function sharedBuild(root) {
  const cacheDir = join(root, '.cache', 'preview');
  const outDir = join(cacheDir, 'e2e-shared');
  const resultFile = join(cacheDir, 'e2e-shared.json');
  const lock = join(cacheDir, 'e2e-shared.lock');
  mkdirSync(cacheDir, { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      // a build that died holding the lock must not stop every later run
      if (Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS)
        rmSync(lock, { recursive: true, force: true });
      await sleep(500);
    }
  }
  try {
    const key = buildInputsKey(root);
    if (existsSync(resultFile)) {
      const cached = JSON.parse(readFileSync(resultFile, 'utf8'));
      if (cached.key === key && existsSync(join(outDir, 'assets'))) return cached.build;
    }
    const build = await (await loadBuild()).buildPreview({ root, outDir });
    writeFileSync(resultFile, JSON.stringify({ key, build }));
    return build;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Builds (once, shared: see sharedBuild), serves on 127.0.0.1:<free port>, opens Chromium. */
export async function openPreview({ root, mode = 'development', build } = {}) {
  const result =
    build ??
    (mode === 'development'
      ? await sharedBuild(root)
      : await (await loadBuild()).buildPreview({ root, mode }));
  const server = await startServer({ root, getBuild: () => result, port: 0 });
  const browser = await openBrowser();
  return {
    build: result,
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    }
  };
}

/** A page that records uncaught errors and console errors. */
export async function newPage(preview) {
  const page = await preview.browser.context.newPage();
  page.setDefaultTimeout(15_000);
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { page, errors };
}

/** Opens `path` and waits until the shell mounted the component. */
export async function visit(page, preview, path) {
  await page.goto(`${preview.url}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(() => globalThis.__previewMounted === true);
}

/** Waits until no backend call is in flight and two frames have been painted. */
export async function settle(page) {
  await page.waitForFunction(() =>
    (globalThis.__previewBackend?.calls ?? []).every((call) => call.endedAt !== null)
  );
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
  );
}

/** settle, then until the review board's spinners are gone, then settle again. */
export async function settleBoard(page) {
  await settle(page);
  await page
    .locator('c-reference-response-board lightning-spinner')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => {});
  await settle(page);
}

/** axe-core on the whole page: { violations: [{ id, impact, nodes }], counts: { critical … } }. */
export async function runAxe(page) {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const result = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(' '))
    }));
  });
  const counts = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const violation of violations)
    counts[violation.impact] = (counts[violation.impact] ?? 0) + 1;
  return { violations, counts };
}

export function screenshotDir(root) {
  const dir = join(root, 'test-results', 'preview');
  mkdirSync(dir, { recursive: true });
  return dir;
}
