/*
 * Headless Chromium for the e2e tests and the bench: Debian's /usr/bin/chromium driven by
 * playwright-core (no browser download), a fresh profile directory every time, and every request
 * to anything but 127.0.0.1 aborted, so a page can never reach the network.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './chromium.mjs';

export { CHROMIUM, chromiumAvailable } from './chromium.mjs';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic'
];

/**
 * Opens a browser context; returns { context, blocked, close }. `blocked` lists every request to a
 * non-loopback address the pages tried (and that was aborted).
 */
export async function openBrowser({ viewport = { width: 1440, height: 1000 } } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'crp-preview-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    timeout: 30_000
  });
  const blocked = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && url.hostname !== '127.0.0.1') {
      blocked.push(url.href);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  return {
    context,
    blocked,
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    }
  };
}
