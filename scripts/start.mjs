/*
 * npm start: the local preview of the package's pages on sample data. The preview (the real
 * components in a real browser, served on 127.0.0.1) is built by the "Local preview" issue; until
 * it lands this says so plainly instead of serving a stand-in.
 */
console.log(`Customer Reference Program — local preview

The local preview is not built yet. When it is, npm start will:
  1. build the TypeScript components (npm run build),
  2. bundle them for the browser with lightning-base-components, SLDS and synthetic shadow,
  3. serve a Campaign page (response review board), an Account page (reference panel) and the
     nomination wizard screens on http://127.0.0.1:<port>, on the sample data in scripts/data/.

What works today:
  npm test          the offline gate, the Jest suite and the gate's planted-defect tests
  npm run check     the offline gate alone (npm run check -- --list shows the checkers)
  npm run build     TypeScript -> deployable .js, checked by the LWC compiler
  npm run sf -- …   the sf CLI on the project's Node 22`);
process.exitCode = 0;
