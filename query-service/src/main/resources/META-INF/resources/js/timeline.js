// The timeline: cables of the result list per month (per year when the list spans more than 20 years),
// as SVG bars. Dragging across it (or clicking one bar) narrows the search to those dates.

import { count, el, month, plural, replace, svg } from './dom.js';
import { navigate } from './router.js';
import { searchHref, withChanges } from './state.js';

const WIDTH = 800;
const HEIGHT = 290;
const TOP = 10;
const BOTTOM = 256;
const MAX_MONTHS = 240;
const TICK_SPACE = 56;

/** Draws the histogram ({interval, buckets, undated}) of a search into container. */
export function renderTimeline(container, histogram, search) {
  const buckets = histogram.buckets.length > MAX_MONTHS && histogram.interval === 'month'
    ? byYear(histogram.buckets) : histogram.buckets;
  if (!buckets.length) {
    replace(container, el('p', { class: 'muted' }, histogram.undated
      ? `${plural(histogram.undated, 'cable')} without a date.` : 'No dated cables.'));
    return;
  }
  const step = WIDTH / buckets.length;
  const max = Math.max(...buckets.map(b => b.count), 1);
  const bars = buckets.map((bucket, i) => {
    const height = bucket.count ? Math.max(1.5, ((BOTTOM - TOP) * bucket.count) / max) : 0;
    return svg('rect', {
      class: 'bar', x: i * step + step * 0.1, y: BOTTOM - height, width: Math.max(step * 0.8, 0.6), height,
    }, svg('title', {}, `${month(bucket.key)}: ${plural(bucket.count, 'cable')}`));
  });
  const brush = svg('rect', { class: 'brush', x: 0, y: TOP - 4, width: 0, height: BOTTOM - TOP + 4, visibility: 'hidden' });
  const peak = buckets.find(b => b.count === max);
  const first = buckets[0].key;
  const last = buckets[buckets.length - 1].key;
  const chart = svg('svg', {
    class: 'timeline-chart', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img',
    'aria-label': `Cables per ${first.length === 4 ? 'year' : 'month'} from ${month(first)} to ${month(last)}, `
      + `at most ${count(max)}. Drag across the bars to narrow the search to those dates.`,
  },
  svg('line', { class: 'axis', x1: 0, x2: WIDTH, y1: BOTTOM + 0.5, y2: BOTTOM + 0.5 }),
  ...bars, ...ticks(buckets, step), brush);
  enableBrush(chart, brush, buckets, step, search);
  replace(container, chart, el('p', { class: 'timeline-note' },
    `Busiest ${first.length === 4 ? 'year' : 'month'}: ${month(peak.key)}, ${plural(max, 'cable')}.`,
    histogram.undated ? ` ${plural(histogram.undated, 'cable')} without a date not shown.` : null));
}

function byYear(months) {
  const years = new Map();
  for (const bucket of months) {
    const year = bucket.key.slice(0, 4);
    years.set(year, (years.get(year) ?? 0) + bucket.count);
  }
  return [...years].map(([key, n]) => ({ key, count: n }));
}

/** Year labels under the bars, left out where they would run into the previous one or off the edge. */
function ticks(buckets, step) {
  let free = 0;
  return buckets.flatMap((bucket, i) => {
    const year = bucket.key.slice(0, 4);
    if ((i > 0 && buckets[i - 1].key.slice(0, 4) === year) || i * step < free || i * step + TICK_SPACE > WIDTH) {
      return [];
    }
    free = i * step + TICK_SPACE;
    return [svg('g', {},
      svg('line', { class: 'tick', x1: i * step, x2: i * step, y1: BOTTOM, y2: BOTTOM + 8 }),
      svg('text', { class: 'tick-label', x: i * step + 3, y: BOTTOM + 28 }, year))];
  });
}

function enableBrush(chart, brush, buckets, step, search) {
  let start = null;
  const bucketAt = event => {
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(chart.getScreenCTM().inverse());
    return Math.min(buckets.length - 1, Math.max(0, Math.floor(point.x / step)));
  };
  const show = (a, b) => {
    const lo = Math.min(a, b);
    brush.setAttribute('x', lo * step);
    brush.setAttribute('width', (Math.abs(a - b) + 1) * step);
    brush.setAttribute('visibility', 'visible');
  };
  chart.addEventListener('pointerdown', event => {
    start = bucketAt(event);
    chart.setPointerCapture(event.pointerId);
    show(start, start);
  });
  chart.addEventListener('pointermove', event => {
    if (start !== null) {
      show(start, bucketAt(event));
    }
  });
  chart.addEventListener('pointerup', event => {
    if (start === null) {
      return;
    }
    const end = bucketAt(event);
    const from = buckets[Math.min(start, end)].key;
    const to = buckets[Math.max(start, end)].key;
    start = null;
    navigate(searchHref(withChanges(search, { from, to })));
  });
  chart.addEventListener('pointercancel', () => {
    start = null;
    brush.setAttribute('visibility', 'hidden');
  });
}
