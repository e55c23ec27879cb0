/* Reads Salesforce metadata XML into plain objects, always with arrays where a tag may repeat. */
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name, jPath) => jPath.split('.').length > 1
});

/** The root element's content; every child is an array (`doc.fields[0].name[0]`). */
export function readMetadata(file) {
  const parsed = parser.parse(readFileSync(file, 'utf8'));
  const rootName = Object.keys(parsed).find((key) => key !== '?xml');
  return parsed[rootName] ?? {};
}

/** The text of the first `tag` child, or undefined. */
export function text(node, tag) {
  const value = node?.[tag]?.[0];
  return typeof value === 'string' ? value : undefined;
}

/** Line of the first occurrence of `needle` in a file's text (1-based, 0 when absent). */
export function lineOf(source, needle, from = 0) {
  const index = source.indexOf(needle, from);
  return index === -1 ? 0 : source.slice(0, index).split('\n').length;
}
