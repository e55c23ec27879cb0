/*
 * End-to-end tests of the local preview: the real components in headless Chromium on the sample
 * data. One build, one server on 127.0.0.1, one browser for the whole file; every page is checked
 * with axe-core (0 serious or critical violations) and screenshotted to test-results/preview/.
 */
/* global document -- functions passed to page.evaluate run in the browser */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { toolRoot } from '../../lib/project.mjs';
import { chromiumAvailable } from '../e2e/browser.mjs';
import {
  newPage,
  openPreview,
  runAxe,
  screenshotDir,
  settle as settlePage,
  visit
} from '../e2e/harness.mjs';
import { listPages } from '../server.mjs';
import { loadSampleData } from '../sample-data.mjs';

const BOARD = 'c-reference-response-board';
/** No call in flight, frames painted, and the board's spinners gone. */
async function settle(page) {
  await settlePage(page);
  await page
    .locator(`${BOARD} lightning-spinner`)
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => {});
  await settlePage(page);
}

const skip = chromiumAvailable() ? false : 'no /usr/bin/chromium (apt-get install chromium)';

describe('local preview in Chromium', { skip, timeout: 240_000 }, () => {
  let preview;
  let pages;
  let shots;
  const axeReport = {};

  before(async () => {
    preview = await openPreview({ root: toolRoot });
    const built = preview.build.kinds.filter((kind) => kind.ok).map((kind) => kind.kind);
    pages = listPages(loadSampleData(toolRoot), built);
    shots = screenshotDir(toolRoot);
  });

  after(async () => {
    writeFileSync(join(shots, 'axe.json'), `${JSON.stringify(axeReport, null, 2)}\n`);
    await preview?.close();
  });

  const campaignPage = (program) =>
    pages.find((page) => page.kind === 'campaign' && page.recordId && program(page));

  test('the campaign page and the bench baseline are built', () => {
    const failed = preview.build.kinds.filter((kind) => !kind.ok && !kind.skipped);
    assert.deepEqual(failed, [], 'every page whose components exist builds');
    assert.ok(
      pages.some((page) => page.kind === 'campaign'),
      'a Campaign page exists'
    );
  });

  test('every page renders without errors and has no serious or critical axe violation', async () => {
    const { page, errors } = await newPage(preview);
    const visible = pages.filter((one) => !one.hidden || one.kind === 'wizard');
    const failures = [];
    for (const target of [...visible, { path: '/', label: 'index' }]) {
      errors.length = 0;
      if (target.path === '/') {
        await page.goto(`${preview.url}/`);
      } else {
        await visit(page, preview, target.path);
        await settle(page);
      }
      const name =
        target.path === '/'
          ? 'index'
          : target.path.split('/').slice(1, 2)[0] + '-' + (target.recordId ?? '');
      await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
      const axe = await runAxe(page);
      axeReport[target.path] = { label: target.label, ...axe };
      for (const error of errors) failures.push(`${target.label}: ${error}`);
      for (const violation of axe.violations.filter((v) =>
        ['serious', 'critical'].includes(v.impact)
      )) {
        failures.push(
          `${target.label}: axe ${violation.impact} ${violation.id} at ${violation.nodes[0]}`
        );
      }
    }
    await page.close();
    assert.deepEqual(failures, [], 'no uncaught error and no serious or critical axe violation');
  });

  test('campaign page: filter, select, ask the account team, verdict, call, nominate', async () => {
    const target = campaignPage((page) => page.label.includes('Customer'));
    const { page, errors } = await newPage(preview);
    await visit(page, preview, target.path);
    await settle(page);
    const board = page.locator(BOARD);
    const rows = board.locator('tr.response');
    assert.ok((await rows.count()) > 0, 'the board lists the campaign responses');

    // Filter: status New.
    await board
      .locator('lightning-combobox.filter-status button, lightning-combobox.filter-status input')
      .first()
      .click();
    await board
      .locator('lightning-combobox.filter-status [role="option"]', { hasText: 'New' })
      .first()
      .click();
    await settle(page);
    const statuses = await board.locator('tr.response td.status').allInnerTexts();
    assert.ok(
      statuses.length > 0 && statuses.every((text) => text.includes('New')),
      `filtered to New: ${statuses}`
    );

    // Select the first response with an account and ask its account team (Chatter modal).
    const row = rows.filter({ has: page.locator('td.account a') }).first();
    const responseId = await row.getAttribute('data-id');
    await row.locator('input.select-row').check();
    await board.locator('lightning-button.bulk-ask button').click();
    // A LightningModal lives in the overlay container at the end of <body>, not in the board.
    const overlay = page.locator('lightning-overlay-container');
    const post = overlay.getByRole('button', { name: 'Post', exact: true });
    await post.waitFor();
    await settle(page);
    await page.screenshot({ path: join(shots, 'journey-ask-account-team.png') });
    await post.click();
    await settle(page);
    await overlay.getByRole('button', { name: 'Close', exact: true }).click();
    await overlay.locator('[role="dialog"]').waitFor({ state: 'detached' });
    await settle(page);
    const statusAfterAsk = await page.evaluate(
      (id) => globalThis.__previewBackend.store.get(id).Review_Status__c,
      responseId
    );
    assert.equal(statusAfterAsk, 'Account_Team_Asked', 'asking moves the response');

    // Record the verdict: Confirm.
    await board.locator('lightning-combobox.filter-status button').first().click();
    await board.locator('lightning-combobox.filter-status [role="option"]').first().click();
    await settle(page);
    const same = board.locator(`tr.response[data-id="${responseId}"]`);
    assert.match(await same.locator('td.status').innerText(), /Account Team Asked/, 'asked');
    await same.locator('input.select-row').check();
    await board
      .locator('lightning-button.bulk-action[data-action] button', { hasText: /confirm/i })
      .click();
    await settle(page);
    assert.match(await same.locator('td.status').innerText(), /Confirmed/, 'verdict recorded');

    // Log the call (today: held). lightning-input type="date" takes the user's locale format.
    await same.locator('input.select-row').check();
    await board.locator('lightning-button.bulk-action button', { hasText: /log call/i }).click();
    const today = new Date().toLocaleDateString('en-US', {
      month: 'short',
      day: 'numeric',
      year: 'numeric'
    });
    await board.locator('lightning-input.call-date input').fill(today);
    await board.locator('lightning-input.call-date input').press('Tab');
    await board.locator('lightning-button.submit button').click();
    await settle(page);
    assert.match(await same.locator('td.status').innerText(), /Call Held/i, 'call logged as held');

    // Nominate through the wizard (row action → flow screen → Finish).
    await same.locator('lightning-button-menu.row-actions button').click();
    await same.locator('lightning-menu-item', { hasText: /nominate/i }).click();
    // Every screen of the flow (issue 17): who and what, reference types, details, review.
    const next = overlay.locator('button.preview-flow-next');
    await next.waitFor();
    await settle(page);
    await next.click();
    await overlay.locator('lightning-checkbox-group label').first().click();
    await settle(page);
    await page.screenshot({ path: join(shots, 'journey-nominate.png') });
    await next.click();
    await next.click();
    const finish = overlay.locator('button.preview-flow-finish');
    await finish.click();
    await overlay.locator('[role="dialog"]').waitFor({ state: 'detached' });
    await settle(page);
    assert.match(await same.locator('td.status').innerText(), /Nominated/, 'nominated');
    await page.screenshot({ path: join(shots, 'journey-done.png'), fullPage: true });
    assert.deepEqual(errors, [], 'no uncaught error on the journey');
    await page.close();
  });

  test('error, empty and inert states', async () => {
    const target = campaignPage((page) => page.label.includes('Customer'));
    const { page } = await newPage(preview);
    await visit(page, preview, `${target.path}?fail=ReferenceResponseBoardController.getBoard`);
    await settle(page);
    await page.locator(`${BOARD} c-error-panel`).first().waitFor();
    assert.match(
      await page.locator(BOARD).innerText(),
      /could not load/,
      'the load error is shown'
    );
    await page
      .locator(`${BOARD} c-error-panel`)
      .getByText(/details/i)
      .first()
      .click();
    assert.match(
      await page.locator(BOARD).innerText(),
      /failed on purpose/,
      'with the server message'
    );
    await page.screenshot({ path: join(shots, 'state-error.png') });

    await visit(page, preview, `${target.path}?empty`);
    await settle(page);
    await page.locator(`${BOARD} .empty`).waitFor();
    await page.screenshot({ path: join(shots, 'state-empty.png') });

    const ordinary = campaignPage((page) => page.label.includes('not a program campaign'));
    await visit(page, preview, ordinary.path);
    await settle(page);
    await page.locator(`${BOARD} .inert`).waitFor();
    await page.screenshot({ path: join(shots, 'state-inert.png') });
    await page.close();
  });

  test('keyboard only: search, select a row, confirm it', async () => {
    const target = campaignPage((page) => page.label.includes('Customer'));
    const { page } = await newPage(preview);
    await visit(page, preview, target.path);
    await settle(page);
    const focused = () =>
      page.evaluate(() => {
        let element = document.activeElement;
        while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
        return {
          tag: element?.tagName,
          cls: element?.className ?? '',
          type: element?.type ?? '',
          text: element?.textContent?.trim() ?? ''
        };
      });
    async function tabTo(predicate, limit = 80) {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        if (predicate(await focused())) return true;
      }
      return false;
    }
    assert.ok(await tabTo((f) => f.type === 'search'), 'the search box is reachable by Tab');
    await page.keyboard.type('Olivia');
    await page.keyboard.press('Enter');
    await settle(page);
    assert.equal(await page.locator(`${BOARD} tr.response`).count(), 1, 'search by keyboard');
    assert.ok(
      await tabTo((f) => String(f.cls).includes('select-row')),
      'a row checkbox is reachable'
    );
    await page.keyboard.press('Space');
    await settle(page);
    assert.match(
      await page.locator(`${BOARD} .selection`).innerText(),
      /1/,
      'Space selects the row'
    );
    // Back to the bulk actions (they precede the table): Shift+Tab, then Enter on Confirm.
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Shift+Tab');
      const f = await focused();
      reached = f.tag === 'BUTTON' && /^confirm$/i.test(f.text);
    }
    assert.ok(reached, 'the Confirm bulk action is reachable by keyboard');
    await page.keyboard.press('Enter');
    await settle(page);
    assert.match(
      await page.locator(`${BOARD} tr.response td.status`).first().innerText(),
      /Confirmed/,
      'Enter on Confirm records the verdict'
    );
    await page.close();
  });

  test('account page: the panel tells the account story and its community standing', async () => {
    const data = loadSampleData(toolRoot);
    const membership = data.records.Community_Program_Membership__c.find(
      (one) => one.Program__c === 'Startups' && one.Subscription_Start__c
    );
    const account = data.records.Account.find((one) => one.Id === membership.Account__c);
    const { page, errors } = await newPage(preview);
    await visit(page, preview, `/account/${account.Id}`);
    await settle(page);
    const panel = page.locator('c-reference-account-panel');
    const text = await panel.innerText();
    const owner = data.users.find((user) => user.Id === account.OwnerId);
    assert.ok(text.includes(owner.Name), 'the account team is shown');
    assert.match(text, /Startups/, 'the membership program is shown');
    assert.match(text, /No Ultimate support/, 'no Ultimate support through the program');
    assert.match(text, /renewal is paid/i, 'a Startups renewal is paid');
    const asked = await page.evaluate(() =>
      globalThis.__previewBackend.calls
        .filter((call) => call.name === 'ReferenceAccountPanelController.getAccountStory')
        .map((call) => ({ accountId: call.params.accountId, ok: call.ok }))
    );
    assert.deepEqual(asked, [{ accountId: account.Id, ok: true }], 'the story of this account');
    await page.screenshot({ path: join(shots, 'account-story.png'), fullPage: true });
    assert.deepEqual(errors, [], 'no uncaught error on the account page');
    await page.close();
  });
});
