/*
 * End-to-end tests of the review board on the Campaign page (issue 17): the real components in
 * headless Chromium on the sample data, the board in a record page's main column. It fits 1280 px
 * and 400 px without horizontal scroll with its row actions visible, has 0 serious or critical axe
 * violations at both widths, and its dialogs keep focus (trapped, Escape, returned to the opener).
 * The journey is done by keyboard: ask the account team, a reply arrives, confirm from it, and the
 * bulk and review confirmations. Screenshots go to test-results/preview/board-*.png.
 */
/* global document -- functions passed to page.evaluate run in the browser */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { toolRoot } from '../../lib/project.mjs';
import { chromiumAvailable } from '../e2e/browser.mjs';
import {
  newPage,
  openPreview,
  runAxe,
  screenshotDir,
  settleBoard as settle,
  visit
} from '../e2e/harness.mjs';
import { listPages } from '../server.mjs';
import { loadSampleData } from '../sample-data.mjs';

const BOARD = 'c-reference-response-board';

/** The deepest focused element through shadow roots: tag, classes, text. */
function focused(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    const path = [];
    while (element) {
      path.push(`${element.tagName}.${String(element.className).split(' ').join('.')}`);
      if (!element.shadowRoot?.activeElement) break;
      element = element.shadowRoot.activeElement;
    }
    return { path: path.join(' > '), text: element?.textContent?.trim() ?? '' };
  });
}

/** Horizontal overflow of the page and of the board's table region (through the shadow roots). */
function overflow(page) {
  return page.evaluate(() => {
    const board = document.querySelector('c-reference-response-board');
    const table = board.shadowRoot.querySelector('c-reference-board-table');
    const region = table.shadowRoot.querySelector('.table-region');
    const menus = [...table.shadowRoot.querySelectorAll('lightning-button-menu')];
    const right = board.getBoundingClientRect().right;
    return {
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      region: region.scrollWidth - region.clientWidth,
      boardWidth: Math.round(board.getBoundingClientRect().width),
      menusOutside: menus.filter((menu) => menu.getBoundingClientRect().right > right + 1).length,
      menus: menus.length
    };
  });
}

const skip = chromiumAvailable() ? false : 'no /usr/bin/chromium (apt-get install chromium)';

