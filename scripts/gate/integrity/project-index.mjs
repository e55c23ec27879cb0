/* Names the project defines outside objects and Apex: labels, LWC bundles, permissions, credentials. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { lwcBundles, metadataDirs } from '../../lib/project.mjs';
import { readMetadata, text } from './metadata-xml.mjs';

function namesIn(root, folder, suffix) {
  const names = new Set();
  for (const dir of metadataDirs(root, folder)) {
    for (const file of readdirSync(dir).filter((name) => name.endsWith(suffix))) {
      names.add(basename(file, suffix).toLowerCase());
    }
  }
  return names;
}

function labelsOf(root) {
  const labels = new Set();
  for (const dir of metadataDirs(root, 'labels')) {
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.labels-meta.xml'))) {
      for (const label of readMetadata(join(dir, file)).labels ?? [])
        labels.add(text(label, 'fullName').toLowerCase());
    }
  }
  return labels;
}

function componentsOf(root) {
  const components = new Map();
  for (const bundle of lwcBundles(root)) {
    const metaFile = join(bundle.dir, `${bundle.name}.js-meta.xml`);
    if (!existsSync(metaFile)) continue;
    const meta = readMetadata(metaFile);
    // Stryker disable next-line OptionalChaining: readMetadata makes every child an array of at least one item, so targets[0] exists whenever targets does
    const targets = (meta.targets?.[0]?.target ?? []).map(String);
    const properties = new Map();
    const source = readFileSync(metaFile, 'utf8');
    // targetConfig's targets and property names are attributes, which readMetadata drops
    for (const match of source.matchAll(
      /<targetConfig\s+targets="([^"]+)"[^>]*>([\s\S]*?)<\/targetConfig>/g
    )) {
      for (const target of match[1].split(',').map((t) => t.trim())) {
        const names = [...match[2].matchAll(/<property\b[^>]*\bname="([^"]+)"/g)].map((m) => m[1]);
        properties.set(target, new Set(names));
      }
    }
    components.set(bundle.name.toLowerCase(), {
      name: bundle.name,
      exposed: text(meta, 'isExposed') === 'true',
      targets: new Set(targets),
      properties
    });
  }
  return components;
}

export function indexProject(root) {
  return {
    labels: labelsOf(root),
    customPermissions: namesIn(root, 'customPermissions', '.customPermission-meta.xml'),
    namedCredentials: namesIn(root, 'namedCredentials', '.namedCredential-meta.xml'),
    notificationTypes: namesIn(root, 'notificationtypes', '.notiftype-meta.xml'),
    components: componentsOf(root)
  };
}
