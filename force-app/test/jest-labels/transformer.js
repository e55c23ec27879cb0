/*
 * @lwc/jest-transformer with one step before it: label specifiers point at the generated label
 * modules (labelModules.js), so a label import carries its real text and a missing label fails.
 */
'use strict';

const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { extname, join } = require('node:path');
const lwcTransformer = require('@lwc/jest-transformer');
const { rewriteLabelSpecifiers } = require('./labelModules.js');

// It names the platform prefix on purpose, and its own tests load it through this transformer.
const rewriter = join(__dirname, 'labelModules.js');
const scripts = new Set(['.ts', '.js']);

// Editing this step must invalidate Jest's transform cache as an upgrade of the LWC one does.
const ownVersion = createHash('sha1')
  .update(readFileSync(__filename))
  .update(readFileSync(rewriter))
  .digest('hex');

function prepare(source, filePath) {
  if (!scripts.has(extname(filePath)) || filePath === rewriter) return source;
  return rewriteLabelSpecifiers(source, filePath);
}

module.exports = {
  process(source, filePath, options) {
    return lwcTransformer.process(prepare(source, filePath), filePath, options);
  },
  getCacheKey(source, filePath, options) {
    return createHash('md5')
      .update(lwcTransformer.getCacheKey(source, filePath, options))
      .update(ownVersion)
      .digest('hex');
  }
};
