/*
 * npm run bench: the board where users feel it, in headless Chromium, on a production build.
 *
 * Ours: the Campaign page on a campaign of 50,000 generated responses (?bench=50000, generated in
 * the browser before the board mounts). Baseline: a plain lightning-datatable given all 2,000 rows
 * of a 2,000-response campaign in one call. Both timed the same way, interleaved, RUNS times each,
 * medians reported, in one run so the ratios hold on a noisy machine:
 *
 * - first rows: from the component's first data request (the backend call) to the frame after
 *   the first rows are in the DOM (two animation frames: painted);
 * - filter and sort: from the user's change to the painted frame after the request it triggers
 *   came back (ours) or after the synchronous re-render (baseline);
 * - page load (navigation start → first rows), JS heap after GC, bundle size (raw and gzip);
 * - far scroll: the first scroll jumps to the very bottom; the page must paint a frame within
 *   HANG_MS or the bench fails (the known lightning-datatable virtualization hang).
 *
 * Prints a table, writes test-results/bench.json, exits 1 when a target is missed or a page hangs.
 */
/* global document, requestAnimationFrame -- functions passed to page.evaluate run in the browser */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { toolRoot } from '../lib/project.mjs';
import { buildPreview, describeBuild } from './build.mjs';
import { newPage, openPreview } from './e2e/harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const RESPONSES = Number(process.env.BENCH_RESPONSES ?? 50_000);
const BASELINE_ROWS = 2000;
const HANG_MS = 10_000;
const TARGET = { firstRowsMs: 500, filterMs: 150, sortMs: 150, ratio: 8 };

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

const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

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

/** Time from `action` (run in the page) until the request it triggers returned and was painted. */
async function timedServerChange(page, method, action) {
  return page.evaluate(
    async ({ method, action }) => {
      const calls = globalThis.__previewBackend.calls;
      const before = calls.length;
      const t0 = performance.now();
      new Function(action)();
      await new Promise((resolve) => {
        const wait = () => {
          const call = calls.slice(before).find((one) => one.name === method);
          if (call && call.endedAt !== null) {
            requestAnimationFrame(() => requestAnimationFrame(resolve));
          } else setTimeout(wait, 0);
        };
        wait();
      });
      return performance.now() - t0;
    },
    { method, action }
  );
}

