/*
 * Jest globalSetup: every custom label's text as a module Jest can import (see labelModules.js).
 * Runs once per Jest run, before any test file; the labels are read with the preview's reader,
 * so Jest, the preview and the gate agree on where labels live.
 */
import { readLabels } from '../../../scripts/preview/metadata.mjs';
import labelModules from './labelModules.js';

export default function writeLabelModules(_globalConfig, projectConfig) {
  labelModules.syncLabelModules(projectConfig.rootDir, readLabels(projectConfig.rootDir));
}
