/**
 * A uniform random sample of the mutants, for code too large to mutation-test whole (the gate:
 * ~8,900 mutants whose tests take seconds to minutes each, days on two cores). A mutant is in the
 * 1-in-N sample when a hash of what it is (file, position, mutator, replacement) falls in the first
 * Nth of the range: the same mutant stays in (or out of) the sample from run to run, and an edit in
 * another file does not reshuffle it. An edit that moves lines in a mutated file moves its mutants'
 * positions, and Stryker's incremental reuse carries old results to the new positions: rerun with
 * --force then (the mutation report refuses a result that disagrees with the sample).
 *
 * A draw (`sampleDraw`, GATE_DRAW) is part of the hash: the 1-in-N samples of one draw nest (each
 * holds every sample of a larger N), so one studied to kill its survivors leaves every later
 * sample of that draw biased; a new draw is a sample independent of all the others.
 *
 * As a Stryker checker plugin, it turns every mutant outside the sample into a compile error
 * (Stryker leaves those out of the score and tests nothing for them). Mutants Stryker settles
 * before its checkers (no coverage, ignored) are reported whatever the sample: the mutation report
 * filters them with the same `inSample`, so the estimate counts the sample and only the sample.
 */
import { createHash } from 'node:crypto';
import { CheckStatus } from '@stryker-mutator/api/check';
import { PluginKind, commonTokens, declareClassPlugin } from '@stryker-mutator/api/plugin';

/** The reason given to a mutant left out; the report reads N (and the draw) back from it. */
export const outOfSample = (rate, draw = '') =>
  `not in the 1-in-${rate} sample${draw ? `, draw ${draw}` : ''}`;
export const SAMPLE_REASON = /^not in the 1-in-(\d+) sample(?:, draw (\w+))?$/;

/** The project-relative path, from the original file's or a sandbox copy's absolute path. */
const projectPath = (fileName) =>
  fileName.replaceAll('\\', '/').replace(/^(?:.*\/)?(?=(?:scripts|force-app|config)\/)/, '');

/**
 * Whether a mutant (Stryker's or a report's: `fileName` or `file`) is in the 1-in-`rate` sample
 * of `draw` (none: the draw every sample before draws came in was taken from).
 */
export function inSample(mutant, rate, draw = '') {
  const { line, column } = mutant.location.start;
  const identity = [
    ...(draw ? [draw] : []),
    projectPath(mutant.file ?? mutant.fileName),
    `${line}:${column}`,
    mutant.mutatorName,
    mutant.replacement ?? ''
  ].join('\u0000');
  const bucket = createHash('sha256').update(identity).digest().readUInt32BE(0);
  return bucket < 2 ** 32 / rate;
}

/** Stryker's positions count from 0 inside a run, from 1 in its reports. */
export const asReported = (mutant) => {
  const { line, column } = mutant.location.start;
  return { ...mutant, location: { start: { line: line + 1, column: column + 1 } } };
};

/** The 1-in-N rate of a run: `sample` in Stryker's options (set by the config from GATE_SAMPLE). */
class SampleChecker {
  static inject = [commonTokens.options];

  constructor(options) {
    this.rate = Number(options.sample);
    if (!Number.isInteger(this.rate) || this.rate < 1) {
      throw new Error(`sample: a whole number of at least 1 is needed, not ${options.sample}`);
    }
    this.draw = options.sampleDraw ?? '';
    if (!/^\w*$/.test(this.draw)) {
      throw new Error(`sampleDraw: letters, digits or _ only, not ${options.sampleDraw}`);
    }
  }

  async init() {}

  async check(mutants) {
    return Object.fromEntries(
      mutants.map((mutant) => [
        mutant.id,
        inSample(asReported(mutant), this.rate, this.draw)
          ? { status: CheckStatus.Passed }
          : { status: CheckStatus.CompileError, reason: outOfSample(this.rate, this.draw) }
      ])
    );
  }

  /** One group: the check is a hash, no need to check mutants one by one. */
  async group(mutants) {
    return [mutants.map((mutant) => mutant.id)];
  }
}

/** Stryker validates its options against the plugins' schemas: `sample` is known, and checked. */
export const strykerValidationSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    sample: {
      description: 'Test one mutant in this many (config/stryker/sample.mjs).',
      type: 'integer',
      minimum: 1
    },
    sampleDraw: {
      description: 'Which draw of the sample: another draw is an independent sample.',
      type: 'string',
      pattern: '^\\w+$'
    }
  }
};

export const strykerPlugins = [declareClassPlugin(PluginKind.Checker, 'sample', SampleChecker)];
