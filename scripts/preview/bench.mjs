/*
 * npm run bench: the board where users feel it, in headless Chromium, on a production build,
 * against two baselines on the same stand-in backend and the same data (50,000 generated
 * responses, generated in the browser before the page mounts):
 *
 * - board: the Campaign page's response board (its page size: 50 rows);
 * - paged: a server-paged lightning-datatable, what a competent team would build: the board's own
 *   query, the same page size, one server call per view or sort;
 * - all: a plain lightning-datatable given all 2,000 rows in one call, view and sort in the browser.
 *
 * Every Apex call of every side waits a simulated server round trip (default 150 ms:
 * `--latency <ms>[,<ms>…]` or BENCH_LATENCY_MS; several latencies share one build). The same
 * operations on each side: first rows (from the page's first server call, getBoard on the board,
 * to the frame after the first rows are painted), the "Needs action" view, then newest first.
 * Each is timed to the painted frame, and its client time is that window minus the time a server
 * call was outstanding (bench-ratios.mjs).
 * One warm-up run of each side is thrown away; then RUNS interleaved runs (`--runs`, BENCH_RUNS),
 * medians reported with the rows painted and the round trips before the first rows.
 *
 * The targets are ratios of client times in the same run (board ≥ 2× better than paged, ≥ 8× than
 * all, for each operation) and at most 2 round trips before the board's first rows; the bench exits
 * 1 on a missed target, never on an absolute millisecond figure. Writes
 * test-results/bench-<latency>ms.json.
 */
/* global document, requestAnimationFrame -- functions passed to page.evaluate run in the browser */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { toolRoot } from '../lib/project.mjs';
import {
  TARGETS,
  clientTime,
  formatRatio,
  median,
  sequentialRoundTrips,
  verdicts
} from './bench-ratios.mjs';
import { buildPreview, describeBuild } from './build.mjs';
import { newPage, openPreview } from './e2e/harness.mjs';

const { values: flags } = parseArgs({
  options: { latency: { type: 'string' }, runs: { type: 'string' } }
});
/** One table per latency, all on one build: `--latency 0,150`. */
const LATENCIES = String(flags.latency ?? process.env.BENCH_LATENCY_MS ?? 150)
  .split(',')
  .map(Number);
const RUNS = Number(flags.runs ?? process.env.BENCH_RUNS ?? 5);
const RESPONSES = Number(process.env.BENCH_RESPONSES ?? 50_000);
const PAGE_SIZE = 50;
const ALL_ROWS = 2000;
const HANG_MS = 10_000;
const GET_RESPONSES = 'ReferenceResponseBoardController.getResponses';

