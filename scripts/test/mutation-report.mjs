/*
 * The mutation score by area, from a Stryker JSON report or from the events of a run still going
 * (the event-recorder reporter writes each tested mutant as a file):
 *
 *   node scripts/test/mutation-report.mjs reports/mutation/components.json [--survivors]
 *   node scripts/test/mutation-report.mjs .cache/stryker-events/components --survivors
 *
 * A run stopped before its end writes no incremental file; its events can stand in for one, so
 * the next run (incremental) tests only what is left or changed. The sources are read at the commit
 * the stopped run started from:
 *
 *   node scripts/test/mutation-report.mjs .cache/stryker-events/components \
 *     --incremental reports/mutation/components-incremental.json --commit <sha>
 *
 * Score as Stryker computes it: detected (killed, timed out) over detected plus undetected
 * (survived, no coverage); ignored mutants (static ones, `// Stryker disable … : why` comments for
 * equivalent mutants) are listed apart with their reason and left out of the score.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { toolRoot } from '../lib/project.mjs';
import { SAMPLE_REASON, asReported, inSample } from '../../config/stryker/sample.mjs';

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** Mutants with their file path relative to the project, from a report file or an events folder. */
export function readMutants(source) {
  if (statSync(source).isDirectory()) {
    return readdirSync(source)
      .filter((name) => name.endsWith('-onMutantTested.json'))
      .map((name) => JSON.parse(readFileSync(join(source, name), 'utf8')))
      .map((mutant) => ({ ...mutant, file: relative(toolRoot, mutant.fileName) }));
  }
  const report = JSON.parse(readFileSync(source, 'utf8'));
  return Object.entries(report.files).flatMap(([file, { mutants }]) =>
    mutants.map((mutant) => ({ ...mutant, file }))
  );
}

/** force-app/main/<capability>/… → capability; scripts/gate/<folder>/… → folder. */
export function areaOf(file) {
  const parts = file.split('/');
  if (parts[0] === 'force-app') return parts[2];
  const inGate = parts.indexOf('gate');
  return inGate >= 0 && parts.length > inGate + 2 ? parts[inGate + 1] : 'gate';
}

export function score(mutants) {
  const detected = mutants.filter((mutant) => DETECTED.has(mutant.status)).length;
  const undetected = mutants.filter((mutant) => UNDETECTED.has(mutant.status)).length;
  const valid = detected + undetected;
  return { detected, undetected, valid, percent: valid ? (100 * detected) / valid : 100 };
}

/**
 * The score with the static mutants counted as undetected (null when there are none): they are set
 * aside for time, not because they are equivalent. Stryker's report drops their static flag; their
 * reason names them.
 */
export function scoreCountingStatic(mutants) {
  const untested = mutants.filter(
    (mutant) =>
      mutant.status === 'Ignored' &&
      (mutant.static || /^Static mutant/.test(mutant.statusReason ?? ''))
  );
  if (untested.length === 0) return null;
  return score([...mutants, ...untested.map((mutant) => ({ ...mutant, status: 'NoCoverage' }))]);
}

export function scoresByArea(mutants) {
  const areas = new Map();
  for (const mutant of mutants) {
    const area = areaOf(mutant.file);
    areas.set(area, [...(areas.get(area) ?? []), mutant]);
  }
  return [...areas.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([area, ofArea]) => ({ area, ...score(ofArea) }));
}

/**
 * The mutants of a sampled run (config/stryker/sample.mjs), or null for a run of every mutant.
 * The rate and draw come from the out-of-sample mutants' reason and from the report's name
 * (`-sample40`, `-sample40-draw2`); the two must agree. Stryker settles some mutants (no coverage, ignored) before the sample is
 * drawn, so they are filtered here with the same rule; a tested mutant outside the sample, or a
 * sampled one left out, means the run and this report disagree on the rule: an error, not a figure
 * (after editing a mutated file, rerun with --force: incremental reuse moves a result to the
 * mutant's new position, which the sample hashes). `planned` (every mutant of the run, from a
 * stopped run's plan event) tells a finished sample from an unfinished one: the first results of a
 * run come file by file, not at random, so an unfinished sample is no estimate.
 */
