/*
 * End-to-end test of the attribution chart (issue 18) in the local preview: the Campaign page shows
 * the program's funnel and 12-month trend above the board, from one Apex call, with the numbers of
 * the sample data, a data table reachable by keyboard, and no serious or critical axe violation;
 * an ordinary campaign shows no chart. Uses the build the e2e files share.
 */
/* global document -- functions passed to page.evaluate run in the browser */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { toolRoot } from '../../lib/project.mjs';
import { chromiumAvailable } from '../e2e/browser.mjs';
import { newPage, openPreview, runAxe, screenshotDir, settle, visit } from '../e2e/harness.mjs';
import { listPages } from '../server.mjs';
import { loadSampleData } from '../sample-data.mjs';

const CHART = 'c-reference-attribution-chart';
const skip = chromiumAvailable() ? false : 'no /usr/bin/chromium (apt-get install chromium)';

describe('attribution chart in the local preview', { skip, timeout: 180_000 }, () => {
  let preview;
  let pages;
  let data;
  let shots;

  before(async () => {
    preview = await openPreview({ root: toolRoot });
    const { build } = preview;
    data = loadSampleData(toolRoot);
    pages = listPages(
      data,
      build.kinds.filter((kind) => kind.ok).map((kind) => kind.kind)
    );
    shots = screenshotDir(toolRoot);
  });

  after(async () => {
    await preview?.close();
  });

  test('the Customer campaign page shows the funnel and the trend above the board', async () => {
    const target = pages.find(
      (page) => page.kind === 'campaign' && page.label.includes('Customer')
    );
    const campaign = data.records.Campaign.find((one) => one.Id === target.recordId);
    const program = campaign.Reference_Program__c;
    const programCampaigns = new Set(
      data.records.Campaign.filter((one) => one.Reference_Program__c === program).map((c) => c.Id)
    );
    const responses = data.records.CampaignMember.filter((r) => programCampaigns.has(r.CampaignId));
    const nominated = responses.filter((r) => r.Nomination__c).length;
    const { page, errors } = await newPage(preview);
    await page.setViewportSize({ width: 1280, height: 900 });
    await visit(page, preview, target.path);
    await settle(page);
    const chart = page.locator(CHART);
    await chart.locator('.funnel-step').first().waitFor();

    const order = await page.evaluate(() => {
      const chartHost = document.querySelector('c-reference-attribution-chart');
      const board = document.querySelector('c-reference-response-board');
      return chartHost.compareDocumentPosition(board) & 4 ? 'chart first' : 'board first';
    });
    assert.equal(order, 'chart first', 'the chart sits above the board');
    const counts = await chart.locator('.funnel-step text.value').allTextContents();
    assert.equal(counts.length, 7, 'seven funnel steps');
    assert.equal(Number(counts[0]), responses.length, "every response of the program's campaigns");
    assert.equal(Number(counts[5]), nominated, 'the responses with a nomination');
    assert.equal(await chart.locator('.trend-month').count(), 12, 'twelve months');
    const monthsWithAdditions = await chart.locator('.trend-month text.value').count();
    assert.ok(monthsWithAdditions >= 6, `additions spread over the year (${monthsWithAdditions})`);
    const calls = await page.evaluate(() =>
      globalThis.__previewBackend.calls
        .filter((call) => call.name.startsWith('ReferenceAttributionController.'))
        .map((call) => call.name)
    );
    assert.deepEqual(calls, ['ReferenceAttributionController.getChart'], 'one Apex round trip');
    const width = await chart.evaluate((element) => element.getBoundingClientRect().width);
    assert.ok(width <= 1280, `fits the 1280 px page (${width})`);

    // Keyboard only: Tab to the table toggle, Enter shows the data tables.
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return Boolean(active?.classList?.contains('toggle-table'));
      });
    }
    assert.ok(reached, 'the data table toggle is reachable by Tab');
    await page.keyboard.press('Enter');
    await chart.locator('.funnel-table').waitFor();
    const rows = await chart.locator('.funnel-table tbody tr td.count').allTextContents();
    assert.deepEqual(rows, counts, 'the table has the numbers the chart draws');
    // the drop-off of each step, as a percent of the step before, in the table and the description
    const numbers = counts.map(Number);
    const expected = numbers.map((count, i) => {
      const before = i === 0 ? count : numbers[i - 1];
      return `${before > 0 ? Math.round((Math.max(0, before - count) * 100) / before) : 0}%`;
    });
    const shares = await chart.locator('.funnel-table tbody tr td.dropoff-share').allTextContents();
    assert.deepEqual(shares, expected, 'drop-off % of the step before');
    const description = await chart.locator('.funnel-steps-summary').textContent();
    assert.ok(
      description.includes(`(${expected[5]})`),
      `the chart's description says the drop-off to nominated: ${description}`
    );
    assert.equal(await chart.locator('.trend-table tbody tr').count(), 12, 'a row per month');

    const axe = await runAxe(page);
    const serious = axe.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
    assert.deepEqual(serious, [], 'no serious or critical axe violation with the tables open');
    await page.screenshot({ path: join(shots, 'attribution-campaign.png'), fullPage: true });
    assert.deepEqual(errors, [], 'no uncaught error');
    await page.close();
  });

  test('an ordinary campaign shows no chart', async () => {
    const target = pages.find((page) => page.kind === 'campaign' && page.label.includes('not a'));
    const { page, errors } = await newPage(preview);
    await visit(page, preview, target.path);
    await settle(page);
    assert.equal(await page.locator(`${CHART} lightning-card`).count(), 0, 'nothing drawn');
    assert.deepEqual(errors, [], 'no uncaught error');
    await page.close();
  });
});
