// The search page: result count, filter chips, export links, the pictures, and the hits a page at a
// time ("Load more" follows the API's cursor, so every match can be reached).

import { ApiError, apiUrl, getJson } from './api.js';
import { badge, count, day, el, plural, replace, snippet } from './dom.js';
import { FACETS, renderFacets } from './facets.js';
import { followLive } from './live.js';
import { renderMap } from './map.js';
import { navigate } from './router.js';
import {
  FILTERS, FILTER_NAMES, cableHref, isNarrowed, searchHref, searchParams, toggleFilter, withChanges,
} from './state.js';
import { renderTimeline } from './timeline.js';

const PAGE_SIZE = 20;
const FACET_LIMIT = 10;
const MAP_POSTS = 300;

const view = document.getElementById('search-view');
const input = document.getElementById('q');
const heading = document.getElementById('result-count');
const problem = document.getElementById('search-problem');
const chips = document.getElementById('chips');
const sort = document.getElementById('sort');
const exportCsv = document.getElementById('export-csv');
const exportNdjson = document.getElementById('export-ndjson');
const facetList = document.getElementById('facets');
const dates = document.getElementById('dates');
const timeline = document.getElementById('timeline');
const map = document.getElementById('map');
const pictures = document.getElementById('pictures');
const hits = document.getElementById('hits');
const more = document.getElementById('load-more');
const liveNote = document.getElementById('live-note');

let current = null;
let shownKey = null;
let nextCursor = null;
let controller = null;
let tagMeanings = new Map();
let liveCount = 0;

document.getElementById('search-form').addEventListener('submit', event => {
  event.preventDefault();
  const base = current ?? { q: '', filters: {}, from: '', to: '', sort: '' };
  navigate(searchHref(withChanges(base, { q: input.value })));
});

sort.addEventListener('change', () => navigate(searchHref(withChanges(current, { sort: sort.value }))));

dates.addEventListener('submit', event => {
  event.preventDefault();
  navigate(searchHref(withChanges(current, { from: dates.from.value.trim(), to: dates.to.value.trim() })));
});

more.addEventListener('click', () => loadPage(current, nextCursor, controller.signal));

/**
 * Shows the search page for a search. A search already on screen (coming back from a cable) is kept as
 * it was, unless reload is set.
 */
export function showSearch(search, reload = false) {
  view.hidden = false;
  document.title = search.q ? `${search.q} – Cablestream` : 'Cablestream';
  const key = searchParams(search).toString();
  if (key === shownKey && !reload) {
    return;
  }
  shownKey = key;
  current = search;
  controller?.abort();
  controller = new AbortController();
  const { signal } = controller;
  input.value = search.q;
  sort.value = search.sort;
  dates.from.value = search.from;
  dates.to.value = search.to;
  problem.hidden = true;
  pictures.hidden = false;
  liveNote.hidden = true;
  liveCount = 0;
  renderChips(search);
  const params = searchParams(search);
  exportCsv.href = apiUrl('cables/export', withParam(params, 'format', 'csv'));
  exportNdjson.href = apiUrl('cables/export', withParam(params, 'format', 'ndjson'));
  replace(hits);
  heading.textContent = 'Searching…';
  loadPage(search, null, signal);
  panel(timeline, getJson('histogram', withParam(params, 'interval', 'month'), signal),
    histogram => renderTimeline(timeline, histogram, search));
  panel(map, getJson('origins', withParam(params, 'limit', String(MAP_POSTS)), signal),
    origins => renderMap(map, origins, search));
  followLive(search, hit => addLiveHit(hit));
}

export function hideSearch() {
  view.hidden = true;
}

async function loadPage(search, cursor, signal) {
  const params = searchParams(search);
  params.set('limit', String(PAGE_SIZE));
  if (cursor) {
    params.set('cursor', cursor);
  } else {
    params.set('facets', FACETS.join(','));
    params.set('facetLimit', String(FACET_LIMIT));
  }
  more.disabled = true;
  more.textContent = 'Loading…';
  try {
    const page = await getJson('cables', params, signal);
    if (!cursor) {
      tagMeanings = new Map((page.facets.tag?.values ?? []).map(v => [v.value, v.label]));
      heading.textContent = `${plural(page.total, 'cable')}${isNarrowed(search) ? ' found' : ' indexed'}`;
      heading.dataset.total = page.total;
      renderFacets(facetList, page.facets, search);
    }
    hits.append(...page.hits.map(hitItem));
    nextCursor = page.nextCursor;
    more.hidden = !nextCursor;
    more.disabled = false;
    more.textContent = `Load more (${count(hits.children.length)} of ${count(heading.dataset.total)} shown)`;
  } catch (e) {
    if (e.name === 'AbortError') {
      return;
    }
    more.hidden = true;
    if (!cursor) {
      pictures.hidden = true;
      replace(facetList);
    }
    heading.textContent = e instanceof ApiError && e.status === 400 ? 'The search cannot be run' : 'Search failed';
    replace(problem, e.message);
    problem.hidden = false;
  }
}

