// People, organizations and places of a cable's `entities` annotation: highlighted where the
// paragraphs name them, each a link to a search for it.

import { el } from './dom.js';
import { phraseSearch } from './state.js';

/** The kinds of entities, in the order the cable page lists them. */
export const KINDS = [['person', 'People'], ['organization', 'Organizations'], ['location', 'Places']];

const GROUPS = { people: 'person', organizations: 'organization', locations: 'location' };

/**
 * The entities of the annotation's data as [{kind, name, detail, mentions: [{paragraph, start, end}]}]. The data
 * is either grouped ({people, organizations, locations}, each entry with its mentions) or a plain list of
 * {kind, name}; entities without mentions are found in the paragraphs by name.
 */
export function entitiesOf(data) {
  if (Array.isArray(data)) {
    return data.filter(e => e?.kind && e?.name)
      .map(e => ({ kind: e.kind.toLowerCase(), name: e.name, detail: null, mentions: e.mentions ?? [] }));
  }
  if (!data || typeof data !== 'object') {
    return [];
  }
  return Object.entries(GROUPS).flatMap(([group, kind]) => (data[group] ?? []).filter(e => e?.name).map(e => ({
    kind,
    name: e.name,
    detail: [...(e.roles ?? []), ...(e.acronyms ?? [])].join(', ') || null,
    mentions: e.mentions ?? [],
  })));
}

/** A link to a search for an entity. */
export function entityLink(entity, text = entity.name) {
  return el('a', {
    class: `entity entity-${entity.kind}`,
    href: phraseSearch(entity.name),
    title: `${entity.name}${entity.detail ? ` (${entity.detail})` : ''}: search all cables`,
  }, text);
}

/** The text of the paragraph at 1-based `position` (0: the whole body) with every entity it names as a link. */
export function markEntities(text, position, entities) {
  const spans = [];
  for (const entity of entities) {
    if (entity.mentions.length) {
      entity.mentions.filter(m => m.paragraph === position && m.start >= 0 && m.end <= text.length && m.start < m.end)
        .forEach(m => spans.push({ start: m.start, end: m.end, entity }));
    } else {
      spans.push(...occurrences(text, entity.name).map(start => ({ start, end: start + entity.name.length, entity })));
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const span of spans) {
    if (span.start < at) {
      continue;
    }
    fragment.append(text.slice(at, span.start), entityLink(span.entity, text.slice(span.start, span.end)));
    at = span.end;
  }
  fragment.append(text.slice(at));
  return fragment;
}

function occurrences(text, name) {
  const found = [];
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + name.length] ?? ' ';
    if (!/\w/.test(before) && !/\w/.test(after)) {
      found.push(i);
    }
  }
  return found;
}
