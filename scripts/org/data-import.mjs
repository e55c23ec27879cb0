/*
 * The sample data import of org:setup, one plan file at a time, so that a re-run after a failure
 * creates no duplicates and skips nothing.
 *
 * `sf data import tree --files` sends one file as one sObject Tree request, which saves all its
 * records or none (REST API Developer Guide, "sObject Tree"); `--plan` would send the files one
 * after the other with no way to tell, after a failure, which ones were saved. So each file is
 * imported alone, and the Ids it created are written to a state file per org alias at once:
 *   - a file whose Ids are all in the org is skipped;
 *   - a file with none of them (never loaded, or a new org under the alias) is imported;
 *   - a file with only some of them (records deleted by hand) stops the run with what to do.
 * Cross-file references (`@AccountRef1`) are resolved from the state file before the import,
 * because `--files` accepts no references.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export const STATE_DIR = '.cache/org-setup';

export function statePath(alias) {
  return `${STATE_DIR}/sample-data-${alias}.json`;
}

export function resolvedFilePath(file) {
  return `${STATE_DIR}/data/${basename(file)}`;
}

/** The plan's files in load order: [{ sobject, file }] with paths relative to the project. */
export function planFiles(planPath, root) {
  const plan = JSON.parse(readFileSync(join(root, planPath), 'utf8'));
  return plan.flatMap((entry) =>
    entry.files.map((name) => ({ sobject: entry.sobject, file: join(dirname(planPath), name) }))
  );
}

export function readState(root, alias) {
  const path = join(root, statePath(alias));
  if (!existsSync(path)) return { refs: {}, files: {} };
  return JSON.parse(readFileSync(path, 'utf8'));
}

function writeState(root, alias, state) {
  const path = join(root, statePath(alias));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(state, null, 2)}\n`);
}

/** A copy of a tree file's records with every `@ref` replaced by its Id; missing refs listed. */
export function resolveRefs(value, refs, missing = new Set()) {
  if (Array.isArray(value)) return value.map((item) => resolveRefs(item, refs, missing));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, resolveRefs(item, refs, missing)])
    );
  }
  if (typeof value === 'string' && value.startsWith('@')) {
    const id = refs[value.slice(1)];
    if (!id) missing.add(value);
    return id ?? value;
  }
  return value;
}

// `$MONTHS_AGO:<n>:<dd>` is day dd of the month n months before the load (a Date), with `T<hh:mm>`
// a Datetime in GMT: the sample history (scripts/data/History_*.json) spreads over the 12+ months
// before whatever day the org is set up, so the reports and the Campaign page chart show a trend.
const MONTHS_AGO = /^\$MONTHS_AGO:(\d+):(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/** A copy of a tree file's records with every `$MONTHS_AGO` date resolved against `today`. */
export function resolveDates(value, today) {
  if (Array.isArray(value)) return value.map((item) => resolveDates(item, today));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, resolveDates(item, today)])
    );
  }
  const match = typeof value === 'string' ? MONTHS_AGO.exec(value) : null;
  if (!match) return value;
  const [, months, day, hours, minutes] = match;
  const date = new Date(
    Date.UTC(
      today.getUTCFullYear(),
      today.getUTCMonth() - Number(months),
      Number(day),
      Number(hours ?? 0),
      Number(minutes ?? 0)
    )
  );
  return hours === undefined ? date.toISOString().slice(0, 10) : date.toISOString();
}

const countQuery = (sobject, ids) =>
  `SELECT COUNT() FROM ${sobject} WHERE Id IN (${ids.map((id) => `'${id}'`).join(', ')})`;

/**
 * Loads one plan file unless the org already has it. Returns { ok, message }.
 * `sf` is { json(args, { cwd }) } (the fake in tests).
 */
export function importDataFile({ sobject, file }, { root, alias, sf, today = new Date() }) {
  const state = readState(root, alias);
  const loaded = state.files[file] ?? [];
  const target = ['--target-org', alias, '--json'];
  if (loaded.length) {
    const { status, json } = sf.json(
      ['data', 'query', '--query', countQuery(sobject, loaded), ...target],
      {
        cwd: root
      }
    );
    const found = json?.result?.totalSize;
    if (status !== 0 || typeof found !== 'number')
      return { ok: false, message: 'the check query failed' };
    if (found === loaded.length)
      return { ok: true, message: `already loaded (${found} record(s))` };
    if (found > 0) {
      return {
        ok: false,
        message:
          `${loaded.length - found} of the ${loaded.length} ${sobject} records this file loaded are gone. ` +
          `Delete the other ${found} and run again, or create a new scratch org.`
      };
    }
  }
  const missing = new Set();
  const data = resolveDates(
    resolveRefs(JSON.parse(readFileSync(join(root, file), 'utf8')), state.refs, missing),
    today
  );
  if (missing.size) {
    return {
      ok: false,
      message: `refers to ${[...missing].join(', ')}, which no loaded file created`
    };
  }
  const resolved = join(root, resolvedFilePath(file));
  mkdirSync(dirname(resolved), { recursive: true });
  writeFileSync(resolved, JSON.stringify(data, null, 2));
  const { status, json } = sf.json(
    ['data', 'import', 'tree', '--files', resolvedFilePath(file), ...target],
    { cwd: root }
  );
  const results = json?.result;
  if (status !== 0 || !Array.isArray(results)) {
    return { ok: false, message: "the import failed; none of this file's records was saved" };
  }
  for (const { refId, id } of results) state.refs[refId] = id;
  state.files[file] = results
    .filter((result) => result.type === sobject)
    .map((result) => result.id);
  writeState(root, alias, state);
  return { ok: true, message: `${results.length} record(s) created` };
}