/** One search hit: classification badge with caveats, date, origin, reference ID, subject linking to the cable, snippet, TAGS. */
function hitItem(hit) {
  return el('li', { class: 'hit', 'data-id': hit.id },
    el('div', { class: 'hit-meta' },
      el('span', { class: 'hit-marking' }, badge(hit.classification), (hit.caveats ?? []).map(caveat => el('a', {
        class: 'caveat', href: searchHref(toggleFilter(current, 'caveat', caveat)), title: `Cables marked ${caveat}`,
      }, caveat))),
      hit.created ? el('time', { datetime: hit.created }, day(hit.created)) : el('span', { class: 'muted' }, 'undated'),
      hit.origin ? el('span', { class: 'hit-origin' }, hit.origin) : null,
      el('span', { class: 'hit-id' }, hit.id)),
    el('h2', { class: 'hit-subject' }, el('a', { href: cableHref(hit.id) }, hit.subject || hit.id)),
    hit.snippet ? el('p', { class: 'hit-snippet' }, snippet(hit.snippet)) : null,
    hit.tags?.length ? el('ul', { class: 'hit-tags', 'aria-label': 'TAGS' }, hit.tags.map(tag => el('li', {},
      el('a', { href: searchHref(toggleFilter(current, 'tag', tag)), title: tagMeanings.get(tag) ?? null }, tag))))
      : null);
}

/** A cable the live feed announced: shown on top of the list, counted in a note that offers to refresh the counts. */
function addLiveHit(hit) {
  hits.querySelector(`[data-id="${CSS.escape(hit.id)}"]`)?.remove();
  const item = hitItem(hit);
  item.classList.add('hit-new');
  item.querySelector('.hit-meta').prepend(el('span', { class: 'new-label' }, 'Just indexed'));
  hits.prepend(item);
  liveCount += 1;
  replace(liveNote, `${plural(liveCount, 'cable')} indexed since this search. `, el('button', {
    type: 'button', class: 'link-button', on: { click: () => showSearch(current, true) },
  }, 'Refresh counts'));
  liveNote.hidden = false;
}

function renderChips(search) {
  const chip = (label, value, next) => el('li', {}, el('a', {
    class: 'chip', href: searchHref(next), title: `Remove ${label.toLowerCase()} ${value}`,
  }, el('span', { class: 'chip-name' }, label), ' ', value, el('span', { class: 'chip-x', 'aria-hidden': 'true' }, '×')));
  const list = [];
  for (const name of FILTERS) {
    for (const value of search.filters[name] ?? []) {
      list.push(chip(FILTER_NAMES[name], value, toggleFilter(search, name, value)));
    }
  }
  if (search.from) {
    list.push(chip('From', search.from, withChanges(search, { from: '' })));
  }
  if (search.to) {
    list.push(chip('To', search.to, withChanges(search, { to: '' })));
  }
  if (list.length > 1) {
    list.push(el('li', {}, el('a', { class: 'chip-clear', href: searchHref(withChanges(search, {
      filters: {}, from: '', to: '',
    })) }, 'Clear filters')));
  }
  replace(chips, list);
  chips.hidden = !list.length;
}

/** Fills a picture panel when its data arrives, or says why it cannot. */
async function panel(container, request, draw) {
  container.setAttribute('aria-busy', 'true');
  try {
    draw(await request);
  } catch (e) {
    if (e.name !== 'AbortError') {
      replace(container, el('p', { class: 'muted' }, e.status === 404 ? 'Not available on this server.' : e.message));
    }
  } finally {
    container.removeAttribute('aria-busy');
  }
}

function withParam(params, name, value) {
  const copy = new URLSearchParams(params);
  copy.set(name, value);
  return copy;
}
