/*
 * Where the browser is, without loading playwright-core: the e2e suite asks this first, so a
 * machine without Chromium fails the suite in a second instead of loading the whole preview.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function chromiumAvailable() {
  return existsSync(CHROMIUM);
}
