/*
 * End-to-end tests of the nomination's pages in the local preview (issue 17): the whole journey
 * for each program by keyboard only, from the campaign board to the nomination page (GitLab
 * queued and created, the intro email), the nomination record page (a failed GitLab issue; the CRM
 * assigned by keyboard),
 * the wizard (every screen of the real flow, labels on Review, a refused Finish that keeps every
 * choice), "Nominate this account" on the Account panel (the real wizard, required fields, a second
 * open nomination refused, Escape and focus return) and the panel fitting its card at 400 and
 * 860 px. One build, one server, one browser; axe 0 serious or critical at 1280 and 400 px.
 */
/* global document -- functions passed to page.evaluate run in the browser */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { toolRoot } from '../../lib/project.mjs';
import { chromiumAvailable } from '../e2e/browser.mjs';
import { newPage, openPreview, runAxe, settle as settlePage, visit } from '../e2e/harness.mjs';
import { listPages } from '../server.mjs';
import { loadSampleData } from '../sample-data.mjs';

const HOME = 'c-nomination-home';
const BOARD = 'c-reference-response-board';
const PANEL = 'c-reference-account-panel';
const FLOW = 'lightning-flow';

async function settle(page) {
  await settlePage(page);
  await page
    .locator('lightning-spinner')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => {});
  await settlePage(page);
}

/** The deepest focused element (through shadow roots): tag, classes, text, in a dialog or not. */
function focused(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    let host = element;
    const path = [];
    while (host) {
      path.push(`${host.tagName}.${String(host.className)}`);
      host = host.parentElement ?? host.getRootNode()?.host;
    }
    return {
      tag: element?.tagName,
      text: element?.textContent?.trim() ?? '',
      path: path.join(' < '),
      inDialog: path.some((one) => one.startsWith('LIGHTNING-OVERLAY-CONTAINER'))
    };
  });
}

async function seriousAxe(page, label) {
  const axe = await runAxe(page);
  return axe.violations
    .filter((violation) => ['serious', 'critical'].includes(violation.impact))
    .map((violation) => `${label}: ${violation.id} at ${violation.nodes[0]}`);
}

/** scrollWidth and clientWidth of the card around the component. */
function cardWidths(page) {
  return page.evaluate(() => {
    const card = document.querySelector('.preview-component');
    return { scroll: card.scrollWidth, client: card.clientWidth };
  });
}

const skip = chromiumAvailable() ? false : 'no /usr/bin/chromium (apt-get install chromium)';

