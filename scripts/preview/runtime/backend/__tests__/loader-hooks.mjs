/* Module hooks of loader.mjs (they run on Node's loader thread). */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { STRIP_TYPES } from '../../../strip-types.mjs';

let components = {};
let labels = {};

export function initialize(data) {
  components = data.components;
  labels = data.labels;
}

export async function resolve(specifier, context, next) {
  if (specifier.startsWith('c/') && components[specifier.slice(2)]) {
    return { url: pathToFileURL(components[specifier.slice(2)]).href, shortCircuit: true };
  }
  if (specifier.startsWith('@salesforce/label/c.')) {
    const name = specifier.slice('@salesforce/label/c.'.length);
    if (!(name in labels)) throw new Error(`${specifier}: no such custom label`);
    const source = `export default ${JSON.stringify(labels[name])};`;
    return { url: `data:text/javascript,${encodeURIComponent(source)}`, shortCircuit: true };
  }
  if (
    specifier.startsWith('.') &&
    specifier.endsWith('.js') &&
    context.parentURL?.startsWith('file:')
  ) {
    const url = new URL(specifier, context.parentURL);
    const typescript = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
    if (!existsSync(fileURLToPath(url)) && existsSync(fileURLToPath(typescript))) {
      return { url: typescript.href, shortCircuit: true };
    }
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (url.startsWith('file:') && url.endsWith('.ts')) {
    const file = fileURLToPath(url);
    const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: STRIP_TYPES,
      fileName: file
    });
    return { format: 'module', source: outputText, shortCircuit: true };
  }
  // The preview's runtime is ES modules (the browser's); say so rather than let Node guess.
  if (url.startsWith('file:') && url.endsWith('.js') && url.includes('/scripts/preview/runtime/')) {
    return next(url, { ...context, format: 'module' });
  }
  return next(url, context);
}
