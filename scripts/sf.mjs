/*
 * npm run sf -- <args>: the project's own sf CLI on the project's own Node 22 (the CLI does not
 * run on Node 20), with telemetry and auto-update off.
 */
import { spawnSync } from 'node:child_process';
import { node22, sfCli } from './lib/tools.mjs';

const result = spawnSync(node22, [sfCli, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, SF_DISABLE_TELEMETRY: 'true', SF_AUTOUPDATE_DISABLE: 'true' }
});
process.exitCode = result.status ?? 1;