describe('nomination pages in Chromium', { skip, timeout: 240_000 }, () => {
  let preview;
  let pages;
  let data;

  before(async () => {
    preview = await openPreview({ root: toolRoot });
    const built = preview.build.kinds.filter((kind) => kind.ok).map((kind) => kind.kind);
    data = loadSampleData(toolRoot);
    pages = listPages(data, built);
  });

  after(async () => {
    await preview?.close();
  });

  const nominationWith = (gitLabStatus) => {
    const nomination = data.records.Reference_Nomination__c.find(
      (one) => one.GitLab_Sync_Status__c === gitLabStatus
    );
    return pages.find((page) => page.kind === 'nomination' && page.recordId === nomination.Id);
  };

  /*
   * The whole journey for each program, by keyboard only (issue 17): the campaign board → ask the
   * account team → a reply arriving (the preview's Chatter stand-in) → confirm → log call →
   * nominate (the wizard, with the landing-page checkbox enforced on Reference Type) → the board
   * shows the nomination with its GitLab issue queued → the program's nomination page (GitLab
   * issue, the intro email where the program has one, a second send asked first). Every key is a
   * page.keyboard press; focus is put on a control with locator.focus() instead of walking there
   * with Tab (the Tab walks are proven by the board and panel tests). Each page is checked with axe
   * at 1280 and 400 px; the journey runs at 1280 px (Customer, Education) and at 400 px (Open
   * Source). The preview keeps records in the tab, so the nomination page is the program's sample
   * nomination: a new nomination lives only until the page is left.
   */
  const JOURNEYS = [
    // Olivia Nguyen is New; Daniel Reyes was Declined and is asked again; Katrin Schulz was asked
    // already (her reply arrives). No Customer nomination sends an intro email.
    { program: 'Customer', person: 'Olivia Nguyen', ask: true, width: 1280, email: false },
    { program: 'Open_Source', person: 'Daniel Reyes', ask: true, width: 400, email: true },
    { program: 'Education', person: 'Katrin Schulz', ask: false, width: 1280, email: true }
  ];

  /** The deepest focused element's text (through shadow roots). */
  const focusedText = async (page) => (await focused(page)).text;

  async function press(page, locator, key = 'Enter') {
    await locator.focus();
    await page.keyboard.press(key);
  }

  /** Opens a row's action menu by keyboard and chooses `item` with the arrow keys. */
  async function rowAction(page, row, item) {
    await press(page, row.locator('lightning-button-menu button'));
    await page.waitForFunction(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      return Boolean(
        element?.closest?.('[role="menuitem"]') || element?.getAttribute?.('role') === 'menuitem'
      );
    });
    for (let step = 0; step < 12 && !item.test(await focusedText(page)); step++) {
      await page.keyboard.press('ArrowDown');
    }
    assert.match(await focusedText(page), item, `the row menu offers ${item}`);
    await page.keyboard.press('Enter');
  }

  async function axeAtBothWidths(page, label, width) {
    const found = [];
    for (const other of [width === 1280 ? 400 : 1280, width]) {
      await page.setViewportSize({ width: other, height: 900 });
      await settle(page);
      found.push(...(await seriousAxe(page, `${label} at ${other}px`)));
    }
    return found;
  }

  for (const journey of JOURNEYS) {
    test(`journey by keyboard: ${journey.program} at ${journey.width} px, axe at 1280 and 400 px`, async () => {
      const campaign = data.records.Campaign.find(
        (one) => one.Reference_Program__c === journey.program
      );
      const { page, errors } = await newPage(preview);
      const failures = [];
      await page.setViewportSize({ width: journey.width, height: 900 });
      await visit(page, preview, `/campaign/${campaign.Id}`);
      await settle(page);
      // The Customer board is axe-checked at both widths by e2e-board's fit tests.
      if (journey.program !== 'Customer') {
        failures.push(...(await axeAtBothWidths(page, `${journey.program} board`, journey.width)));
      }
      const board = page.locator(BOARD);
      const row = board.locator('tr.response', { hasText: journey.person });
      const responseId = await row.getAttribute('data-id');
      const overlay = page.locator('lightning-overlay-container');

      if (journey.ask) {
        await rowAction(page, row, /ask account team/i);
        const post = overlay.getByRole('button', { name: 'Post', exact: true });
        await post.waitFor();
        await settle(page);
        await press(page, post);
        await overlay.getByRole('button', { name: 'Close', exact: true }).waitFor();
        await settle(page);
        assert.match(
          (await focused(page)).path,
          /LIGHTNING-BUTTON\.[^<]*\bclose\b/,
          'Close after Post'
        );
        for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
        assert.ok((await focused(page)).inDialog, 'Tab stays in the dialog after Post');
        await page.keyboard.press('Escape');
        await overlay.locator('[role="dialog"]').waitFor({ state: 'detached' });
        await settle(page);
        assert.match(
          (await focused(page)).path,
          /LIGHTNING-BUTTON-MENU\.[^<]*\brow-actions\b/,
          'focus returns to the row menu that opened the dialog'
        );
        assert.match(
          await row.locator('td.status').innerText(),
          /Account Team Asked/i,
          'closed with Escape after posting, the row shows the ask'
        );
      }

      // The account team replies in Chatter: the preview's stand-in, by keyboard.
      const select = page.locator('#preview-simulate-response');
      await select.focus();
      await page.locator(`#preview-simulate-response option[value="${responseId}"]`).waitFor({
        state: 'attached'
      });
      for (let i = 0; i < 20 && (await select.inputValue()) !== responseId; i++) {
        await page.keyboard.press('ArrowDown');
      }
      assert.equal(await select.inputValue(), responseId, 'the asked response is chosen');
      await press(page, page.locator('button.preview-simulate-button'));
      await settle(page);
      const replied = board.locator(`tr.response[data-id="${responseId}"]`);
      assert.match(await replied.locator('td.reply').innerText(), /go ahead/i, 'the reply shows');

      // Confirm from the captured reply.
      await rowAction(page, replied, /^confirm$/i);
      const dialog = board.locator('c-reference-board-dialog.action-form');
      await dialog.locator('section[role="dialog"]').waitFor();
      await settle(page);
      assert.match(await dialog.innerText(), new RegExp(journey.person), 'the dialog names them');
      assert.match(await dialog.innerText(), /go ahead/i, 'and shows the captured reply');
      for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
      assert.match((await focused(page)).path, /C-REFERENCE-BOARD-DIALOG/, 'Tab stays in it');
      // A verdict that changes an earlier one (Daniel Reyes was declined) needs a reason.
      await dialog.locator('lightning-textarea.reason textarea').focus();
      await page.keyboard.type('The account team confirmed it in Chatter.');
      await press(page, dialog.locator('lightning-button.confirm button'));
      await dialog.waitFor({ state: 'detached' });
      await settle(page);
      assert.match(await replied.locator('td.status').innerText(), /Confirmed/);
      assert.match(
        await board.locator('c-reference-board-action-form .results').innerText(),
        new RegExp(journey.person),
        'the result names the person'
      );
      assert.equal(
        await page.evaluate(
          (id) => globalThis.__previewBackend.store.get(id).Verdict_Source__c,
          responseId
        ),
        'Chatter_Reply',
        'the verdict records its source'
      );

      // Log the call: the date typed, Enter on Save.
      await rowAction(page, replied, /log call/i);
      await dialog.locator('section[role="dialog"]').waitFor();
      await settle(page);
      const today = new Date().toLocaleDateString('en-US', {
        month: 'short',
        day: 'numeric',
        year: 'numeric'
      });
      await dialog.locator('lightning-input.call-date input').focus();
      await page.keyboard.type(today);
      // a call dated today asks how it went: Tab commits the date, Space picks the first outcome
      await page.keyboard.press('Tab');
      const heldPositive = dialog
        .locator('lightning-radio-group.call-outcome input[type="radio"]')
        .first();
      await heldPositive.waitFor();
      await press(page, heldPositive, 'Space');
      await press(page, dialog.locator('lightning-button.confirm button'));
      await dialog.waitFor({ state: 'detached' });
      await settle(page);
      assert.match(await replied.locator('td.status').innerText(), /Call Held/i);

      // Nominate: the wizard in its dialog, every screen by keyboard.
      await rowAction(page, replied, /nominate/i);
      const flow = overlay.locator(FLOW);
      const next = flow.locator('button.preview-flow-next');
      await next.waitFor();
      await settle(page);
      failures.push(...(await axeAtBothWidths(page, `${journey.program} wizard`, journey.width)));
      await press(page, next);
      await settle(page);
      assert.match(await flow.locator('.preview-flow-heading').innerText(), /Reference Type/);
      await press(
        page,
        flow.locator('lightning-checkbox-group input[type="checkbox"]').first(),
        'Space'
      );
      // The landing-page checkbox is enforced: unticked, Next is refused on this screen.
      const sourced = flow.locator('c-reference-type-page [data-id="sourced"] input');
      await press(page, sourced, 'Space');
      await press(page, next);
      await settle(page);
      // One message, at the box (the page shows it itself), and focus on the box.
      assert.match(
        await flow.locator('c-reference-type-page [data-id="sourced"]').innerText(),
        /keep "Sourced from the external landing page" ticked/i,
        'a landing-page response cannot be nominated without the checkbox'
      );
      assert.equal(await flow.locator('.preview-flow-field-error').count(), 0, 'one message');
      assert.match(
        (await focused(page)).path,
        /^INPUT\..*LIGHTNING-INPUT\..*C-REFERENCE-TYPE-PAGE/,
        'focus on the box'
      );
      assert.match(await flow.locator('.preview-flow-heading').innerText(), /Reference Type/);
      await press(page, sourced, 'Space');
      await press(page, next);
      await settle(page);
      await press(page, next);
      await settle(page);
      assert.match(await flow.locator('.preview-flow-heading').innerText(), /Review/);
      await press(page, flow.locator('button.preview-flow-finish'));
      await overlay.locator('[role="dialog"]').waitFor({ state: 'detached' });
      await settle(page);
      const nominated = board.locator(`tr.response[data-id="${responseId}"]`);
      assert.match(await nominated.innerText(), /Nominated/, 'the board shows the nomination');
      assert.match(await nominated.innerText(), /queued/i, 'with its GitLab issue queued');

      // The program's nomination page: its GitLab issue, and the intro email where it has one.
      const sample = data.records.Reference_Nomination__c.find(
        (one) =>
          one.Program__c === journey.program &&
          (journey.email ? one.Assigned_CRM__c : one.GitLab_Sync_Status__c === 'Queued')
      );
      await visit(page, preview, `/nomination/${sample.Id}`);
      await settle(page);
      const home = page.locator(HOME);
      assert.doesNotMatch(await home.locator('section.gitlab').innerText(), /No GitLab issue/i);
      const { scroll, client } = await cardWidths(page);
      assert.ok(scroll <= client, `${journey.program} nomination page: no horizontal overflow`);
      failures.push(
        ...(await axeAtBothWidths(page, `${journey.program} nomination`, journey.width))
      );
      const send = home.locator('lightning-button.send-intro-email button');
      if (!journey.email) {
        assert.equal(await send.count(), 0, 'a Customer nomination sends no intro email');
      } else {
        await press(page, send);
        await settle(page);
        assert.match(await home.locator('.email-sent').innerText(), /Intro email sent/);
        assert.match(
          await home.locator('.email-sent-on').innerText(),
          /Intro email sent .+ by Pat Preview/,
          'the page says when and by whom'
        );
        const logged = await page.evaluate(
          (id) =>
            [...globalThis.__previewBackend.store.tables.Task.values()].filter(
              (task) => task.WhatId === id && task.TaskSubtype === 'Email'
            ).length,
          sample.Id
        );
        assert.equal(logged, 1, 'logged as an email activity on the nomination');
        // A second send asks first; Escape-free: Cancel by keyboard sends nothing.
        await press(page, send);
        await settle(page);
        assert.match(await home.locator('.resend-question').innerText(), /Send it again\?/);
        assert.match(await focusedText(page), /Send again/, 'focus on "Send again"');
        await press(page, home.locator('lightning-button.cancel-resend button'));
        await settle(page);
        assert.equal(await home.locator('.resend-confirm').count(), 0, 'nothing sent again');
      }
      assert.deepEqual(failures, [], 'axe: 0 serious or critical on every page');
      assert.deepEqual(errors, [], 'no uncaught error');
      await page.close();
    });
  }

  // Queued and created issues are shown, fitted and axe-checked at both widths by the journeys.
  test('nomination page: a failed GitLab issue; axe and fit at 1280 and 400 px', async () => {
    const { page, errors } = await newPage(preview);
    const failures = [];
    const expectations = [['Failed', /403 Forbidden/]];
    for (const [status, shows] of expectations) {
      const target = nominationWith(status);
      assert.ok(target, `a sample nomination with a ${status} GitLab issue has a page`);
      assert.equal(target.hidden, false, `the ${status} nomination is in the page list`);
      for (const width of [1280, 400]) {
        await page.setViewportSize({ width, height: 900 });
        await visit(page, preview, target.path);
        await settle(page);
        const gitLab = await page.locator(`${HOME} section.gitlab`).innerText();
        assert.match(gitLab, shows, `${status}: the GitLab issue is shown (${gitLab})`);
        assert.doesNotMatch(gitLab, /No GitLab issue/i, `${status}: not "No GitLab issue"`);
        const { scroll, client } = await cardWidths(page);
        assert.ok(scroll <= client, `${status} at ${width}px: no horizontal overflow`);
        if (status === 'Failed')
          failures.push(...(await seriousAxe(page, `${status} at ${width}px`)));
      }
    }
    const failed = nominationWith('Failed');
    await visit(page, preview, failed.path);
    await settle(page);
    assert.ok(
      await page.locator(`${HOME} c-git-lab-issue-status button`, { hasText: /retry/i }).count(),
      'a failed issue offers Retry'
    );
    assert.match(
      await page.locator(`${HOME} .next-step-text`).innerText(),
      /retry|Assign/i,
      'the next step says what happens'
    );
    assert.match(
      await page.locator(`${HOME} .next-step-owner`).innerText(),
      /program manager/i,
      'and who acts'
    );
    assert.deepEqual(failures, [], 'axe: 0 serious or critical');
    assert.deepEqual(errors, [], 'no uncaught error');
    await page.close();
  });

  test('nomination page: the CRM assigned by keyboard', async () => {
    const { page, errors } = await newPage(preview);
    await page.setViewportSize({ width: 1280, height: 900 });
    // The queued Customer nomination: no CRM, and its program names no default CRM.
    const queued = nominationWith('Queued');
    await visit(page, preview, queued.path);
    await settle(page);
    const home = page.locator(HOME);
    assert.match(await home.locator('.crm-name').innerText(), /Not assigned/);
    assert.match(await home.locator('.no-default-crm').innerText(), /no default CRM/);
    assert.match(await home.locator('.next-step-text').innerText(), /no default Customer/);

    // Keyboard only: Tab to "Assign CRM", Enter; Escape closes and gives focus back.
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = (await focused(page)).text === 'Assign CRM';
    }
    assert.ok(reached, 'Assign CRM is reachable by Tab');
    await page.keyboard.press('Enter');
    await settle(page);
    assert.match((await focused(page)).path, /LIGHTNING-COMBOBOX/, 'focus moves into the picker');
    await page.keyboard.press('Escape');
    await settle(page);
    assert.equal((await focused(page)).text, 'Assign CRM', 'Escape closes, focus returns');

    await page.keyboard.press('Enter');
    await settle(page);
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await settle(page);
    let saved = false;
    for (let i = 0; i < 10 && !saved; i++) {
      await page.keyboard.press('Tab');
      if ((await focused(page)).text === 'Save') {
        await page.keyboard.press('Enter');
        saved = true;
      }
    }
    assert.ok(saved, 'Save is reachable by Tab');
    await settle(page);
    const crmName = await home.locator('.crm-name').innerText();
    assert.doesNotMatch(crmName, /Not assigned/, `a CRM is assigned: ${crmName}`);
    assert.match(await home.locator('.confirmation').innerText(), /now the CRM/);
    assert.match(
      await home.locator('.next-step-text').innerText(),
      new RegExp(crmName),
      'the next step now names the CRM'
    );

    // The intro email (sent, logged, a second send asked first) is in the journeys.
    assert.deepEqual(errors, [], 'no uncaught error');
    await page.close();
  });

  test('wizard: every screen of the flow, labels on Review, a refused Finish keeps every choice', async () => {
    const landing = (ready) =>
      pages.find(
        (page) =>
          page.kind === 'wizard' &&
          page.flowInputs.isLandingPageResponse &&
          page.readyToNominate === ready
      );
    // a landing-page response ready to nominate, whose Finish a server rule refuses (below)
    const target = landing(true);
    const { page, errors } = await newPage(preview);
    const failures = [];

    // A response that cannot move to Nominated is refused before the first page, in words.
    await visit(page, preview, landing(false).path);
    await settle(page);
    const flow = page.locator(FLOW);
    assert.match(
      await flow.locator('.preview-flow-stopped').innerText(),
      /The nomination cannot start:\s*This response is at New on the review board of “.+”\. Move it forward there first, then nominate it\./,
      'refused when it loads, not at Finish, saying where to act'
    );
    assert.equal(await flow.locator('button.preview-flow-next').count(), 0, 'no page to fill');

    await page.setViewportSize({ width: 400, height: 900 });
    await visit(page, preview, target.path);
    await settle(page);
    failures.push(...(await seriousAxe(page, 'wizard at 400px')));
    await page.setViewportSize({ width: 1280, height: 900 });
    assert.equal(await page.getByText('Values the flow receives').count(), 0, 'no debug block');
    const headings = [await flow.locator('.preview-flow-heading').innerText()];
    assert.equal(await flow.locator('.preview-flow-footer').count(), 1, 'one footer');
    // Another account (no nomination yet) and its contact: the response stays the source, so
    // Finish meets NominationWizardService's rule "the response must come from a person of the
    // nominated account", an errorMessage that sends the real flow back to Review (no fault).
    const responder = data.records.Contact.find(
      (one) =>
        one.Id === data.records.CampaignMember.find((r) => r.Id === target.recordId).ContactId
    );
    const other = data.records.Contact.find(
      (one) =>
        one.AccountId !== responder.AccountId &&
        !data.records.Reference_Nomination__c.some((n) => n.Account__c === one.AccountId)
    );
    const otherAccount = data.records.Account.find((one) => one.Id === other.AccountId);
    const choose = async (name, option) => {
      await flow.locator(`lightning-combobox[data-name="${name}"] button`).click();
      await flow
        .locator(`lightning-combobox[data-name="${name}"] [role="option"]`, {
          hasText: new RegExp(`^\\s*${option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`)
        })
        .first()
        .click();
      await settle(page);
    };
    await choose('Account_Lookup', otherAccount.Name);
    await choose('Champion_Lookup', other.Name);
    await flow.locator('button.preview-flow-next').click();
    await settle(page);
    headings.push(await flow.locator('.preview-flow-heading').innerText());
    await flow.locator('lightning-checkbox-group label', { hasText: 'Logo' }).click();
    await flow.locator('lightning-checkbox-group label', { hasText: /Case Study/i }).click();
    // The "ticked because" hint goes with the tick, and comes back with it.
    const hint = flow.locator('c-reference-type-page [data-id="pre-ticked"]');
    assert.equal(await hint.count(), 1, 'hint while ticked');
    await flow.locator('c-reference-type-page [data-id="sourced"] label').click();
    assert.equal(await hint.count(), 0, 'no hint once unticked');
    await flow.locator('c-reference-type-page [data-id="sourced"] label').click();
    assert.equal(await hint.count(), 1, 'hint again once ticked');
    failures.push(...(await seriousAxe(page, 'wizard reference types')));
    await flow.locator('button.preview-flow-next').click();
    await settle(page);
    headings.push(await flow.locator('.preview-flow-heading').innerText());
    await flow.locator('lightning-textarea textarea').fill('Keep me after a refusal.');
    await flow.locator('button.preview-flow-next').click();
    await settle(page);
    headings.push(await flow.locator('.preview-flow-heading').innerText());
    assert.deepEqual(
      headings.map((heading) => heading.replace(/\s*\(.*\)$/, '')),
      ['Who and What', 'Reference Type', 'Details', 'Review and Submit'],
      'every screen of the flow, in its order'
    );
    const review = await flow.locator('.preview-flow-display').innerText();
    assert.match(review, /Logo, Case Study/i, 'reference types as labels');
    assert.doesNotMatch(review, /Case_Study|Logo;|: true|: false/, 'no API values on Review');
    assert.match(review, /landing page: Yes/, 'the checkbox as Yes');
    failures.push(...(await seriousAxe(page, 'wizard review')));

    // The server refuses: the form stays with the reason inline.
    await flow.locator('button.preview-flow-finish').click();
    await settle(page);
    assert.match(
      await flow.locator('.preview-flow-refused').innerText(),
      /not saved[^]*not a contact of the nominated account/i,
      'the server rule refusal is shown on Review'
    );
    assert.equal(await flow.locator('button.preview-flow-finish').count(), 1, 'no dead end');
    await flow.locator('button.preview-flow-previous').click();
    await settle(page);
    assert.equal(
      await flow.locator('lightning-textarea textarea').inputValue(),
      'Keep me after a refusal.',
      'the notes are kept'
    );
    await flow.locator('button.preview-flow-previous').click();
    await settle(page);
    const checked = await flow.locator('lightning-checkbox-group input:checked').count();
    assert.equal(checked, 2, 'the reference types are kept');

    // Put right (the responder's own account and contact), Finish saves: the flow leaves its last
    // screen, so no button is left to save twice, and focus goes to the page's status.
    await flow.locator('button.preview-flow-previous').click();
    await settle(page);
    const ownAccount = data.records.Account.find((one) => one.Id === responder.AccountId);
    await choose('Account_Lookup', ownAccount.Name);
    await choose('Champion_Lookup', responder.Name);
    for (let screen = 0; screen < 3; screen += 1) {
      await flow.locator('button.preview-flow-next').click();
      await settle(page);
    }
    await flow.locator('button.preview-flow-finish').click();
    await settle(page);
    assert.equal(await flow.locator('button').count(), 0, 'no button left once saved');
    const status = page.locator('.preview-flow-status');
    assert.equal(
      await status.innerText(),
      "The wizard saved the nomination (in this browser tab only): the account's page lists it."
    );
    assert.equal(
      await status.evaluate((node) => node === node.ownerDocument.activeElement),
      true,
      'focus on what happened'
    );

    // A pasted account Id with spaces around it starts the wizard; a malformed one is named.
    const account = data.records.Account[0];
    await visit(page, preview, `${target.path}?account=${encodeURIComponent(` ${account.Id}\t `)}`);
    await settle(page);
    assert.equal(await flow.locator('.preview-flow-stopped').count(), 0, 'a pasted Id is trimmed');
    assert.match(await flow.locator('.preview-flow-heading').innerText(), /Who and What/);
    await visit(page, preview, `${target.path}?account=${encodeURIComponent(' 001 not an id ')}`);
    await settle(page);
    assert.match(
      await flow.locator('.preview-flow-stopped').innerText(),
      /Account 001 not an id is not an account Id/,
      'a malformed Id is refused in words naming it'
    );
    assert.deepEqual(failures, [], 'axe: 0 serious or critical');
    assert.deepEqual(errors, [], 'no uncaught error');
    await page.close();
  });

  test('account page: "Nominate this account" runs the wizard; required fields; a second open nomination is refused', async () => {
    const nomination = data.records.Reference_Nomination__c.find(
      (one) => one.GitLab_Sync_Status__c === 'Queued'
    );
    const account = data.records.Account.find((one) => one.Id === nomination.Account__c);
    const { page, errors } = await newPage(preview);
    await page.setViewportSize({ width: 1280, height: 900 });
    await visit(page, preview, `/account/${account.Id}`);
    await settle(page);
    const opener = page.locator(`${PANEL} lightning-button.nominate-account button`);
    const overlay = page.locator('lightning-overlay-container');

    // Escape closes the dialog and focus returns to "Nominate this account".
    await opener.focus();
    await page.keyboard.press('Enter');
    await overlay.locator('button.preview-flow-next').waitFor();
    await settle(page);
    let insideAll = true;
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      insideAll &&= (await focused(page)).inDialog;
    }
    assert.ok(insideAll, 'Tab stays inside the dialog');
    await page.keyboard.press('Escape');
    await overlay.locator('[role="dialog"]').waitFor({ state: 'detached' });
    await settle(page);
    assert.match((await focused(page)).text, /Nominate this account/, 'focus back on the opener');

    await opener.click();
    const flow = overlay.locator(FLOW);
    await flow.locator('button.preview-flow-next').waitFor();
    await settle(page);
    assert.equal(
      await overlay.locator('lightning-modal-footer').count(),
      0,
      'one footer: the flow one'
    );
    await flow.locator('button.preview-flow-next').click();
    await settle(page);
    const required = await flow.locator('.preview-flow-field-error').count();
    assert.ok(required >= 3, `champion, program and campaign are required (${required} errors)`);

    const choose = async (name, option) => {
      await flow.locator(`lightning-combobox[data-name="${name}"] button`).click();
      await flow
        .locator(`lightning-combobox[data-name="${name}"] [role="option"]`, { hasText: option })
        .first()
        .click();
      await settle(page);
    };
    const champion = data.records.Contact.find((one) => one.AccountId === account.Id);
    await choose('Champion_Lookup', champion.Name);
    await choose('Program', 'Customer');
    await choose('Campaign_Lookup', 'Customer');
    await flow.locator('button.preview-flow-next').click();
    await settle(page);
    assert.match(
      await flow.locator('.preview-flow-field-error').innerText(),
      new RegExp(`open nomination[^]*${nomination.Name}`, 'i'),
      'a second open nomination in the same program is refused, naming the open one'
    );

    await choose('Program', 'Education');
    await flow.locator('button.preview-flow-next').click();
    await settle(page);
    await flow.locator('lightning-checkbox-group label', { hasText: 'Logo' }).click();
    await flow.locator('button.preview-flow-next').click();
    await settle(page);
    await flow.locator('button.preview-flow-next').click();
    await settle(page);
    await flow.locator('button.preview-flow-finish').click();
    await overlay.locator('[role="dialog"]').waitFor({ state: 'detached' });
    await settle(page);
    const rows = await page.locator(`${PANEL} tr.nomination`).allInnerTexts();
    assert.ok(
      rows.some((row) => /Education/.test(row)),
      `the new Education nomination is on the panel: ${rows.join(' | ')}`
    );
    assert.deepEqual(errors, [], 'no uncaught error');
    await page.close();
  });

  test('account panel fits its card at 400 px (sidebar) and 860 px, axe at 1280 and 400 px', async () => {
    const target = pages.find((page) => page.kind === 'account' && !page.hidden);
    const { page, errors } = await newPage(preview);
    const failures = [];
    for (const width of [400, 860, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await visit(page, preview, target.path);
      await settle(page);
      const { scroll, client } = await cardWidths(page);
      assert.ok(scroll <= client, `at ${width}px: scrollWidth ${scroll} <= clientWidth ${client}`);
      if (width !== 860) failures.push(...(await seriousAxe(page, `account at ${width}px`)));
    }
    assert.deepEqual(failures, [], 'axe: 0 serious or critical');
    assert.deepEqual(errors, [], 'no uncaught error');
    await page.close();
  });
});
