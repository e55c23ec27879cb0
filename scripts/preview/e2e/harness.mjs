/*
 * What the e2e tests and the bench share: build + server + browser in one object, page helpers
 * (wait for the component, errors seen, axe-core, screenshots).
 */
/* global document, requestAnimationFrame -- functions passed to page.evaluate run in the browser */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildPreview } from '../build.mjs';
import { startServer } from '../server.mjs';
import { openBrowser } from './browser.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Builds (once), serves on 127.0.0.1:<free port>, opens Chromium. */
export async function openPreview({ root, mode = 'development', build } = {}) {
  const result = build ?? (await buildPreview({ root, mode }));
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