/** Time from `action` (synchronous re-render) to the painted frame. */
async function timedLocalChange(page, action) {
  return page.evaluate(async (action) => {
    const t0 = performance.now();
    new Function(action)();
    await Promise.resolve();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return performance.now() - t0;
  }, action);
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

async function measureOurs(preview) {
  const { page, errors } = await newPage(preview);
  await page.addInitScript(PROBE);
  page.setDefaultTimeout(60_000);
  await page.goto(`${preview.url}/bench/board?bench=${RESPONSES}`);
  await page.waitForFunction(() => globalThis.__bench?.firstRowsAt !== null, null, {
    timeout: 60_000
  });
  const load = await page.evaluate(() => {
    const first = globalThis.__previewBackend.calls.find(
      (call) => call.name === 'ReferenceResponseBoardController.getResponses'
    );
    return {
      firstRowsMs: globalThis.__bench.firstRowsAt - first.startedAt,
      pageLoadMs: globalThis.__bench.firstRowsAt
    };
  });
  await page.waitForFunction(() =>
    globalThis.__previewBackend.calls.every((call) => call.endedAt !== null)
  );
  await painted(page);
  const combo = (cls, value) =>
    `${find(`c-reference-response-board lightning-combobox.${cls}`)}
     target.dispatchEvent(new CustomEvent('change', { detail: { value: ${JSON.stringify(value)} } }));`;
  const filterMs = await timedServerChange(
    page,
    'ReferenceResponseBoardController.getResponses',
    combo('filter-view', 'NEEDS_ACTION')
  );
  const sortMs = await timedServerChange(
    page,
    'ReferenceResponseBoardController.getResponses',
    combo('sort', 'newest')
  );
  const scrollMs = await farScroll(page, null);
  const heap = scrollMs === null ? NaN : await heapMb(page);
  await page.close();
  return { ...load, filterMs, sortMs, scrollMs, heapMb: heap, errors };
}

async function measureBaseline(preview) {
  const { page, errors } = await newPage(preview);
  await page.addInitScript(
    `${PROBE}; globalThis.__bench.rowSelector = 'lightning-datatable tbody tr';`
  );
  page.setDefaultTimeout(60_000);
  await page.goto(`${preview.url}/bench/baseline?bench=${BASELINE_ROWS}`);
  await page.waitForFunction(() => globalThis.__bench?.firstRowsAt !== null, null, {
    timeout: 60_000
  });
  const load = await page.evaluate(() => {
    const first = globalThis.__previewBackend.calls.find(
      (call) => call.name === 'PreviewBench.getAllResponses'
    );
    return {
      firstRowsMs: globalThis.__bench.firstRowsAt - first.startedAt,
      pageLoadMs: globalThis.__bench.firstRowsAt
    };
  });
  await painted(page);
  const filterMs = await timedLocalChange(
    page,
    `${find('preview-bench-baseline lightning-input.baseline-search')}
     target.value = 'ada';
     target.dispatchEvent(new CustomEvent('change', { detail: { value: 'ada' } }));`
  );
  const sortMs = await timedLocalChange(
    page,
    `${find('preview-bench-baseline lightning-datatable')}
     target.dispatchEvent(new CustomEvent('sort', { detail: { fieldName: 'personName', sortDirection: 'desc' } }));`
  );
  const scrollMs = await farScroll(page, 'preview-bench-baseline .slds-scrollable_y');
  const heap = scrollMs === null ? NaN : await heapMb(page);
  await page.close();
  return { ...load, filterMs, sortMs, scrollMs, heapMb: heap, errors };
}

function summarize(runs) {
  const pick = (key) => median(runs.map((run) => run[key]));
  return {
    firstRowsMs: pick('firstRowsMs'),
    filterMs: pick('filterMs'),
    sortMs: pick('sortMs'),
    pageLoadMs: pick('pageLoadMs'),
    heapMb: pick('heapMb'),
    hangs: runs.filter((run) => run.scrollMs === null).length,
    errors: [...new Set(runs.flatMap((run) => run.errors))]
  };
}

const fmt = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

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
  const ours = [];
  const baseline = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      ours.push(await measureOurs(preview));
      baseline.push(await measureBaseline(preview));
      console.log(
        `bench: run ${i + 1}/${RUNS}: ours ${fmt(ours.at(-1).firstRowsMs)} ms, baseline ${fmt(baseline.at(-1).firstRowsMs)} ms to first rows`
      );
    }
  } finally {
    await preview.close();
  }
  const a = summarize(ours);
  const b = summarize(baseline);
  // A page's JavaScript: its entry and the shared chunks it loads.
  const bundle = (kind) => {
    const files = build.kinds.find((one) => one.kind === kind)?.files ?? [`${kind}.js`];
    const bytes = Buffer.concat(
      files.map((file) => readFileSync(join(build.outDir, 'assets', file)))
    );
    return { kb: bytes.length / 1024, gzipKb: gzipSync(bytes).length / 1024 };
  };
  const result = {
    date: new Date().toISOString(),
    runs: RUNS,
    responses: RESPONSES,
    baselineRows: BASELINE_ROWS,
    buildSeconds: build.ms / 1000,
    ours: { ...a, bundle: bundle('campaign') },
    baseline: { ...b, bundle: bundle('baseline') },
    ratio: {
      firstRows: b.firstRowsMs / a.firstRowsMs,
      filter: b.filterMs / a.filterMs,
      sort: b.sortMs / a.sortMs
    },
    targets: TARGET
  };
  result.verdicts = {
    firstRows: a.firstRowsMs <= TARGET.firstRowsMs,
    filter: a.filterMs <= TARGET.filterMs,
    sort: a.sortMs <= TARGET.sortMs,
    ratio: result.ratio.firstRows >= TARGET.ratio,
    noHang: a.hangs === 0 && b.hangs === 0
  };
  const rows = [
    [
      '',
      `board, ${RESPONSES.toLocaleString('en-US')} responses`,
      `datatable, ${BASELINE_ROWS.toLocaleString('en-US')} rows`,
      'ratio',
      'target'
    ],
    [
      'first rows (ms)',
      fmt(a.firstRowsMs),
      fmt(b.firstRowsMs),
      `${fmt(result.ratio.firstRows, 1)}×`,
      `≤ ${TARGET.firstRowsMs} ms, ≥ ${TARGET.ratio}×`
    ],
    [
      'filter (ms)',
      fmt(a.filterMs),
      fmt(b.filterMs),
      `${fmt(result.ratio.filter, 1)}×`,
      `≤ ${TARGET.filterMs} ms`
    ],
    [
      'sort (ms)',
      fmt(a.sortMs),
      fmt(b.sortMs),
      `${fmt(result.ratio.sort, 1)}×`,
      `≤ ${TARGET.sortMs} ms`
    ],
    ['page load to first rows (ms)', fmt(a.pageLoadMs), fmt(b.pageLoadMs), '', ''],
    ['JS heap after GC (MB)', fmt(a.heapMb, 1), fmt(b.heapMb, 1), '', ''],
    [
      'bundle (KiB, gzip)',
      `${fmt(result.ours.bundle.kb)} (${fmt(result.ours.bundle.gzipKb)})`,
      `${fmt(result.baseline.bundle.kb)} (${fmt(result.baseline.bundle.gzipKb)})`,
      '',
      ''
    ],
    ['far scroll hangs', `${a.hangs}/${RUNS}`, `${b.hangs}/${RUNS}`, '', 'none']
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => String(row[c]).length)));
  console.log(`\nMedians of ${RUNS} runs, headless Chromium, production build:`);
  for (const row of rows)
    console.log(row.map((cell, c) => String(cell).padEnd(widths[c])).join('  '));
  for (const error of [...a.errors, ...b.errors]) console.log(`page error: ${error}`);
  const missed = Object.entries(result.verdicts)
    .filter(([, ok]) => !ok)
    .map(([name]) => name);
  console.log(missed.length ? `\nbench: MISSED ${missed.join(', ')}` : '\nbench: every target met');
  mkdirSync(join(toolRoot, 'test-results'), { recursive: true });
  writeFileSync(
    join(toolRoot, 'test-results', 'bench.json'),
    `${JSON.stringify(result, null, 2)}\n`
  );
  console.log('bench: test-results/bench.json');
  process.exitCode = missed.length ? 1 : 0;
}

await main();
