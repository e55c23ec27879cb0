/*
 * The preview build: the project's real components, from the same .ts, for a browser.
 *
 * 1. `build(root)` of scripts/build (the project's TypeScript strip + LWC compiler check) writes
 *    the .js next to each .ts.
 * 2. Rollup + @lwc/rollup-plugin bundles one entry per kind of page (campaign, account, wizard …),
 *    each only when its component exists, in one run with shared chunks (each module compiles
 *    once); when that run fails, each kind is built alone, so a component another engineer is
 *    still writing breaks its own page, never the others. `c/*` resolves to the bundles of
 *    force-app/main/<capability>/lwc, `lightning/*` to lightning-base-components, and the platform modules to the stand-ins of runtime/:
 *    `@salesforce/apex/*` → the in-memory backend, `@salesforce/label/c.*` → CustomLabels values,
 *    `@salesforce/schema/*` → { objectApiName, fieldApiName }, `@salesforce/i18n/locale` and `timeZone` → en-US in UTC, lightning/navigation, uiRecordApi,
 *    platformShowToastEvent, flowSupport → small stand-ins.
 *
 * `node scripts/preview/build.mjs [--production]` builds alone; npm start and the tests call
 * buildPreview().
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import ts from 'typescript';
import { build as buildTypeScript } from '../build/build.mjs';
import { lwcBundles, projectRoot, walk } from '../lib/project.mjs';
import { readApexMethodNames, readLabels } from './metadata.mjs';
import { salesforceId } from './runtime/ids.mjs';
import { STRIP_TYPES } from './strip-types.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const runtimeDir = join(here, 'runtime');

/**
 * The kinds of page and the components each needs. A kind is built when all of `requires` exist;
 * `optional` components are bundled too when they exist (a modal the page can open).
 */
export const PAGE_KINDS = [
  {
    kind: 'campaign',
    requires: ['referenceResponseBoard'],
    optional: ['referenceAttributionChart']
  },
  { kind: 'account', requires: ['referenceAccountPanel'] },
  { kind: 'wizard', requires: ['referenceTypePage'], optional: ['nominationWizardModal'] },
  { kind: 'nomination', requires: ['nominationHome'] },
  { kind: 'baseline', requires: [] }
];

/** The project's own modules a stand-in may import, beyond the components. */
const STAND_INS = {
  'lightning/navigation': 'platform/navigation.js',
  'lightning/uiRecordApi': 'platform/uiRecordApi.js',
  'lightning/platformShowToastEvent': 'platform/toast.js',
  'lightning/flowSupport': 'platform/flowSupport.js'
};

function schemaModule(path) {
  const [objectApiName, ...field] = path.split('.');
  return field.length ? { objectApiName, fieldApiName: field.join('.') } : { objectApiName };
}

/** Backend method names ('Class.method') implemented by the stand-ins. */
export function backendMethodNames() {
  const names = new Set();
  const standIns = walk(join(runtimeDir, 'backend')).filter(
    (path) => /\.(js|ts)$/.test(path) && !path.includes('__tests__')
  );
  for (const file of standIns) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/'(\w+\.\w+)':\s/g)) {
      if (!match[1].startsWith('Preview')) names.add(match[1]);
    }
  }
  return names;
}

/** Rollup plugin: the Salesforce platform modules of the preview. */
/**
 * The user's locale and time zone for the components that read them. The preview's user lives in
 * GMT, as its backend's todayGmt() (Apex's Date.today()), in lightning-base-components' en-US; their
 * other @salesforce/i18n values stay theirs (a stand-in without them empties a date input).
 */
const I18N_STAND_INS = {
  '@salesforce/i18n/locale': 'en-US',
  '@salesforce/i18n/timeZone': 'UTC'
};

