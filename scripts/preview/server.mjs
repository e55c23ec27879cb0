/*
 * The preview server: 127.0.0.1 only, GET only. It serves the built page bundles, SLDS, the
 * sample data (scripts/data/ read on every request, so the backend starts from the files as they
 * are) and one HTML page per record page of the preview.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { projectRoot } from '../lib/project.mjs';
import { loadSampleData } from './sample-data.mjs';
import { BENCH_CAMPAIGN_ID } from './runtime/ids.mjs';

const require = createRequire(import.meta.url);
const sldsAssets = join(
  dirname(require.resolve('@salesforce-ux/design-system/package.json')),
  'assets'
);

export { BENCH_CAMPAIGN_ID };

/**
 * The review statuses a response may be nominated from, read from the shared rule vectors
 * (config/rule-vectors/review-transitions.json), which the Apex and c/referenceProgram are both
 * tested against: the wizard link picks a response whose Finish succeeds.
 */
const NOMINATED_FROM = new Set(
  JSON.parse(
    readFileSync(join(projectRoot(), 'config', 'rule-vectors', 'review-transitions.json'), 'utf8')
  )
    .vectors.filter(
      (vector) =>
        vector.call === 'canMoveReview' && vector.args.to === 'Nominated' && vector.expected
    )
    .map((vector) => vector.args.from)
);

/** Responses a bench page generates when opened from the index (the bench itself asks for more). */
export const BENCH_PAGE_RESPONSES = 50;

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8'
};

const PAGE_STYLE = `
body.preview { background: #f3f3f3; }
.preview-banner { padding: 0.5rem 1rem; border-bottom: 3px solid #0176d3; }
.preview-badge { background: #032d60; color: #fff; padding: 0.25rem 0.5rem; border-radius: 0.25rem; }
.preview-nav a { text-decoration: underline; }
.preview-nav a[aria-current='page'] { font-weight: 700; }
.preview-navigation-message:empty { display: none; }
.preview-toasts { position: fixed; top: 4rem; right: 1rem; z-index: 9000; }
.preview-flow-values { background: #fff; border: 1px solid #c9c9c9; padding: 0.5rem; }
`;

/**
 * The record pages the preview offers, from the sample data and the kinds of page that built:
 * [{ kind, path, label, recordId, objectApiName, heading, hidden?, flowInputs? }].
 */
export function listPages(data, builtKinds) {
  const built = new Set(builtKinds);
  const pages = [];
  const records = data.records;
  if (built.has('campaign')) {
    for (const campaign of records.Campaign ?? []) {
      pages.push({
        kind: 'campaign',
        path: `/campaign/${campaign.Id}`,
        label: campaign.Reference_Program__c
          ? `Campaign: ${campaign.Name.replace(/^Reference Program - /, '')}`
          : `Campaign: ${campaign.Name} (not a program campaign)`,
        recordId: campaign.Id,
        objectApiName: 'Campaign',
        heading: campaign.Name
      });
    }
  }
  const nominated = new Set((records.Reference_Nomination__c ?? []).map((n) => n.Account__c));
  if (built.has('account')) {
    const accounts = records.Account ?? [];
    const first = accounts.find((account) => nominated.has(account.Id)) ?? accounts[0];
    for (const account of accounts) {
      pages.push({
        kind: 'account',
        path: `/account/${account.Id}`,
        label: `Account: ${account.Name}`,
        recordId: account.Id,
        objectApiName: 'Account',
        heading: account.Name,
        hidden: account !== first
      });
    }
  }
  if (built.has('wizard')) {
    const programCampaigns = new Set(
      (records.Campaign ?? []).filter((c) => c.Reference_Program__c).map((c) => c.Id)
    );
    const responses = (records.CampaignMember ?? []).filter((r) => r.ContactId && !r.Nomination__c);
    const landingResponses = responses.filter((r) => programCampaigns.has(r.CampaignId));
    const ready = (r) => NOMINATED_FROM.has(r.Review_Status__c || 'New');
    // The visible link finishes; a hidden one (a New response) is refused when the wizard loads.
    const landing = landingResponses.find(ready);
    const notReady = landingResponses.find((r) => !ready(r));
    const other = responses.find((r) => !programCampaigns.has(r.CampaignId));
    for (const [response, isLanding, label] of [
      [landing, true, 'Wizard: reference types (landing-page response)'],
      [notReady, true, 'Wizard: reference types (response not ready to nominate)'],
      [other, false, 'Wizard: reference types (webinar response)']
    ]) {
      if (!response) continue;
      pages.push({
        kind: 'wizard',
        path: `/wizard/${response.Id}`,
        label,
        recordId: response.Id,
        objectApiName: 'CampaignMember',
        heading: 'Nominate: reference types',
        hidden: response !== landing,
        // a webinar response is on no review board: its review status does not stop the wizard
        readyToNominate: !isLanding || ready(response),
        flowInputs: {
          isLandingPageResponse: isLanding,
          landingPageResponseId: isLanding ? response.Id : undefined,
          sourcedFromLandingPage: isLanding
        }
      });
    }
  }
  if (built.has('nomination')) {
    // One nomination per GitLab issue status in the page list (queued, created, failed …).
    const shown = new Set();
    for (const nomination of records.Reference_Nomination__c ?? []) {
      const account = records.Account?.find((a) => a.Id === nomination.Account__c);
      const gitLab = nomination.GitLab_Sync_Status__c ?? 'Not_Queued';
      pages.push({
        kind: 'nomination',
        path: `/nomination/${nomination.Id}`,
        label: `Nomination: ${account?.Name ?? nomination.Id} (GitLab ${gitLab.toLowerCase()})`,
        recordId: nomination.Id,
        objectApiName: 'Reference_Nomination__c',
        heading: `Reference nomination: ${account?.Name ?? ''}`,
        hidden: shown.has(gitLab)
      });
      shown.add(gitLab);
    }
  }
  // The bench pages generate their responses in the browser: BENCH_PAGE_RESPONSES unless the URL
  // says ?bench=<n> (npm run bench does); without any, the bench campaign would not exist.
  if (built.has('campaign')) {
    pages.push({
      kind: 'campaign',
      path: '/bench/board',
      bench: BENCH_PAGE_RESPONSES,
      label: 'Bench: board on generated responses',
      recordId: BENCH_CAMPAIGN_ID,
      objectApiName: 'Campaign',
      heading: 'Benchmark campaign',
      hidden: true
    });
  }
  if (built.has('baseline')) {
    pages.push({
      kind: 'baseline',
      path: '/bench/baseline',
      label: 'Bench: baseline datatable',
      bench: BENCH_PAGE_RESPONSES,
      recordId: BENCH_CAMPAIGN_ID,
      heading: 'Benchmark baseline',
      rowCount: 2000,
      hidden: true
    });
  }
  return pages;
}

