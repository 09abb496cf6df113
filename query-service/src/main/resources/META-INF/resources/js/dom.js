// Building DOM nodes without HTML strings: every text from the API goes in as a text node.

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * An element with attributes and children. Attribute `class` sets the class list, `on` an object of
 * event listeners; any other attribute is set as written, and null or false ones are left out.
 * Children are nodes or strings (added as text); null children are skipped.
 */
export function el(tag, attributes = {}, ...children) {
  return fill(document.createElement(tag), attributes, children);
}

/** Like el, for SVG elements. */
export function svg(tag, attributes = {}, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attributes, children);
}

function fill(node, attributes, children) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name === 'on') {
      for (const [event, listener] of Object.entries(value)) {
        node.addEventListener(event, listener);
      }
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(node, ...children);
  return node;
}

/** Appends nodes and strings (as text), skipping null. */
function append(node, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return node;
}

/** Removes every child of node, then appends the given children. */
export function replace(node, ...children) {
  node.replaceChildren();
  return append(node, ...children);
}

/**
 * A search snippet as nodes. The API escapes the text and wraps matches in <mark>; the fragment is
 * parsed inertly and rebuilt from its text, so nothing but <mark> (as text-only elements) survives.
 */
export function snippet(html) {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const fragment = document.createDocumentFragment();
  for (const node of parsed.body.childNodes) {
    if (node.nodeName === 'MARK') {
      fragment.append(el('mark', {}, node.textContent));
    } else {
      fragment.append(document.createTextNode(node.textContent));
    }
  }
  return fragment;
}

/** Formats a count with thousands separators. */
export function count(n) {
  return Number(n).toLocaleString('en-US');
}

/** "1 cable", "3 cables". */
export function plural(n, word) {
  return `${count(n)} ${word}${n === 1 ? '' : 's'}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An ISO instant as "2 Aug 2007", in UTC as cables date themselves; null stays null. */
export function day(instant) {
  if (!instant) {
    return null;
  }
  const d = new Date(instant);
  return Number.isNaN(d.getTime()) ? instant : `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** An ISO instant as "2 Aug 2007, 14:37 UTC". */
export function dayTime(instant) {
  const d = new Date(instant);
  if (!instant || Number.isNaN(d.getTime())) {
    return instant ?? null;
  }
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${day(instant)}, ${hh}:${mm} UTC`;
}

/** A month key "2007-08" as "Aug 2007". */
export function month(key) {
  const [year, m] = key.split('-');
  return m ? `${MONTHS[Number(m) - 1]} ${year}` : year;
}

/** The CSS class of a classification ("SECRET", "UNCLASSIFIED//FOR OFFICIAL USE ONLY"), e.g. "cls-secret". */
export function classificationClass(marking) {
  const text = (marking ?? '').toUpperCase();
  if (text.includes('TOP SECRET')) {
    return 'cls-top-secret';
  }
  if (text.includes('SECRET')) {
    return 'cls-secret';
  }
  if (text.includes('CONFIDENTIAL')) {
    return 'cls-confidential';
  }
  if (text.includes('UNCLASSIFIED')) {
    return text.includes('FOR OFFICIAL USE') || text.includes('SENSITIVE') ? 'cls-sbu' : 'cls-unclassified';
  }
  return 'cls-unknown';
}

/** A classification badge. */
export function badge(level) {
  return el('span', { class: `badge ${classificationClass(level)}` }, level || 'UNMARKED');
}