function platformModules({ root, labels, report }) {
  const currentUserId = salesforceId('005', 1);
  const runtime = (file) => JSON.stringify(join(runtimeDir, file));
  return {
    name: 'preview-platform-modules',
    resolveId(source, importer) {
      if (source.startsWith('@salesforce/apex') || source.startsWith('@salesforce/label/c.')) {
        return `\0${source}`;
      }
      if (
        source.startsWith('@salesforce/schema/') ||
        source.startsWith('@salesforce/user/') ||
        source.startsWith('@salesforce/customPermission/') ||
        I18N_STAND_INS[source]
      ) {
        return `\0${source}`;
      }
      if (STAND_INS[source]) return join(runtimeDir, STAND_INS[source]);
      // The backend is TypeScript imported as `./x.js` (TypeScript's own convention).
      if (importer && source.startsWith('.') && source.endsWith('.js')) {
        const base = resolve(dirname(importer.split('?')[0]), source);
        const typescript = base.replace(/\.js$/, '.ts');
        if (!existsSync(base) && typescript.startsWith(runtimeDir) && existsSync(typescript)) {
          return typescript;
        }
      }
      // Relative imports between a component's generated .js files carry no extension.
      if (importer && source.startsWith('.') && !/\.\w+$/.test(source)) {
        const base = resolve(dirname(importer.split('?')[0]), source);
        for (const candidate of [`${base}.js`, `${base}.mjs`, join(base, 'index.js')]) {
          if (existsSync(candidate)) return candidate;
        }
      }
      return null;
    },
    load(id) {
      if (!id.startsWith('\0@salesforce/')) return null;
      const source = id.slice(1);
      if (source === '@salesforce/apex') {
        return `export { refreshApex, getSObjectValue } from ${runtime('platform/apex.js')};`;
      }
      if (source.startsWith('@salesforce/apex/')) {
        const name = source.slice('@salesforce/apex/'.length);
        report.apex.add(name);
        return `import { apexMethod } from ${runtime('platform/apex.js')};\nexport default apexMethod(${JSON.stringify(name)});`;
      }
      if (source.startsWith('@salesforce/label/c.')) {
        const name = source.slice('@salesforce/label/c.'.length);
        if (!labels.has(name)) report.missingLabels.add(name);
        return `export default ${JSON.stringify(labels.get(name) ?? `[c.${name}]`)};`;
      }
      if (source.startsWith('@salesforce/schema/')) {
        const module = schemaModule(source.slice('@salesforce/schema/'.length));
        return `export default ${JSON.stringify(module)};`;
      }
      if (source === '@salesforce/user/Id')
        return `export default ${JSON.stringify(currentUserId)};`;
      if (source.startsWith('@salesforce/user/')) return 'export default undefined;';
      if (source.startsWith('@salesforce/customPermission/')) return 'export default true;';
      if (I18N_STAND_INS[source])
        return `export default ${JSON.stringify(I18N_STAND_INS[source])};`;
      void root;
      return null;
    },
    // The preview's own TypeScript (runtime/lwc/*/*.ts, the backend): types stripped, decorators kept.
    transform(code, id) {
      if (!id.startsWith(runtimeDir) || !id.split('?')[0].endsWith('.ts')) return null;
      return ts.transpileModule(code, { compilerOptions: STRIP_TYPES, fileName: id }).outputText;
    }
  };
}

function entrySource(kind, present) {
  const lines = [`import '@lwc/synthetic-shadow';`];
  lines.push(`import { start } from ${JSON.stringify(join(runtimeDir, 'pages', `${kind}.js`))};`);
  const components = [];
  for (const name of present) {
    const local = `C_${name}`;
    lines.push(`import ${local} from 'c/${name}';`);
    components.push(`${JSON.stringify(name)}: ${local}`);
  }
  lines.push(`start({ ${components.join(', ')} });`);
  return lines.join('\n');
}

function sizeOf(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true }).reduce((sum, file) => {
    const stat = statSync(join(dir, file));
    return stat.isFile() ? sum + stat.size : sum;
  }, 0);
}

