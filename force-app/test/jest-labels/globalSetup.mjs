/*
 * Jest globalSetup: every custom label's text as a module Jest can import (see labelModules.js).
 * Runs once per Jest run, before any test file. The labels are read with the preview's reader,
 * so Jest and the preview agree on where labels live and what their text is; reading them is
 * skipped while no file in any capability's labels/ folder has changed since the last run.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { metadataDirs } from '../../../scripts/lib/project.mjs';
import labelModules from './labelModules.js';

function labelFolderHash(rootDir) {
  const hash = createHash('sha1');
  for (const dir of metadataDirs(rootDir, 'labels')) {
    const files = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile());
    for (const file of files.map((entry) => entry.name).sort()) {
      hash
        .update(`${dir}/${file}\0`)
        .update(readFileSync(join(dir, file)))
        .update('\0');
    }
  }
  return hash.digest('hex');
}

export default async function writeLabelModules(_globalConfig, projectConfig) {
  const { rootDir } = projectConfig;
  const source = labelFolderHash(rootDir);
  if (labelModules.syncedSource(rootDir) === source) return;
  const { readLabels } = await import('../../../scripts/preview/metadata.mjs');
  labelModules.syncLabelModules(rootDir, readLabels(rootDir), source);
}

// `node force-app/test/jest-labels/globalSetup.mjs`: the same, outside Jest (Stryker's Jest runner
// skips globalSetup, so its buildCommand writes the modules in its sandbox).
if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  // no top-level await: Jest may require() this module, which refuses an async module
  writeLabelModules({}, { rootDir: process.cwd() }).catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
