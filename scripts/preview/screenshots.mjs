/*
 * The README's screenshots of the local preview: `node scripts/preview/screenshots.mjs` builds the
 * preview, opens each page in headless Chromium on the sample data and writes docs/screenshots/
 * (campaign board with rows, the ordinary campaign, the account panel, the wizard screen, the
 * nomination page). A later UI issue adds its page here.
 */
import { join } from 'node:path';
import { projectRoot } from '../lib/project.mjs';
import { newPage, openPreview, settle, visit } from './e2e/harness.mjs';
import { listPages } from './server.mjs';
import { loadSampleData } from './sample-data.mjs';

const root = projectRoot();
const outDir = join(root, 'docs', 'screenshots');
const preview = await openPreview({ root });
try {
  const built = preview.build.kinds.filter((kind) => kind.ok).map((kind) => kind.kind);
  const data = loadSampleData(root);
  const pages = listPages(data, built);
  const campaigns = pages.filter((page) => page.kind === 'campaign' && !page.hidden);
  // The account with a community program membership and a nomination tells the most.
  const member = new Set(data.records.Community_Program_Membership__c?.map((m) => m.Account__c));
  const nominated = new Set(data.records.Reference_Nomination__c?.map((n) => n.Account__c));
  const account =
    pages.find(
      (page) => page.kind === 'account' && member.has(page.recordId) && nominated.has(page.recordId)
    ) ?? pages.find((page) => page.kind === 'account');
  const shots = [
    { file: 'campaign.png', page: campaigns.find((page) => page.label.includes('Customer')) },
    // The board in a record page's main column at 1280 px, and as cards at 400 px (issue 17).
    {
      file: 'board-1280.png',
      width: 1280,
      page: campaigns.find((page) => page.label.includes('Customer'))
    },
    {
      file: 'board-400.png',
      width: 400,
      page: campaigns.find((page) => page.label.includes('Customer'))
    },
    {
      file: 'campaign-inert.png',
      page: campaigns.find((page) => page.label.includes('not a program'))
    },
    { file: 'account.png', page: account },
    { file: 'wizard.png', page: pages.find((page) => page.kind === 'wizard' && !page.hidden) },
    { file: 'nomination.png', page: pages.find((page) => page.kind === 'nomination') }
  ];
  for (const shot of shots.filter((one) => one.page)) {
    const { page, errors } = await newPage(preview);
    await page.setViewportSize({ width: shot.width ?? 1440, height: 900 });
    await visit(page, preview, shot.page.path);
    await settle(page);
    await page
      .locator('lightning-spinner')
      .first()
      .waitFor({ state: 'detached', timeout: 10_000 })
      .catch(() => {});
    await settle(page);
    await page.screenshot({
      path: join(outDir, shot.file),
      fullPage: shot.file !== 'campaign.png' && shot.file !== 'board-400.png'
    });
    console.log(
      `screenshots: ${shot.file} ← ${shot.page.label}${errors.length ? ` (${errors.join('; ')})` : ''}`
    );
    await page.close();
  }
} finally {
  await preview.close();
}