/**
 * Builds the preview into `outDir` (default .cache/preview/<mode>). Returns
 * { kinds: [{ kind, ok, error?, bytes, components }], problems, report, ms }.
 */
export async function buildPreview({
  root = projectRoot(),
  mode = 'development',
  outDir = join(root, '.cache', 'preview', mode),
  only,
  log = () => {}
} = {}) {
  const started = performance.now();
  const problems = buildTypeScript(root).map(
    (problem) => `${problem.file}:${problem.line}: ${problem.message}`
  );
  const bundles = new Map(lwcBundles(root).map((bundle) => [bundle.name, bundle]));
  const labels = readLabels(root);
  const report = { apex: new Set(), missingLabels: new Set(), warnings: [] };
  const modules = [
    ...[...bundles.values()]
      .filter((bundle) => existsSync(join(bundle.dir, `${bundle.name}.js`)))
      .map((bundle) => ({ name: `c/${bundle.name}`, path: join(bundle.dir, `${bundle.name}.js`) })),
    // CSS modules, shared by `@import 'c/name';` in components' CSS
    ...[...bundles.values()]
      .filter((bundle) => bundle.cssOnly)
      .map((bundle) => ({
        name: `c/${bundle.name}`,
        path: join(bundle.dir, `${bundle.name}.css`)
      })),
    { name: 'lightning/flow', path: join(runtimeDir, 'lwc', 'flow', 'flow.ts') },
    {
      name: 'preview/benchBaseline',
      path: join(runtimeDir, 'lwc', 'benchBaseline', 'benchBaseline.ts')
    },
    { npm: 'lightning-base-components' }
  ];
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const production = mode === 'production';
  const specs = [];
  const kinds = [];
  for (const spec of PAGE_KINDS.filter((one) => !only || only.includes(one.kind))) {
    const missing = spec.requires.filter((name) => !bundles.has(name));
    if (missing.length) {
      kinds.push({
        kind: spec.kind,
        ok: false,
        skipped: true,
        error: `needs c/${missing.join(', c/')}`
      });
      continue;
    }
    const present = [
      ...spec.requires,
      ...(spec.optional ?? []).filter((name) => bundles.has(name))
    ];
    specs.push({ kind: spec.kind, present, entryId: `\0preview-entry:${spec.kind}` });
  }

  /** One Rollup run for `group` (several kinds share their chunks: each module compiles once). */
  let cache;
  const bundleGroup = async (group) => {
    const entries = new Map(group.map((spec) => [spec.entryId, spec]));
    const bundle = await rollup({
      input: Object.fromEntries(group.map((spec) => [spec.kind, spec.entryId])),
      cache,
      onwarn(warning) {
        if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
        // A module nothing resolves would fail in the browser: fail the page's build instead.
        if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
        report.warnings.push(`${group.map((spec) => spec.kind).join(', ')}: ${warning.message}`);
      },
      plugins: [
        {
          name: 'preview-entry',
          resolveId: (source) => (entries.has(source) ? source : null),
          load: (id) =>
            entries.has(id) ? entrySource(entries.get(id).kind, entries.get(id).present) : null
        },
        platformModules({ root, labels, report }),
        replace({
          preventAssignment: true,
          values: {
            'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development'),
            'process.env.SKIP_LWC_VERSION_MISMATCH_CHECK': 'false',
            'import.meta.env.SSR': 'false'
          }
        }),
        lwc({
          rootDir: join(root, 'force-app'),
          modules,
          sourcemap: false,
          enableDynamicComponents: true,
          enableSyntheticElementInternals: true
        }),
        production && terser({ format: { comments: false } })
      ].filter(Boolean)
    });
    cache = bundle.cache;
    const { output } = await bundle.write({
      dir: join(outDir, 'assets'),
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js'
    });
    await bundle.close();
    // What a page loads: its entry and every chunk it imports, statically or not.
    const byFile = new Map(output.map((chunk) => [chunk.fileName, chunk]));
    const filesOf = (fileName, seen = new Set()) => {
      if (seen.has(fileName)) return seen;
      seen.add(fileName);
      const chunk = byFile.get(fileName);
      for (const next of [...(chunk?.imports ?? []), ...(chunk?.dynamicImports ?? [])]) {
        filesOf(next, seen);
      }
      return seen;
    };
    return group.map((spec) => {
      const files = [...filesOf(`${spec.kind}.js`)];
      const bytes = files.reduce(
        (sum, file) => sum + statSync(join(outDir, 'assets', file)).size,
        0
      );
      return { kind: spec.kind, ok: true, components: spec.present, bytes, files };
    });
  };
  const withRetry = async (group) => {
    try {
      return await bundleGroup(group);
    } catch (error) {
      // The generated .js are shared with everyone working in the tree: another `npm run
      // build -- --clean` may remove them mid-build. Strip again and retry once.
      if (!/ENOENT|does not exist/.test(error.message)) throw error;
      buildTypeScript(root);
      cache = undefined;
      return bundleGroup(group);
    }
  };
  const logBuilt = (built, since) => {
    for (const kind of built) {
      log(
        `preview: ${kind.kind} page built (${(kind.bytes / 1024).toFixed(0)} KiB, ` +
          `${((performance.now() - since) / 1000).toFixed(1)}s)`
      );
    }
  };
  const groupStarted = performance.now();
  try {
    const built = specs.length ? await withRetry(specs) : [];
    kinds.push(...built);
    logBuilt(built, groupStarted);
  } catch {
    // One page's component is broken: build each kind alone, so it breaks its own page only.
    rmSync(join(outDir, 'assets'), { recursive: true, force: true });
    for (const spec of specs) {
      const kindStarted = performance.now();
      try {
        const built = await withRetry([spec]);
        kinds.push(...built);
        logBuilt(built, kindStarted);
      } catch (error) {
        const where = error.id ? ` in ${relative(root, error.id.split('?')[0])}` : '';
        kinds.push({ kind: spec.kind, ok: false, error: `${error.message}${where}` });
        log(`preview: ${spec.kind} page NOT built: ${error.message}${where}`);
      }
    }
  }
  const declared = readApexMethodNames(root);
  const implemented = backendMethodNames();
  const apex = [...report.apex].sort();
  return {
    outDir,
    mode,
    kinds,
    problems,
    apex: {
      imported: apex,
      withoutStandIn: apex.filter((name) => !implemented.has(name)),
      notDeclared: [...implemented].filter((name) => !declared.has(name)).sort()
    },
    missingLabels: [...report.missingLabels].sort(),
    warnings: report.warnings,
    bytes: sizeOf(join(outDir, 'assets')),
    ms: performance.now() - started
  };
}

/** Prints what a build produced, for people. */
export function describeBuild(result, log = console.log) {
  for (const problem of result.problems) log(`build: ${problem}`);
  for (const kind of result.kinds.filter((one) => !one.ok)) {
    log(`preview: no ${kind.kind} page (${kind.error})`);
  }
  if (result.apex.withoutStandIn.length) {
    log(
      `preview: Apex methods without a stand-in (they reject): ${result.apex.withoutStandIn.join(', ')}`
    );
  }
  if (result.apex.notDeclared.length) {
    log(
      `preview: stand-ins for methods types/apex.d.ts does not declare: ${result.apex.notDeclared.join(', ')}`
    );
  }
  if (result.missingLabels.length) {
    log(`preview: labels missing from CustomLabels: ${result.missingLabels.join(', ')}`);
  }
  log(
    `preview: ${result.mode} build in ${(result.ms / 1000).toFixed(1)}s, ` +
      `${(result.bytes / 1024).toFixed(0)} KiB of JavaScript`
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const mode = process.argv.includes('--production') ? 'production' : 'development';
  const result = await buildPreview({ mode, log: console.log });
  describeBuild(result);
  process.exitCode = result.kinds.some((kind) => kind.ok) ? 0 : 1;
}
