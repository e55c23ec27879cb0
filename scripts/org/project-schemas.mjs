/*
 * Offline proof that config/project-scratch-def.json and sfdx-project.json are what the sf CLI
 * accepts: validated against the JSON Schemas the CLI's own @salesforce/core exports
 * (generated from the zod schemas `sf org create scratch` and SfProject use), with ajv.
 *
 * ajv (8.x) and @salesforce/core come with @salesforce/cli, not as direct dependencies.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

export const SCHEMAS = {
  'config/project-scratch-def.json': '@salesforce/core/project-scratch-def.schema.json',
  'sfdx-project.json': '@salesforce/core/sfdx-project.schema.json'
};

const compiled = new Map();
function validator(schemaModule) {
  if (!compiled.has(schemaModule)) {
    const Ajv = require('ajv');
    // strict: false because the CLI's schemas carry annotation keywords ajv does not know.
    const ajv = new Ajv({ allErrors: true, strict: false });
    compiled.set(schemaModule, ajv.compile(require(schemaModule)));
  }
  return compiled.get(schemaModule);
}

/** Problems [{ file, message }] of one JSON document against one of the CLI's schemas. */
export function validateAgainst(schemaModule, data, file) {
  const validate = validator(schemaModule);
  if (validate(data)) return [];
  return validate.errors.map((error) => ({
    file,
    message: `${error.instancePath || '/'} ${error.message}${
      error.params && Object.keys(error.params).length ? ` ${JSON.stringify(error.params)}` : ''
    }`
  }));
}

/** Validates both project files of `root`; returns problems (empty when the CLI accepts them). */
export function validateProjectFiles(root) {
  return Object.entries(SCHEMAS).flatMap(([file, schemaModule]) => {
    let data;
    try {
      data = JSON.parse(readFileSync(join(root, file), 'utf8'));
    } catch (error) {
      return [{ file, message: `not readable JSON: ${error.message}` }];
    }
    delete data.$schema; // the CLI removes it before validating, too
    return validateAgainst(schemaModule, data, file);
  });
}
