/*
 * A small XML reader for metadata files that keeps what the schema and limits checkers need and
 * general parsers drop: the line of every element and attribute, and each element's text exactly
 * as the platform receives it (entities decoded, CDATA kept, whitespace and newlines untouched).
 *
 * Metadata XML has no DTD, no namespace prefixes on elements and no processing instructions
 * beyond the declaration, so this reads exactly that and reports anything else as malformed
 * (the `metadata` checker, which runs first, already refuses malformed XML).
 */

const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (match, entity) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ENTITIES[entity] ?? match;
  });
}

/** index -> 1-based line, over the normalised source. */
function lineIndex(source) {
  const starts = [0];
  // Stryker disable next-line EqualityOperator: source[source.length] is undefined, no line end
  for (let i = 0; i < source.length; i += 1) if (source[i] === '\n') starts.push(i + 1);
  return (index) => {
    let low = 0;
    // Stryker disable next-line ArithmeticOperator: a bound past the end reads undefined, which is never <= index, so the search ends on the same line
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= index) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ATTRIBUTE = /\s*([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/y;

/**
 * Parses `source` into { root } or { error: { line, message } }. Every element is
 * { name, attributes: { name: { value, line } }, children, text, line, parent }, where `text` is
 * the concatenation of the element's own character data (not its children's), verbatim.
 */
export function parseXml(rawSource) {
  // XML processors normalise line ends to \n before anything else (XML 1.0 §2.11)
  const source = rawSource.replace(/\r\n?/g, '\n');
  const lineAt = lineIndex(source);
  const fail = (index, message) => ({ error: { line: lineAt(index), message } });
  const stack = [];
  let root;
  let index = 0;
  // Stryker disable next-line EqualityOperator: at the end no '<' is found and the loop breaks
  while (index < source.length) {
    const open = source.indexOf('<', index);
    const textEnd = open === -1 ? source.length : open;
    const text = source.slice(index, textEnd);
    const current = stack.at(-1);
    if (current) current.text += decodeEntities(text);
    // on the line of the stray text itself, not the line the previous tag ends on
    else if (text.trim()) return fail(index + text.search(/\S/), 'text outside the root element');
    if (open === -1) break;
    if (source.startsWith('<?', open)) {
      const end = source.indexOf('?>', open);
      if (end === -1) return fail(open, 'unterminated declaration');
      index = end + 2;
    } else if (source.startsWith('<!--', open)) {
      const end = source.indexOf('-->', open);
      if (end === -1) return fail(open, 'unterminated comment');
      index = end + 3;
    } else if (source.startsWith('<![CDATA[', open)) {
      const end = source.indexOf(']]>', open);
      if (end === -1) return fail(open, 'unterminated CDATA section');
      const current = stack.at(-1);
      if (!current) return fail(open, 'CDATA outside the root element');
      current.text += source.slice(open + 9, end);
      index = end + 3;
    } else if (source.startsWith('<!', open)) {
      return fail(open, 'DOCTYPE and other declarations are not metadata XML');
    } else if (source[open + 1] === '/') {
      const match = NAME.exec(source.slice(open + 2));
      const end = source.indexOf('>', open);
      const current = stack.pop();
      if (!match || end === -1) return fail(open, 'malformed end tag');
      if (!current) return fail(open, `</${match[0]}> closes no open element`);
      if (current.name !== match[0]) {
        return fail(open, `</${match[0]}> does not close <${current.name}>`);
      }
      index = end + 1;
    } else {
      const match = NAME.exec(source.slice(open + 1));
      if (!match) return fail(open, 'malformed start tag');
      const element = {
        name: match[0],
        attributes: {},
        children: [],
        text: '',
        line: lineAt(open),
        parent: stack.at(-1)
      };
      let cursor = open + 1 + match[0].length;
      ATTRIBUTE.lastIndex = cursor;
      let attribute;
      while ((attribute = ATTRIBUTE.exec(source))) {
        const value = attribute[3] ?? attribute[4];
        // attribute-value normalisation (XML 1.0 §3.3.3): each whitespace character becomes a space
        element.attributes[attribute[1]] = {
          value: decodeEntities(value.replace(/[\t\n]/g, ' ')),
          line: lineAt(attribute.index + attribute[0].search(/\S/))
        };
        cursor = ATTRIBUTE.lastIndex;
      }
      const close = /^\s*(\/?)>/.exec(source.slice(cursor));
      if (!close) return fail(cursor, `malformed start tag <${element.name}>`);
      index = cursor + close[0].length;
      if (element.parent) element.parent.children.push(element);
      else if (root) return fail(open, 'a second root element');
      else root = element;
      if (!close[1]) stack.push(element);
    }
  }
  if (stack.length > 0) return fail(source.length, `<${stack.at(-1).name}> is not closed`);
  if (!root) return fail(0, 'no root element');
  return { root };
}

/** Every element of the tree, depth first. */
export function* elements(element) {
  yield element;
  for (const child of element.children) yield* elements(child);
}

/** The element names from the root to `element`, e.g. CustomObject/fields/label. */
export function pathOf(element) {
  const names = [];
  for (let current = element; current; current = current.parent) names.unshift(current.name);
  return names.join('/');
}
