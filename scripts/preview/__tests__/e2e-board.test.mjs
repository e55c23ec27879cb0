/*
 * End-to-end tests of the review board on the Campaign page (issue 17): the real components in
 * headless Chromium on the sample data, the board in a record page's main column. It fits 1280 px
 * and 400 px without horizontal scroll with its row actions visible, has 0 serious or critical axe
 * violations at both widths, and its dialogs keep focus (trapped, Escape, returned to the opener).
 * The bulk and review confirmations; the keyboard journey (ask, reply, confirm, call, nominate) is
 * in e2e-nomination.test.mjs. Screenshots go to test-results/preview/board-*.png.
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
      menus: menus.length,
      searchPlaceholderCut: placeholderCut(board)
    };
    /** Pixels of the search placeholder that do not fit its box (measured in the input's font). */
    function placeholderCut(host) {
      const deep = (root, selector) =>
        root.querySelector(selector) ??
        [...root.querySelectorAll('*')]
          .map((one) => one.shadowRoot && deep(one.shadowRoot, selector))
          .find(Boolean);
      const search = deep(host.shadowRoot, 'lightning-input.search');
      const input = deep(search.shadowRoot ?? search, 'input');
      const style = document.defaultView.getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d');
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const box =
        input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return Math.ceil(context.measureText(input.placeholder).width - box);
    }
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
      assert.ok(
        measured.searchPlaceholderCut <= 0,
        `the search placeholder fits its box: ${measured.searchPlaceholderCut} px cut`
      );
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

  // Ask the account team, a reply arrives, confirm from it, focus kept: by keyboard in the
  // journeys of e2e-nomination.test.mjs (one per program), which replaced this test (issue 17).

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
    // The X is drawn in a colour other than its square's (an inverse X on SLDS 2's white square
    // was invisible).
    const x = await dialog.locator('lightning-button-icon.close').evaluate((host) => {
      const deep = (root) =>
        root.querySelector('svg') ??
        [...root.querySelectorAll('*')]
          .map((one) => one.shadowRoot && deep(one.shadowRoot))
          .find(Boolean);
      const svg = deep(host.shadowRoot ?? host);
      const paint = svg ? document.defaultView.getComputedStyle(svg).fill : '';
      return {
        paint,
        square: document.defaultView.getComputedStyle(host).backgroundColor,
        hasIcon: Boolean(svg)
      };
    });
    assert.ok(x.hasIcon, 'the close button draws its icon');
    assert.notEqual(x.paint, x.square, `the X (${x.paint}) shows on its square (${x.square})`);
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