export function sampleOf(mutants, { declared, planned } = {}) {
  const reasons = mutants.map((mutant) => SAMPLE_REASON.exec(mutant.statusReason ?? ''));
  const samples = new Set(
    reasons.filter(Boolean).map((match) => sampleName(Number(match[1]), match[2]))
  );
  if (declared) samples.add(sampleName(declared.rate, declared.draw));
  if (samples.size === 0) return null;
  if (samples.size > 1) throw new Error(`one report, several samples: ${[...samples].join(', ')}`);
  const { rate, draw } = declared ?? {
    rate: Number(reasons.find(Boolean)[1]),
    draw: reasons.find(Boolean)[2] ?? ''
  };
  const name = sampleName(rate, draw);
  const drawn = mutants.filter((mutant, index) => {
    const sampled = inSample(mutant, rate, draw);
    const leftOut = reasons[index] !== null;
    const tested = DETECTED.has(mutant.status) || mutant.status === 'Survived';
    if ((leftOut && sampled) || (tested && !sampled)) {
      throw new Error(
        `${where(mutant)} ${mutant.mutatorName}: ${mutant.status}, yet ${sampled ? 'in' : 'not in'} ${name} (rerun with --force after editing a mutated file)`
      );
    }
    return sampled;
  });
  const settled = new Set(drawn.map(identity));
  const expected = (planned ?? mutants).filter((mutant) => inSample(mutant, rate, draw));
  const missing = expected.filter((mutant) => !settled.has(identity(mutant))).length;
  return {
    rate,
    draw,
    name,
    population: (planned ?? mutants).length,
    mutants: drawn,
    expected: expected.length,
    complete: missing === 0
  };
}

/** Wilson's 95% interval of a proportion, in percent: the range a sampled score stands for. */
export function interval95({ detected, valid }) {
  if (valid === 0) return null;
  const z = 1.96;
  const p = detected / valid;
  const centre = p + (z * z) / (2 * valid);
  const spread = z * Math.sqrt((p * (1 - p)) / valid + (z * z) / (4 * valid * valid));
  const denominator = 1 + (z * z) / valid;
  const percent = (value) => Math.min(100, Math.max(0, (100 * value) / denominator));
  return { low: percent(centre - spread), high: percent(centre + spread) };
}

const where = (mutant) =>
  `${mutant.file}:${mutant.location.start.line}:${mutant.location.start.column}`;
const identity = (mutant) => `${where(mutant)} ${mutant.mutatorName} ${mutant.replacement ?? ''}`;

/**
 * Every mutant of a stopped run, from its plan event (positions from 0, as inside a run), or null
 * for a report file, which holds every mutant with its final status.
 */
export function plannedMutants(source) {
  if (!statSync(source).isDirectory()) return null;
  const plan = eventOf(source, 'onMutationTestingPlanReady');
  if (!plan) return null;
  return plan.mutantPlans.map(({ mutant }) => ({
    ...asReported(mutant),
    file: relative(toolRoot, mutant.fileName)
  }));
}

/** A sample as people read it: "the 1-in-40 sample" or "the 1-in-40 sample of draw 2". */
const sampleName = (rate, draw) => `the 1-in-${rate} sample${draw ? ` of draw ${draw}` : ''}`;

/**
 * The sample a report's or events folder's name declares (`gate-sample40.json`,
 * `gate-sample40-draw2.json`), if any: `{ rate, draw }`, draw '' for the first draw.
 */
export const declaredSampleOf = (source) => {
  const match = /-sample(\d+)(?:-draw(\w+))?(?:[-.]|$)/.exec(basename(source));
  return match ? { rate: Number(match[1]), draw: match[2] ?? '' } : undefined;
};

