/*
 * npm start: builds the preview (the real components, development mode) and serves it on
 * 127.0.0.1. Port: --port <n>, else PORT, else 3000 (0 picks a free one). It watches the
 * components, labels and sample data and rebuilds when they change, so a component that lands
 * while the preview runs gets its page (--no-watch turns that off).
 */
import { watch } from 'node:fs';
import { metadataDirs, projectRoot } from '../lib/project.mjs';
import { buildPreview, describeBuild } from './build.mjs';
import { listPages, startServer } from './server.mjs';
import { loadSampleData } from './sample-data.mjs';

function option(name) {
  const index = process.argv.indexOf(`--${name}`);
  if (index >= 0) return process.argv[index + 1];
  const inline = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  return inline ? inline.split('=')[1] : undefined;
}

const root = projectRoot();
const port = Number(option('port') ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`start: invalid port ${option('port') ?? process.env.PORT}`);
  process.exit(2);
}

console.log('Customer Reference Program — local preview: building the components …');
let build = await buildPreview({ root, log: console.log });
describeBuild(build);

const server = await startServer({ root, getBuild: () => build, port });

function printPages() {
  const built = build.kinds.filter((kind) => kind.ok).map((kind) => kind.kind);
  const pages = listPages(loadSampleData(root), built).filter((page) => !page.hidden);
  console.log(`\nLocal preview on sample data: ${server.url}/`);
  for (const page of pages) console.log(`  ${page.label.padEnd(58)} ${server.url}${page.path}`);
  console.log('Ctrl+C stops it.');
}
printPages();

if (!process.argv.includes('--no-watch')) {
  let timer;
  let building = false;
  const rebuild = () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      if (building) return rebuild();
      building = true;
      console.log('\npreview: sources changed, rebuilding …');
      try {
        build = await buildPreview({ root, outDir: build.outDir, log: console.log });
        describeBuild(build);
        printPages();
      } finally {
        building = false;
      }
    }, 800);
  };
  const watched = [...metadataDirs(root, 'lwc'), ...metadataDirs(root, 'labels')];
  for (const dir of watched) {
    watch(dir, { recursive: true }, (event, file) => {
      // The build writes .js next to each .ts: only sources trigger a rebuild.
      if (!file || /\.js$/.test(file) || file.includes('__tests__')) return;
      if (!building) rebuild();
    });
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await server.close();
    process.exit(0);
  });
}
