// The facet sidebar: each dimension's most frequent values over the whole result list, with counts;
// a value is a link that adds (or removes) it as a drill-down filter.

import { getJson } from './api.js';
import { count, el, replace } from './dom.js';
import { FILTER_NAMES, searchHref, searchParams, toggleFilter } from './state.js';

/** The dimensions the sidebar asks for, in the order it shows them. */
export const FACETS = ['tag', 'origin', 'country', 'classification', 'caveat', 'year', 'person', 'organization'];

const CHRONOLOGICAL = new Set(['year', 'month']);

/** Draws the facets of a search page (dimension -> {distinct, values}); dimensions without values are left out. */
export function renderFacets(container, facets, search) {
  const names = [...FACETS, ...Object.keys(facets).filter(name => !FACETS.includes(name))];
  const groups = names.filter(name => facets[name]?.values?.length)
    .map(name => facetGroup(name, facets[name], search));
  replace(container, groups.length ? groups : el('p', { class: 'muted' }, 'No facets for this result list.'));
}

function facetGroup(name, facet, search) {
  const list = el('ul', { class: 'facet-values' });
  const group = el('section', { class: 'facet', 'data-facet': name },
    el('h3', {}, FILTER_NAMES[name] ?? name, ' ', el('span', { class: 'facet-distinct' }, count(facet.distinct))),
    list);
  fillValues(list, name, facet.values, search);
  if (facet.distinct > facet.values.length) {
    const more = el('button', { type: 'button', class: 'link-button facet-more' }, `Show all ${count(facet.distinct)}`);
    more.addEventListener('click', async () => {
      more.disabled = true;
      more.textContent = 'Loading…';
      try {
        const params = searchParams(search);
        params.set('limit', '1');
        params.set('facets', name);
        params.set('facetLimit', String(Math.min(facet.distinct, 500)));
        const page = await getJson('cables', params);
        fillValues(list, name, page.facets[name].values, search);
        more.remove();
      } catch (e) {
        more.disabled = false;
        more.textContent = `Could not load: ${e.message}`;
      }
    });
    group.append(more);
  }
  return group;
}

function fillValues(list, name, values, search) {
  const active = search.filters[name] ?? [];
  const sorted = CHRONOLOGICAL.has(name) ? [...values].sort((a, b) => b.value.localeCompare(a.value)) : values;
  const max = Math.max(...values.map(v => v.count), 1);
  replace(list, sorted.map(value => {
    const on = active.includes(value.value);
    const bar = el('span', { class: 'facet-bar', 'aria-hidden': 'true' });
    bar.style.width = `${(100 * value.count) / max}%`;
    return el('li', {},
      el('a', {
        class: on ? 'facet-value active' : 'facet-value',
        href: searchHref(toggleFilter(search, name, value.value)),
        'aria-current': on ? 'true' : null,
        title: on ? `Remove filter ${value.value}` : `Only cables with ${value.label ?? value.value}`,
      },
      el('span', { class: 'facet-label' },
        el('span', { class: 'facet-code' }, value.value),
        value.label && value.label !== value.value ? el('span', { class: 'facet-meaning' }, value.label) : null),
      el('span', { class: 'facet-count' }, count(value.count)),
      bar));
  }));
}