function print(all, showSurvivors, sampling) {
  const sample = sampleOf(all, sampling);
  const mutants = sample ? sample.mutants : all;
  const estimate = sample?.complete === true;
  if (sample) {
    console.log(
      estimate
        ? `an estimate: ${sample.name}, ${mutants.length} of ${sample.population} mutants`
        : `incomplete: ${mutants.length} of the ${sample.expected} mutants of ${sample.name} have a result, in run order, not at random: no estimate`
    );
  }
  const rows = scoresByArea(mutants);
  const total = score(mutants);
  const width = Math.max(...rows.map((row) => row.area.length), 5);
  for (const row of [...rows, { area: 'total', ...total }]) {
    // a sampled row is a range, not a figure: a few mutants of an area tell little
    const range = estimate && interval95(row);
    const within = range ? `  (95%: ${range.low.toFixed(1)}-${range.high.toFixed(1)}%)` : '';
    console.log(
      `${row.area.padEnd(width)}  ${row.percent.toFixed(2).padStart(6)}%  ${row.detected}/${row.valid} detected${within}`
    );
  }
  const counted = scoreCountingStatic(mutants);
  if (counted) {
    console.log(
      `${'total, the static mutants counted as undetected'.padEnd(width)}  ${counted.percent.toFixed(2).padStart(6)}%  ${counted.detected}/${counted.valid} detected`
    );
  }
  const ignored = mutants.filter((mutant) => mutant.status === 'Ignored');
  const reasons = new Map();
  for (const mutant of ignored) {
    const reason = mutant.statusReason ?? (mutant.static ? 'static' : 'ignored');
    reasons.set(reason, [...(reasons.get(reason) ?? []), mutant]);
  }
  for (const [reason, ofReason] of reasons) {
    console.log(`ignored (${ofReason.length}): ${reason}`);
  }
  if (showSurvivors) {
    const undetected = mutants
      .filter((mutant) => UNDETECTED.has(mutant.status))
      .sort((a, b) => where(a).localeCompare(where(b), undefined, { numeric: true }));
    for (const mutant of undetected) {
      const replacement = String(mutant.replacement ?? '')
        .replaceAll('\n', ' ')
        .slice(0, 80);
      console.log(
        `${mutant.status.padEnd(10)} ${where(mutant)} ${mutant.mutatorName}: ${replacement}`
      );
    }
  }
}

function eventOf(folder, kind) {
  const name = readdirSync(folder).find((file) => file.endsWith(`-${kind}.json`));
  return name ? JSON.parse(readFileSync(join(folder, name), 'utf8')) : undefined;
}

/**
 * An incremental report (Stryker's JSON report format) from the events of a stopped run: the
 * mutants tested so far with their covering and killing tests, and every test of the dry run.
 */
export function incrementalReportFromEvents(folder, sourceAt) {
  const files = {};
  for (const mutant of readMutants(folder)) {
    files[mutant.file] ??= { language: 'typescript', source: sourceAt(mutant.file), mutants: [] };
    const result = { ...mutant };
    delete result.fileName; // the report keys mutants by their file
    delete result.file;
    files[mutant.file].mutants.push(result);
  }
  const testFiles = {};
  for (const test of eventOf(folder, 'onDryRunCompleted')?.result.tests ?? []) {
    const file = relative(toolRoot, test.fileName);
    testFiles[file] ??= { source: sourceAt(file), tests: [] };
    // the dry run's positions count from 0, the report's from 1
    const { line, column } = test.startPosition ?? {};
    testFiles[file].tests.push({
      id: test.id,
      name: test.name,
      ...(line === undefined ? {} : { location: { start: { line: line + 1, column: column + 1 } } })
    });
  }
  return { schemaVersion: '2', thresholds: { high: 80, low: 60 }, files, testFiles };
}

const gitSource = (commit) => (file) =>
  execFileSync('git', ['show', `${commit}:${file}`], { cwd: toolRoot, encoding: 'utf8' });

if (import.meta.url === `file://${process.argv[1]}`) {
  const flag = (name) => {
    const index = process.argv.indexOf(name);
    return index === -1 ? undefined : process.argv[index + 1];
  };
  const given = process.argv[2];
  if (!given) {
    console.error(
      'usage: node scripts/test/mutation-report.mjs <report.json | events folder | stryker config.mjs> [--survivors]'
    );
    process.exit(2);
  }
  // a Stryker config: the JSON report its run wrote (its name carries the slice and the sample)
  const source = given.endsWith('.mjs')
    ? (await import(pathToFileURL(resolve(given)).href)).default.jsonReporter.fileName
    : given;
  if (/incremental/.test(basename(source))) {
    console.error(
      `${source}: an incremental file holds results kept for reuse, not a run: read the run's report`
    );
    process.exit(2);
  }
  const incremental = flag('--incremental');
  if (incremental) {
    // the sources must be those the run tested, or Stryker would reuse results for code it never ran
    const commit = flag('--commit');
    if (!commit) {
      console.error(
        '--incremental needs --commit <the commit the stopped run started from, on a clean tree>'
      );
      process.exit(2);
    }
    const report = incrementalReportFromEvents(source, gitSource(commit));
    writeFileSync(incremental, JSON.stringify(report));
  }
  print(readMutants(source), process.argv.includes('--survivors'), {
    declared: declaredSampleOf(source),
    planned: plannedMutants(source)
  });
}
