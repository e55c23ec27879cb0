/*
 * npm run sf -- <args>: the project's own sf CLI on the project's own Node 22 (the CLI does not
 * run on Node 20), with telemetry and auto-update off.
 */
import { runSfStreaming } from './lib/tools.mjs';

process.exitCode = runSfStreaming(process.argv.slice(2));
