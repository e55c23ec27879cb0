/*
 * Lets node:test import the preview backend as the browser build does: `c/<component>` from the
 * project's TypeScript components, `@salesforce/label/c.X` as the label's text from CustomLabels,
 * `.ts` with its types stripped (the same strip-only settings as scripts/build), and a relative
 * `./x.js` import served by `./x.ts` where only the TypeScript exists.
 */
import { register } from 'node:module';
import { basename } from 'node:path';
import { lwcBundles, projectRoot } from '../../../../lib/project.mjs';
import { readLabels } from '../../../metadata.mjs';

export function registerBackendLoader(root = projectRoot()) {
  const components = {};
  for (const bundle of lwcBundles(root)) {
    const main = bundle.tsSources.find((file) => basename(file) === `${bundle.name}.ts`);
    if (main) components[bundle.name] = main;
  }
  const labels = Object.fromEntries(readLabels(root));
  register('./loader-hooks.mjs', import.meta.url, { data: { components, labels } });
}
