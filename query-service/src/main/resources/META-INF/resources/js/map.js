// The map: one circle per origin post of the result list, its area proportional to how many cables
// the post sent; a circle is a link that narrows the search to that post.

import { count, el, plural, replace, svg } from './dom.js';
import { locate } from './posts.js';
import { searchHref, toggleFilter } from './state.js';
import { LAND } from './world.js';

const MAX_RADIUS = 16;
const LABELLED = 5;
const LABEL_EM = 8.5;

/** Draws the origins facet ({values: [{value, count}]}) of a search into container. */
export function renderMap(container, origins, search) {
  const placed = [];
  const unplaced = [];
  for (const origin of origins.values) {
    const where = locate(origin.value);
    (where ? placed : unplaced).push({ ...origin, where });
  }
  const max = Math.max(...placed.map(p => p.count), 1);
  const radius = n => 1.5 + (MAX_RADIUS - 1.5) * Math.sqrt(n / max);
  const x = p => (p.where.lon + 180) * 2;
  const y = p => (90 - p.where.lat) * 2;
  const dots = [...placed].sort((a, b) => b.count - a.count).map(post => svg('a', {
    href: searchHref(toggleFilter(search, 'origin', post.value)),
    class: (search.filters.origin ?? []).includes(post.value) ? 'post active' : 'post',
    'aria-label': `${post.value}: ${plural(post.count, 'cable')}`,
  },
  svg('circle', { cx: x(post), cy: y(post), r: radius(post.count) }),
  svg('title', {}, `${post.value}: ${plural(post.count, 'cable')}`)));
  const taken = [];
  const labels = placed.slice(0, LABELLED).flatMap(post => {
    const text = post.value.replace(/^(Embassy|Consulate|Mission)\s+/, '');
    const box = { left: x(post) + radius(post.count) + 2, top: y(post) - 8, width: text.length * LABEL_EM, height: 16 };
    if (taken.some(b => box.left < b.left + b.width && b.left < box.left + box.width && box.top < b.top + b.height
        && b.top < box.top + box.height)) {
      return [];
    }
    taken.push(box);
    return [svg('text', { class: 'post-label', x: box.left, y: box.top + 13 }, text)];
  });
  const map = svg('svg', {
    class: 'map-chart', viewBox: '0 24 720 270', role: 'group',
    'aria-label': `Origin posts of the result list: ${plural(placed.length, 'post')} on the map`,
  }, svg('path', { class: 'land', d: LAND }), ...dots, ...labels);
  replace(container, map, unplaced.length ? el('p', { class: 'map-note' }, 'Not on the map: ',
    unplaced.map((post, i) => [i ? ', ' : '', el('a', { href: searchHref(toggleFilter(search, 'origin', post.value)) },
      post.value), ` (${count(post.count)})`])) : null);
}