describe('review board on the Campaign page', { skip, timeout: 240_000 }, () => {
  let preview;
  let target;
  let shots;

  before(async () => {
    preview = await openPreview({ root: toolRoot });
    const built = preview.build.kinds.filter((kind) => kind.ok).map((kind) => kind.kind);
    const pages = listPages(loadSampleData(toolRoot), built);
    target = pages.find(
      (page) => page.kind === 'campaign' && page.recordId && page.label.includes('Customer')
    );
    shots = screenshotDir(toolRoot);
  });

  after(async () => {
    await preview?.close();
  });

  for (const width of [1280, 400]) {
    test(`fits ${width} px: no horizontal scroll, row actions visible, axe clean`, async () => {
      const { page, errors } = await newPage(preview);
      await page.setViewportSize({ width, height: 900 });
      await visit(page, preview, target.path);
      await settle(page);
      const measured = await overflow(page);
      if (width === 1280) {
        assert.ok(
          measured.boardWidth >= 780 && measured.boardWidth <= 900,
          `the board sits in a record page's main column: ${measured.boardWidth} px`
        );
      }
      assert.equal(measured.page, 0, `the page does not scroll sideways at ${width} px`);
      assert.ok(measured.region <= 0, `the board does not scroll sideways: ${measured.region} px`);
      assert.ok(measured.menus > 0, 'rows have their action menus');
      assert.equal(measured.menusOutside, 0, 'every row action menu is inside the board');
      if (width === 1280) {
        // Default order: the responses that need action first, then those waiting on others, then
        // the closed ones.
        const groups = await page.evaluate((board) => {
          const store = globalThis.__previewBackend.store;
          const table = document
            .querySelector(board)
            .shadowRoot.querySelector('c-reference-board-table');
          const ids = [...table.shadowRoot.querySelectorAll('tr.response')].map(
            (row) => row.dataset.id
          );
          const waiting = [
            'New',
            'Account_Team_Replied',
            'Confirmed',
            'Call_Held',
            'Agreed_To_Partner'
          ];
          const closed = ['Nominated', 'Not_A_Fit'];
          return ids.map((id) => {
            const status = store.get(id).Review_Status__c || 'New';
            return waiting.includes(status) ? 0 : closed.includes(status) ? 2 : 1;
          });
        }, BOARD);
        assert.deepEqual(new Set(groups), new Set([0, 1, 2]), 'the three groups are listed');
        assert.deepEqual(
          groups,
          [...groups].sort((a, b) => a - b),
          'needs action, then waiting on others, then closed'
        );
        // Haruto Sato's account is already an active Customer reference (sample data).
        const marker = page.locator(BOARD).locator('tr.response', { hasText: 'Haruto Sato' });
        assert.match(
          await marker.locator('.active-reference').innerText(),
          /Active reference since\s*\w{3} \d{1,2}, \d{4}/,
          'the row says the account is an active reference, since when'
        );
      }
      await page.screenshot({ path: join(shots, `board-${width}.png`), fullPage: true });
      const axe = await runAxe(page);
      const serious = axe.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
      assert.deepEqual(serious, [], `axe at ${width} px`);
      assert.deepEqual(errors, [], 'no uncaught error');
      await page.close();
    });
  }

  test('keyboard: ask the account team, a reply arrives, confirm from it, focus kept', async () => {
    const { page, errors } = await newPage(preview);
    await page.setViewportSize({ width: 1280, height: 900 });
    await visit(page, preview, target.path);
    await settle(page);
    const board = page.locator(BOARD);
    const row = board.locator('tr.response', { hasText: 'Haruto Sato' });
    const responseId = await row.getAttribute('data-id');

    // Ask from the row menu, by keyboard.
    await row.locator('lightning-button-menu button').focus();
    await page.keyboard.press('Enter');
    await page
      .locator('lightning-menu-item', { hasText: /ask account team/i })
      .first()
      .waitFor();
    // The menu moves focus to its first item once it has opened (later on a busy machine): wait for
    // that, then walk down to the item by arrow keys, so no keystroke lands before the menu is ready.
    await page.waitForFunction(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      return Boolean(
        element?.closest?.('[role="menuitem"]') || element?.getAttribute?.('role') === 'menuitem'
      );
    });
    for (let step = 0; step < 10 && !/ask account team/i.test((await focused(page)).text); step++) {
      await page.keyboard.press('ArrowDown');
    }
    assert.match((await focused(page)).text, /ask account team/i, 'the menu item has focus');
    await page.keyboard.press('Enter');
    const overlay = page.locator('lightning-overlay-container');
    const post = overlay.getByRole('button', { name: 'Post', exact: true });
    await post.waitFor();
    await settle(page);
    await post.focus();
    await page.keyboard.press('Enter');
    await overlay.getByRole('button', { name: 'Close', exact: true }).waitFor();
    await settle(page);
    assert.match(
      (await focused(page)).path,
      /LIGHTNING-BUTTON\.close/,
      'focus on Close after Post'
    );
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    assert.match(
      (await focused(page)).path,
      /LIGHTNING-OVERLAY-CONTAINER/,
      'Tab stays in the dialog after Post'
    );
    await page.keyboard.press('Escape');
    await overlay.locator('[role="dialog"]').waitFor({ state: 'detached' });
    await settle(page);
    assert.match(
      (await focused(page)).path,
      /LIGHTNING-BUTTON-MENU\.row-actions/,
      'focus returns to the row menu that opened the dialog'
    );
    assert.match(
      await row.locator('td.status').innerText(),
      /Account Team Asked/i,
      'closed with Escape after posting, the row shows the ask'
    );

    // The account team replies in Chatter (preview-only control).
    await page.locator('#preview-simulate-response').focus();
    await page.locator(`#preview-simulate-response option[value="${responseId}"]`).waitFor({
      state: 'attached'
    });
    await page.locator('#preview-simulate-response').selectOption(responseId);
    await page.locator('button.preview-simulate-button').click();
    await settle(page);
    const replied = page.locator(BOARD).locator(`tr.response[data-id="${responseId}"]`);
    assert.match(await replied.locator('td.reply').innerText(), /go ahead/i, 'the reply is shown');

    // Confirm from the captured reply.
    await replied.locator('lightning-button-menu button').click();
    await replied.locator('lightning-menu-item', { hasText: /^confirm$/i }).click();
    const dialog = page.locator(`${BOARD} c-reference-board-dialog.action-form`);
    await dialog.locator('section[role="dialog"]').waitFor();
    assert.match(await dialog.innerText(), /Haruto Sato/, 'the dialog names the person');
    assert.match(await dialog.innerText(), /go ahead/i, 'and shows the captured reply');
    for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
    assert.match((await focused(page)).path, /C-REFERENCE-BOARD-DIALOG/, 'Tab stays in the dialog');
    await dialog.locator('lightning-button.confirm button').click();
    await settle(page);
    assert.match(await replied.locator('td.status').innerText(), /Confirmed/, 'confirmed');
    assert.match(
      await page.locator(`${BOARD} c-reference-board-action-form .results`).innerText(),
      /Haruto Sato/,
      'the result names the person'
    );
    const source = await page.evaluate(
      (id) => globalThis.__previewBackend.store.get(id).Verdict_Source__c,
      responseId
    );
    assert.equal(source, 'Chatter_Reply', 'the verdict records its source');
    assert.deepEqual(errors, [], 'no uncaught error');
    await page.close();
  });

  test('a bulk verdict names the count; Escape closes and gives focus back', async () => {
    const { page } = await newPage(preview);
    await page.setViewportSize({ width: 1280, height: 900 });
    await visit(page, preview, target.path);
    await settle(page);
    const board = page.locator(BOARD);
    await board.locator('input.select-all').check();
    await settle(page);
    const confirm = board.locator('lightning-button.bulk-action[data-action="confirm"] button');
    await confirm.focus();
    await page.keyboard.press('Enter');
    const dialog = board.locator('c-reference-board-dialog.action-form');
    await dialog.locator('section[role="dialog"]').waitFor();
    const heading = await dialog.locator('.slds-modal__title').innerText();
    const count = await dialog.locator('.applies-to-person').count();
    assert.ok(count > 1, 'several responses can be confirmed');
    assert.ok(heading.includes(String(count)), `the title names the count: ${heading}`);
    assert.ok((await dialog.locator('.left-out-person').count()) > 0, 'who is left out is named');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.match((await focused(page)).text, /^Confirm$/, 'focus back on the bulk Confirm');
    await page.close();
  });

  test('mark review complete asks first and shows what is still open', async () => {
    const { page } = await newPage(preview);
    await visit(page, preview, target.path);
    await settle(page);
    const board = page.locator(BOARD);
    await board.locator('lightning-button.mark-review-complete button').click();
    const dialog = board.locator('c-reference-board-dialog.review-confirm');
    await dialog.locator('section[role="dialog"]').waitFor();
    assert.match(await dialog.innerText(), /Overdue: \d+/, 'the overdue count is shown');
    assert.equal(
      await page.evaluate(() =>
        globalThis.__previewBackend.calls.some((c) => c.name.endsWith('markReviewComplete'))
      ),
      false,
      'nothing is recorded before the confirmation'
    );
    await dialog.locator('lightning-button.confirm button').click();
    await settle(page);
    assert.match(
      await board.locator('.last-review').innerText(),
      /^\w{3} \d{1,2}, \d{4}\s*by Pat Preview$/,
      "recorded, its date formatted like the table's dates"
    );
    await page.close();
  });

  test('load failure offers Retry; empty states say whether a filter is set', async () => {
    const { page } = await newPage(preview);
    await visit(page, preview, `${target.path}?fail=ReferenceResponseBoardController.getBoard`);
    await settle(page);
    await page.locator(`${BOARD} lightning-button.retry`).waitFor();
    await page.screenshot({ path: join(shots, 'board-load-error.png') });

    await visit(page, preview, `${target.path}?empty`);
    await settle(page);
    assert.match(
      await page.locator(`${BOARD} .empty`).innerText(),
      /No one has signed up/,
      'no filter: nobody signed up yet'
    );
    await page.locator(`${BOARD} lightning-input.search input`).fill('nobody');
    await page.waitForTimeout(600);
    await settle(page);
    assert.match(
      await page.locator(`${BOARD} .empty`).innerText(),
      /matches these filters/,
      'typed search (no Enter) applies and says filters are set'
    );
    await page.close();
  });
});
