import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  clientTime,
  median,
  sequentialRoundTrips,
  serverTime,
  verdicts
} from '../bench-ratios.mjs';

const call = (startedAt, endedAt) => ({ startedAt, endedAt });

test('server time is the union of the calls in flight, clipped to the window', () => {
  // getBoard 0–150, then getCounts 160–310 and getResponses 165–330 in parallel
  const calls = [call(0, 150), call(160, 310), call(165, 330)];
  assert.equal(serverTime(calls, 0, 400), 150 + 170);
  assert.equal(clientTime(calls, 0, 400), 400 - 320);
  assert.equal(serverTime(calls, 100, 200), 50 + 40, 'clipped at both ends');
  assert.equal(serverTime([call(50, null)], 0, 80), 30, 'a call still open counts to the end');
  assert.equal(clientTime([], 10, 35), 25, 'no call: all of it is the client’s');
});

test('round trips count calls one after another; calls in flight together are one', () => {
  const board = [call(0, 150), call(160, 310), call(165, 330)];
  assert.equal(sequentialRoundTrips(board), 2);
  assert.equal(sequentialRoundTrips([call(0, 10), call(20, 30), call(40, 50)]), 3);
  assert.equal(sequentialRoundTrips([call(0, 10), call(5, 30)]), 1, 'overlapping: one');
  assert.equal(sequentialRoundTrips(board, 155), 1, 'only calls started before the first rows');
  assert.equal(sequentialRoundTrips([]), 0);
});

test('a run meets its targets when every ratio holds and the round trips are at most 2', () => {
  const result = verdicts({
    board: { firstRows: 10, filter: 5, sort: 5 },
    paged: { firstRows: 20, filter: 10, sort: 12 },
    all: { firstRows: 80, filter: 40, sort: 45 },
    roundTrips: 2
  });
  assert.deepEqual(result.missed, []);
  assert.equal(result.ratio.paged.firstRows, 2);
  assert.equal(result.ratio.all.sort, 9);
});

test('each missed ratio and too many round trips are named; absolute times never fail a run', () => {
  const result = verdicts({
    // slow in absolute terms, but the ratios hold: not a miss
    board: { firstRows: 1000, filter: 500, sort: 500 },
    paged: { firstRows: 1900, filter: 1000, sort: 1000 },
    all: { firstRows: 8000, filter: 3999, sort: 4000 },
    roundTrips: 3
  });
  assert.deepEqual(result.missed, [
    'firstRows vs paged: 1.90× < 2×',
    'filter vs all: 7.99× < 8×',
    'round trips before first rows: 3 > 2'
  ]);
});

test('a side that measured nothing is a miss, not a pass', () => {
  const result = verdicts({
    board: { firstRows: 10, filter: NaN, sort: 5 },
    paged: { firstRows: 30, filter: 30, sort: 30 },
    all: { firstRows: 90, filter: 90, sort: 90 },
    roundTrips: 2
  });
  assert.deepEqual(result.missed, ['filter vs paged: n/a < 2×', 'filter vs all: n/a < 8×']);
});

test('the median of the runs ignores runs that measured nothing', () => {
  assert.equal(median([5, 1, 3]), 3);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([NaN, 7]), 7);
  assert.ok(Number.isNaN(median([])));
});