/** In the page, before anything runs: a probe that notes when rows are first painted. */
const PROBE = `(() => {
  const state = (globalThis.__bench = { firstRowsAt: null });
  const rows = () => {
    const roots = [document];
    let count = 0;
    while (roots.length) {
      const root = roots.pop();
      count += root.querySelectorAll(state.rowSelector || 'tr.response').length;
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
    }
    return count;
  };
  state.rows = rows;
  const tick = () => {
    if (state.firstRowsAt === null && document.readyState !== 'loading' && rows() > 0) {
      requestAnimationFrame(() => requestAnimationFrame(() => { state.firstRowsAt = performance.now(); }));
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

async function painted(page) {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
  );
}

async function heapMb(page) {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize / 1024 / 1024;
}

/**
 * Runs `action` in the page and waits until every server call it started has returned (at least
 * one call of `method` when given) and the next frame is painted. Returns the window, the calls
 * inside it and the rows painted.
 */
async function timedChange(page, action, method) {
  return page.evaluate(
    async ({ action, method }) => {
      const calls = globalThis.__previewBackend.calls;
      const before = calls.length;
      const t0 = performance.now();
      new Function(action)();
      await new Promise((resolve) => {
        const wait = () => {
          const mine = calls.slice(before);
          const started = !method || mine.some((call) => call.name === method);
          if (started && mine.every((call) => call.endedAt !== null)) {
            requestAnimationFrame(() => requestAnimationFrame(resolve));
          } else setTimeout(wait, 0);
        };
        Promise.resolve().then(wait);
      });
      const t1 = performance.now();
      return {
        t0,
        t1,
        calls: calls
          .slice(before)
          .map(({ name, startedAt, endedAt }) => ({ name, startedAt, endedAt })),
        rows: globalThis.__bench.rows()
      };
    },
    { action, method }
  );
}

const find = (selector) => `
  const find = (selector) => {
    const roots = [document];
    while (roots.length) {
      const root = roots.pop();
      const hit = root.querySelector(selector);
      if (hit) return hit;
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
    }
    return null;
  };
  const target = find(${JSON.stringify(selector)});`;

/** Scrolls to the very bottom in one jump; resolves to ms until a frame painted, or null (hang). */
async function farScroll(page, scrollerSelector) {
  const result = page.evaluate(
    async (script) => {
      const scroller = new Function(`${script}; return target;`)();
      const t0 = performance.now();
      if (scroller) scroller.scrollTop = scroller.scrollHeight * 10;
      globalThis.scrollTo(0, document.body.scrollHeight * 10);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return performance.now() - t0;
    },
    find(scrollerSelector ?? '__none__')
  );
  const timeout = new Promise((resolve) => setTimeout(() => resolve(null), HANG_MS));
  return Promise.race([result, timeout]);
}

const combobox = (selector, value) =>
  `${find(selector)}
   target.dispatchEvent(new CustomEvent('change', { detail: { value: ${JSON.stringify(value)} } }));`;
const datatableSort = `${find('preview-bench-baseline lightning-datatable')}
   target.dispatchEvent(new CustomEvent('sort', { detail: { fieldName: 'createdDate', sortDirection: 'desc' } }));`;

/** A baseline: the benchBaseline page in one of its modes; `method` is its server call, if any. */
function datatableSide(key, query, method) {
  return {
    key,
    path: `/bench/baseline?${query}&`,
    rowSelector: 'lightning-datatable tbody tr',
    filter: combobox('preview-bench-baseline lightning-combobox.baseline-view', 'NEEDS_ACTION'),
    sort: datatableSort,
    method,
    scroller: 'preview-bench-baseline .baseline-scroller'
  };
}

/**
 * The three sides. The board is driven through stable hooks only: its rows are `tr.response`, its
 * view and sort are the lightning-comboboxes `.filter-view` and `.sort` (values NEEDS_ACTION and
 * newest), and it calls ReferenceResponseBoardController.getBoard / getCounts / getResponses.
 */
const SIDES = [
  {
    key: 'board',
    path: '/bench/board?',
    rowSelector: 'tr.response',
    filter: combobox('c-reference-response-board lightning-combobox.filter-view', 'NEEDS_ACTION'),
    sort: combobox('c-reference-response-board lightning-combobox.sort', 'newest'),
    method: GET_RESPONSES,
    scroller: null
  },
  datatableSide('paged', `mode=paged&pageSize=${PAGE_SIZE}`, GET_RESPONSES),
  datatableSide('all', `mode=all&rows=${ALL_ROWS}`, null)
];

async function measure(preview, side, latency) {
  const { page, errors } = await newPage(preview);
  await page.addInitScript(
    `${PROBE}; globalThis.__bench.rowSelector = ${JSON.stringify(side.rowSelector)};`
  );
  page.setDefaultTimeout(120_000);
  await page.goto(`${preview.url}${side.path}bench=${RESPONSES}&latency=${latency}`);
  await page.waitForFunction(() => globalThis.__bench?.firstRowsAt !== null, null, {
    timeout: 120_000
  });
  const load = await page.evaluate(() => ({
    firstRowsAt: globalThis.__bench.firstRowsAt,
    rows: globalThis.__bench.rows(),
    calls: globalThis.__previewBackend.calls.map(({ name, startedAt, endedAt }) => ({
      name,
      startedAt,
      endedAt
    }))
  }));
  const from = Math.min(...load.calls.map((call) => call.startedAt));
  const firstCalls = load.calls.filter((call) => call.startedAt < load.firstRowsAt);
  await page.waitForFunction(() =>
    globalThis.__previewBackend.calls.every((call) => call.endedAt !== null)
  );
  await painted(page);
  const filter = await timedChange(page, side.filter, side.method);
  const sort = await timedChange(page, side.sort, side.method);
  const scrollMs = await farScroll(page, side.scroller);
  const heap = scrollMs === null ? NaN : await heapMb(page);
  await page.close();
  const timed = (change) => ({
    wall: change.t1 - change.t0,
    client: clientTime(change.calls, change.t0, change.t1),
    rows: change.rows
  });
  return {
    firstRows: {
      wall: load.firstRowsAt - from,
      client: clientTime(firstCalls, from, load.firstRowsAt),
      rows: load.rows
    },
    calls: firstCalls.length,
    roundTrips: sequentialRoundTrips(load.calls, load.firstRowsAt),
    filter: timed(filter),
    sort: timed(sort),
    pageLoadMs: load.firstRowsAt,
    scrollMs,
    heapMb: heap,
    errors
  };
}

function summarize(runs) {
  const pick = (read) => median(runs.map(read));
  const operation = (name) => ({
    wall: pick((run) => run[name].wall),
    client: pick((run) => run[name].client),
    rows: pick((run) => run[name].rows)
  });
  return {
    firstRows: operation('firstRows'),
    filter: operation('filter'),
    sort: operation('sort'),
    calls: Math.max(...runs.map((run) => run.calls)),
    roundTrips: Math.max(...runs.map((run) => run.roundTrips)),
    pageLoadMs: pick((run) => run.pageLoadMs),
    heapMb: pick((run) => run.heapMb),
    hangs: runs.filter((run) => run.scrollMs === null).length,
    errors: [...new Set(runs.flatMap((run) => run.errors))]
  };
}

const fmt = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

function table(result) {
  const { board, paged, all } = result.sides;
  const cell = (side, operation, key) => fmt(side[operation][key]);
  const versus = (side, name, operation) =>
    `${cell(side, operation, 'client')} (${formatRatio(result.ratio[name][operation])})`;
  const rows = [
    ['', 'board', `server-paged datatable`, `all-rows datatable`],
    ...[
      ['first rows', 'firstRows'],
      ['"Needs action" view', 'filter'],
      ['newest first', 'sort']
    ].flatMap(([title, operation]) => [
      [
        `${title}: client ms (board ×)`,
        cell(board, operation, 'client'),
        versus(paged, 'paged', operation),
        versus(all, 'all', operation)
      ],
      [
        `${title}: wall ms`,
        cell(board, operation, 'wall'),
        cell(paged, operation, 'wall'),
        cell(all, operation, 'wall')
      ],
      [
        `${title}: rows painted`,
        cell(board, operation, 'rows'),
        cell(paged, operation, 'rows'),
        cell(all, operation, 'rows')
      ]
    ]),
    [
      'round trips before first rows (calls)',
      `${board.roundTrips} (${board.calls})`,
      `${paged.roundTrips} (${paged.calls})`,
      `${all.roundTrips} (${all.calls})`
    ],
    [
      'page load to first rows (ms)',
      fmt(board.pageLoadMs),
      fmt(paged.pageLoadMs),
      fmt(all.pageLoadMs)
    ],
    ['JS heap after GC (MB)', fmt(board.heapMb, 1), fmt(paged.heapMb, 1), fmt(all.heapMb, 1)],
    [
      'bundle (KiB, gzip)',
      `${fmt(result.bundles.board.kb)} (${fmt(result.bundles.board.gzipKb)})`,
      `${fmt(result.bundles.baseline.kb)} (${fmt(result.bundles.baseline.gzipKb)})`,
      `${fmt(result.bundles.baseline.kb)} (${fmt(result.bundles.baseline.gzipKb)})`
    ],
    ['far scroll hangs', `${board.hangs}/${RUNS}`, `${paged.hangs}/${RUNS}`, `${all.hangs}/${RUNS}`]
  ];
  return rows;
}

function markdown(rows) {
  const line = (row) => `| ${row.join(' | ')} |`;
  return [line(rows[0]), line(rows[0].map(() => '---')), ...rows.slice(1).map(line)].join('\n');
}

async function main() {
  console.log(`bench: production build …`);
  const build = await buildPreview({
    root: toolRoot,
    mode: 'production',
    only: ['campaign', 'baseline']
  });
  describeBuild(build);
  const missing = ['campaign', 'baseline'].filter(
    (kind) => !build.kinds.find((one) => one.kind === kind)?.ok
  );
  if (missing.length) {
    console.error(`bench: the ${missing.join(' and ')} page did not build`);
    process.exitCode = 1;
    return;
  }
  const preview = await openPreview({ root: toolRoot, build });
  let missedAny = false;
  try {
    for (const latency of LATENCIES) {
      const { missed } = await benchAt(preview, build, latency);
      missedAny ||= missed.length > 0;
    }
  } finally {
    await preview.close();
  }
  process.exitCode = missedAny ? 1 : 0;
}

/** Per run, baseline client time ÷ board client time: the spread behind each median ratio. */
function ratioSpread(runs) {
  const spread = {};
  for (const name of ['paged', 'all']) {
    spread[name] = {};
    for (const operation of TARGETS.operations) {
      const values = runs.board.map(
        (run, i) => runs[name][i][operation].client / run[operation].client
      );
      spread[name][operation] = [Math.min(...values), Math.max(...values)];
    }
  }
  return spread;
}

async function benchAt(preview, build, latency) {
  const runs = Object.fromEntries(SIDES.map((side) => [side.key, []]));
  console.log(`bench: warm-up run (not counted), ${latency} ms per server call …`);
  for (const side of SIDES) await measure(preview, side, latency);
  for (let i = 0; i < RUNS; i++) {
    for (const side of SIDES) runs[side.key].push(await measure(preview, side, latency));
    console.log(
      `bench: ${latency} ms, run ${i + 1}/${RUNS}: client ms to first rows ` +
        SIDES.map((side) => `${side.key} ${fmt(runs[side.key].at(-1).firstRows.client)}`).join(', ')
    );
  }
  const sides = Object.fromEntries(SIDES.map((side) => [side.key, summarize(runs[side.key])]));
  // A page's JavaScript: its entry and the shared chunks it loads.
  const bundle = (kind) => {
    const files = build.kinds.find((one) => one.kind === kind)?.files ?? [`${kind}.js`];
    const bytes = Buffer.concat(
      files.map((file) => readFileSync(join(build.outDir, 'assets', file)))
    );
    return { kb: bytes.length / 1024, gzipKb: gzipSync(bytes).length / 1024 };
  };
  const client = (side) => ({
    firstRows: side.firstRows.client,
    filter: side.filter.client,
    sort: side.sort.client
  });
  const { ratio, missed } = verdicts({
    board: client(sides.board),
    paged: client(sides.paged),
    all: client(sides.all),
    roundTrips: sides.board.roundTrips
  });
  const spread = ratioSpread(runs);
  const result = {
    date: new Date().toISOString(),
    latencyMs: latency,
    runs: RUNS,
    responses: RESPONSES,
    pageSize: PAGE_SIZE,
    allRows: ALL_ROWS,
    buildSeconds: build.ms / 1000,
    sides,
    runsBySide: runs,
    bundles: { board: bundle('campaign'), baseline: bundle('baseline') },
    ratio,
    ratioSpread: spread,
    targets: TARGETS,
    missed
  };
  console.log(
    `\nSimulated server round trip ${latency} ms per Apex call (every side); ` +
      `${RESPONSES.toLocaleString('en-US')} responses; page size ${PAGE_SIZE}; ` +
      `all-rows datatable ${ALL_ROWS.toLocaleString('en-US')} rows; medians of ${RUNS} runs ` +
      `after 1 warm-up; headless Chromium, production build. Client ms = time to the painted ` +
      `frame minus the time a server call was outstanding; (×) = baseline ÷ board.\n`
  );
  console.log(markdown(table(result)));
  for (const side of SIDES) {
    for (const error of sides[side.key].errors) console.log(`page error (${side.key}): ${error}`);
  }
  console.log(
    `\nspread of the per-run ratios (min–max): ` +
      ['paged', 'all']
        .flatMap((name) =>
          TARGETS.operations.map(
            (operation) =>
              `${operation} vs ${name} ${spread[name][operation].map(formatRatio).join('–')}`
          )
        )
        .join(', ')
  );
  console.log(
    `targets: client time ≥ ${TARGETS.ratios.paged}× better than the server-paged datatable ` +
      `and ≥ ${TARGETS.ratios.all}× than the all-rows one for first rows, view and sort; ` +
      `≤ ${TARGETS.roundTripsBeforeFirstRows} round trips before the first rows`
  );
  console.log(
    missed.length
      ? `bench (${latency} ms): MISSED ${missed.join('; ')}`
      : `bench (${latency} ms): every target met`
  );
  mkdirSync(join(toolRoot, 'test-results'), { recursive: true });
  const file = join('test-results', `bench-${latency}ms.json`);
  writeFileSync(join(toolRoot, file), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`bench: ${file}`);
  return { missed };
}

await main();
