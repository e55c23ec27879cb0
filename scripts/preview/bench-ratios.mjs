/*
 * The bench's arithmetic, apart from the browser so it can be unit-tested: how much of a timed
 * window was the client's own work (the window minus the time a server call was outstanding), how
 * many round trips came one after another before the first rows, and which targets a run met.
 * The targets are ratios measured in the same run, never absolute milliseconds: absolute times
 * differ from machine to machine, the ratios between two pages in one run do not.
 */

/** The bench's targets (issue 19): the board against each baseline, per operation. */
export const TARGETS = {
  operations: ['firstRows', 'filter', 'sort'],
  /** baseline client time ÷ board client time, at least */
  ratios: { paged: 2, all: 8 },
  /** sequential server round trips before the board's first rows, at most */
  roundTripsBeforeFirstRows: 2
};

export const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Milliseconds of [from, to] during which at least one call ({ startedAt, endedAt }) was
 * outstanding: the union of the calls' intervals, clipped to the window. A call still open counts
 * until `to`.
 */
export function serverTime(calls, from, to) {
  const spans = calls
    .map((call) => [Math.max(from, call.startedAt), Math.min(to, call.endedAt ?? to)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let openStart = null;
  let openEnd = null;
  for (const [start, end] of spans) {
    if (openEnd === null || start > openEnd) {
      if (openEnd !== null) total += openEnd - openStart;
      openStart = start;
      openEnd = end;
    } else {
      openEnd = Math.max(openEnd, end);
    }
  }
  if (openEnd !== null) total += openEnd - openStart;
  return total;
}

/** The client's share of a window: its length minus the server time inside it. */
export function clientTime(calls, from, to) {
  return to - from - serverTime(calls, from, to);
}

/**
 * Round trips one after another among the calls started before `until`: the longest chain of calls
 * where each started after the previous one had ended. Calls in flight together are one round trip.
 */
export function sequentialRoundTrips(calls, until = Infinity) {
  const started = calls
    .filter((call) => call.startedAt < until)
    .sort((a, b) => a.startedAt - b.startedAt);
  const depth = [];
  started.forEach((call, i) => {
    let before = 0;
    for (let j = 0; j < i; j++) {
      const previous = started[j];
      if (previous.endedAt !== null && previous.endedAt <= call.startedAt) {
        before = Math.max(before, depth[j]);
      }
    }
    depth.push(before + 1);
  });
  return Math.max(0, ...depth);
}

/** A ratio rounded down to two decimals, so a near miss never prints as the target itself. */
export const formatRatio = (value) =>
  Number.isFinite(value) ? `${(Math.floor(value * 100) / 100).toFixed(2)}×` : 'n/a';

/**
 * The verdicts of one bench run from the medians of each side's client times:
 * { ratio: { paged: { firstRows: 3.1, … }, all: {…} }, missed: ['filter vs paged: 1.6× < 2×', …] }.
 * A ratio that cannot be computed (a side measured nothing) is a miss.
 */
export function verdicts({ board, paged, all, roundTrips }, targets = TARGETS) {
  const ratio = {};
  const missed = [];
  for (const [name, baseline] of Object.entries({ paged, all })) {
    ratio[name] = {};
    for (const operation of targets.operations) {
      const value = baseline[operation] / board[operation];
      ratio[name][operation] = value;
      const wanted = targets.ratios[name];
      if (!(Number.isFinite(value) && value >= wanted)) {
        missed.push(`${operation} vs ${name}: ${formatRatio(value)} < ${wanted}×`);
      }
    }
  }
  if (!(roundTrips <= targets.roundTripsBeforeFirstRows)) {
    missed.push(
      `round trips before first rows: ${roundTrips} > ${targets.roundTripsBeforeFirstRows}`
    );
  }
  return { ratio, missed };
}