function escapeJson(value) {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function escapeHtml(text) {
  return String(text).replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]
  );
}

function pageHtml(page, pages) {
  const config = {
    ...page,
    title: 'Customer Reference Program',
    pages: pages.map(({ path, label, recordId, hidden }) => ({ path, label, recordId, hidden }))
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.label)} · Local preview</title>
<link rel="stylesheet" href="/slds/styles/salesforce-lightning-design-system.min.css">
<style>${PAGE_STYLE}</style>
<script>window.__PREVIEW__ = ${escapeJson(config)};</script>
<script type="module" src="/assets/${page.kind}.js"></script>
</head>
<body></body>
</html>
`;
}

function indexHtml(pages, build) {
  const items = pages
    .map((page) => `<li><a href="${page.path}">${escapeHtml(page.label)}</a></li>`)
    .join('\n');
  const missing = (build?.kinds ?? [])
    .filter((kind) => !kind.ok)
    .map((kind) => `<li>${escapeHtml(kind.kind)}: ${escapeHtml(kind.error)}</li>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Local preview · Customer Reference Program</title>
<link rel="stylesheet" href="/slds/styles/salesforce-lightning-design-system.min.css">
<style>${PAGE_STYLE}</style></head>
<body class="preview">
<header class="preview-banner slds-theme_shade"><strong class="preview-badge">Local preview on sample data</strong></header>
<main class="slds-p-around_medium">
<h1 class="slds-text-heading_large slds-m-bottom_medium">Customer Reference Program</h1>
<p class="slds-m-bottom_medium">The package's real components on the sample data of scripts/data/, in this browser: nothing is saved, reload to start again.</p>
<h2 class="slds-text-heading_medium">Pages</h2>
<ul class="slds-list_dotted slds-m-bottom_medium">${items}</ul>
${missing ? `<h2 class="slds-text-heading_medium">Not available yet</h2><ul class="slds-list_dotted">${missing}</ul>` : ''}
</main>
</body></html>
`;
}

function sendFile(response, baseDir, relativePath) {
  const path = normalize(join(baseDir, relativePath));
  if (!path.startsWith(baseDir + sep) || !existsSync(path) || !statSync(path).isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, {
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
    'cache-control': 'no-cache'
  });
  createReadStream(path).pipe(response);
}

/**
 * Starts the server on `host` (127.0.0.1) and `port` (0: any free port). `getBuild()` returns the
 * current build result (it changes when npm start rebuilds). Resolves to { url, port, close }.
 */
export function startServer({ root, getBuild, port = 0, host = '127.0.0.1' }) {
  const server = createServer((request, response) => {
    const url = new URL(request.url, `http://${host}`);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    const build = getBuild();
    try {
      if (url.pathname === '/__preview/data.json') {
        response.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-store' });
        response.end(JSON.stringify(loadSampleData(root)));
        return;
      }
      if (url.pathname.startsWith('/assets/')) {
        sendFile(response, join(build.outDir, 'assets'), url.pathname.slice('/assets/'.length));
        return;
      }
      if (url.pathname.startsWith('/slds/')) {
        sendFile(response, sldsAssets, url.pathname.slice('/slds/'.length));
        return;
      }
      const builtKinds = build.kinds.filter((kind) => kind.ok).map((kind) => kind.kind);
      const pages = listPages(loadSampleData(root), builtKinds);
      if (url.pathname === '/' || url.pathname === '/index.html') {
        response.writeHead(200, { 'content-type': TYPES['.html'] });
        response.end(indexHtml(pages, build));
        return;
      }
      const page = pages.find((one) => one.path === url.pathname);
      if (page) {
        response.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
        response.end(pageHtml(page, pages));
        return;
      }
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error?.stack ?? error));
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolvePromise({
        url: `http://${host}:${actual}`,
        port: actual,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          })
      });
    });
  });
}
