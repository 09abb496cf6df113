// The cable page: the text (paragraphs with their markings, people / organizations / places as
// links), the telegram text and the original text as received one click away, and a panel of metadata, TAGS, references, cited-by and versions.

import { apiUrl, cablePath, getJson, getText } from './api.js';
import { badge, classificationClass, day, dayTime, el, plural, replace } from './dom.js';
import { KINDS, entitiesOf, entityLink, markEntities } from './entities.js';
import { cableHref, searchHref } from './state.js';
import { renderVersions } from './versions.js';

const view = document.getElementById('cable-view');
const CITED_BY_LIMIT = 20;

let shownId = null;
let shownTitle = '';

/** Shows the cable with reference ID id; backHref is the search to return to. */
export async function showCable(id, backHref) {
  view.hidden = false;
  if (id === shownId) {
    document.title = shownTitle;
    view.querySelector('h1')?.focus();
    return;
  }
  shownId = id;
  replace(view, el('p', { class: 'muted loading' }, `Loading ${id}…`));
  let enriched;
  try {
    enriched = await getJson(cablePath(id));
  } catch (e) {
    shownId = null;
    replace(view, back(backHref), el('h1', { class: 'cable-missing', tabindex: '-1' },
      e.status === 404 ? `No cable ${id} is indexed` : `Cannot show ${id}`), el('p', { class: 'problem' }, e.message));
    view.querySelector('h1').focus();
    return;
  }
  if (id !== shownId) {
    return;
  }
  render(enriched, backHref);
}

export function hideCable() {
  view.hidden = true;
}

function render(enriched, backHref) {
  const cable = enriched.cable;
  const annotations = enriched.annotations ?? {};
  const id = cable.referenceId;
  const entities = entitiesOf(annotations.entities?.data);
  const level = cable.classification?.level;
  const caveats = cable.classification?.caveats ?? [];
  const marking = [level || 'UNMARKED', ...caveats].join('//');
  const telegram = el('section', { class: 'telegram', id: 'telegram', hidden: true, 'aria-label': 'Telegram text' },
    el('pre', {}, cable.body ?? ''));
  const original = el('section', { class: 'original', id: 'original', hidden: true,
    'aria-label': 'Original text as received', tabindex: '-1' });
  const showOriginal = version => loadOriginal(original, id, version);
  const blocks = {
    references: el('section', { class: 'side-block', 'data-block': 'references' }),
    citedBy: el('section', { class: 'side-block', 'data-block': 'cited-by' }),
    versions: el('section', { class: 'versions-block', 'data-block': 'versions' }),
  };
  shownTitle = `${id} – ${cable.subject ?? 'Cablestream'}`;
  document.title = shownTitle;
  replace(view,
    back(backHref),
    el('div', { class: `cable-banner ${classificationClass(marking)}` }, marking),
    el('header', { class: 'cable-head' },
      el('p', { class: 'cable-kicker' }, el('span', { class: 'cable-id' }, id),
        cable.origin ? ` · ${cable.origin}` : null, cable.created ? ` · ${dayTime(cable.created)}` : null),
      el('h1', { tabindex: '-1' }, cable.subject || id),
      el('div', { class: 'cable-actions' },
        toggleButton('Telegram text', telegram),
        toggleButton('Original text', original, () => showOriginal(null)),
        el('a', { class: 'button', href: cablePath(id), target: '_blank', rel: 'noopener',
          'data-authenticated-download': true }, 'JSON'))),
    el('div', { class: 'cable-grid' },
      el('div', { class: 'cable-text' },
        telegram,
        original,
        summary(cable),
        paragraphs(cable, entities),
        cable.comments?.length ? el('section', {}, el('h2', {}, 'Comment'), cable.comments.map(c => el('p', {}, c))) : null,
        cable.signers?.length ? el('p', { class: 'signers' }, cable.signers.join(', ')) : null,
        blocks.versions,
        cable.warnings?.length ? el('details', { class: 'warnings' }, el('summary', {}, plural(cable.warnings.length, 'parser note')),
          el('ul', {}, cable.warnings.map(w => el('li', {}, w)))) : null),
      el('aside', { class: 'cable-side', 'aria-label': 'About this cable' },
        details(cable, annotations, marking),
        tags(cable, annotations.tags?.data),
        blocks.references,
        blocks.citedBy,
        entityLists(entities),
        routing(cable.routing, annotations.routing?.data))));
  view.querySelector('h1').focus();
  fill(blocks.references, 'References', getJson(cablePath(id, 'references')), refs => references(refs, cable));
  fill(blocks.citedBy, 'Cited by', getJson(cablePath(id, 'cited-by'), { limit: CITED_BY_LIMIT }), page => citedBy(page, id));
  fill(blocks.versions, 'Versions', getJson(cablePath(id, 'versions')), versions => {
    const box = el('div', {});
    renderVersions(box, id, versions, version => {
      showOriginal(version);
      original.focus();
    });
    return box;
  });
}

/**
 * A button that shows and hides a section and says which it will do, also when something else shows the
 * section; onFirstOpen runs when the button opens it for the first time.
 */
function toggleButton(label, section, onFirstOpen) {
  let opened = false;
  const button = el('button', { type: 'button', class: 'button', 'aria-expanded': 'false', 'aria-controls': section.id },
    label);
  const sync = () => {
    button.setAttribute('aria-expanded', String(!section.hidden));
    button.textContent = section.hidden ? label : `Hide ${label.toLowerCase()}`;
  };
  new MutationObserver(sync).observe(section, { attributes: true, attributeFilter: ['hidden'] });
  button.addEventListener('click', () => {
    section.hidden = !section.hidden;
    if (!section.hidden && !opened) {
      opened = true;
      onFirstOpen?.();
    }
  });
  return button;
}

/** Shows the text of the cable (or of one version) exactly as ingest received it, as text. */
async function loadOriginal(section, id, version) {
  section.hidden = false;
  const params = version ? { version } : {};
  replace(section, el('p', { class: 'muted' }, 'Loading the text as received…'));
  try {
    const text = await getText(cablePath(id, 'original'), params);
    replace(section, el('p', { class: 'original-head' },
      version ? `Version ${version} as received` : 'As received', ' · ',
      el('a', { href: apiUrl(cablePath(id, 'original'), params), target: '_blank', rel: 'noopener',
        'data-authenticated-download': true }, 'plain text')),
    el('pre', {}, text));
  } catch (e) {
    replace(section, el('p', { class: 'problem' }, `Cannot show the original text: ${e.message}`));
  }
}

function back(backHref) {
  return el('nav', { class: 'cable-nav' }, el('a', { href: backHref }, '← Back to results'));
}

function paragraphs(cable, entities) {
  if (!cable.paragraphs?.length) {
    return el('section', { class: 'body-text' }, el('pre', {}, markEntities(cable.body ?? '', 0, entities)));
  }
  // Entity mentions name a paragraph by its 1-based position; an unnumbered paragraph shows no number.
  return el('ol', { class: 'paragraphs' }, cable.paragraphs.map((p, index) => {
    const text = reflow(p.text ?? '');
    const heading = p.heading && !text.toUpperCase().startsWith(p.heading.toUpperCase()) ? p.heading : null;
    return el('li', { class: 'paragraph', value: p.number },
      el('span', { class: 'para-number' }, p.number == null ? '' : `${p.number}.`),
      el('p', {},
        p.marking ? el('span', { class: 'para-marking', title: 'Paragraph classification' }, `(${p.marking})`) : null,
        p.marking ? ' ' : null,
        heading ? el('strong', {}, `${heading} `) : null,
        markEntities(text, index + 1, entities)));
  }));
}

/**
 * Telegram text with its hard line breaks turned into spaces, so it flows; blank lines and lines that
 * start a list item (-- item, - item, A. item, 1. item, (a) item) stay. Keeps every character offset.
 */
function reflow(text) {
  return text.replace(/(?<=[^\n])\n(?![\n]|[ \t]*(?:--|-\s|\*\s|[A-Z]\.\s|\d+\.\s|\([a-z0-9]+\)\s))/g, ' ');
}

/** The summary as a lead, unless a paragraph already says it (judged by how the summary ends). */
function summary(cable) {
  const flat = text => text.replace(/\s+/g, ' ').trim();
  const ending = cable.summary ? flat(cable.summary).slice(-60) : '';
  if (!ending || cable.paragraphs?.some(p => flat(p.text ?? '').includes(ending))) {
    return null;
  }
  return el('section', { class: 'summary' }, el('h2', {}, 'Summary'), el('p', {}, reflow(cable.summary)));
}

function details(cable, annotations, marking) {
  const origin = annotations.origin?.data;
  const rows = [
    ['Reference ID', el('span', { class: 'mono' }, cable.referenceId)],
    ['Created', cable.created ? dayTime(cable.created) : null],
    ['Date-time group', cable.routing?.dateTimeGroup ?? null],
    ['Classification', cable.classification ? [badge(cable.classification.level), ' ',
      (cable.classification.caveats ?? []).map(c => el('a', { class: 'caveat', href: searchHref(filterOnly('caveat', c)) }, c))]
      : marking],
    ['Classified by', cable.classifiedBy ? [cable.classifiedBy.name, cable.classifiedBy.title ? `, ${cable.classifiedBy.title}` : '',
      cable.classifiedBy.reasons?.length ? ` — reasons ${cable.classifiedBy.reasons.join(', ')}` : ''] : null],
    ['Declassify', cable.declassification ? [cable.declassification.declassifyOn ?? '',
      cable.declassification.executiveOrder ? ` (E.O. ${cable.declassification.executiveOrder})` : ''] : null],
    ['Origin', cable.origin ? [el('a', { href: searchHref(filterOnly('origin', cable.origin)) }, cable.origin),
      origin?.city && origin?.country ? el('span', { class: 'muted' }, ` · ${origin.city}, ${origin.country}`) : null] : null],
    ['Precedence', cable.routing?.precedence ?? null],
    ['Transmission', cable.routing?.transmissionId ? el('span', { class: 'mono' }, cable.routing.transmissionId) : null],
    ['Sections', cable.sectionCount ?? null],
    ['Source', cable.source ? [cable.source.name, cable.source.position ? `, ${cable.source.position}` : '',
      cable.format ? ` (${cable.format})` : ''] : null],
    ['Import', cable.importId ? el('span', { class: 'mono small' }, cable.importId) : null],
  ].filter(([, value]) => value !== null && value !== undefined && value !== '');
  return el('section', { class: 'side-block' }, el('h2', {}, 'Details'),
    el('dl', { class: 'meta' }, rows.map(([term, value]) => [el('dt', {}, term), el('dd', {}, value)])));
}

function tags(cable, meanings) {
  const known = new Map((Array.isArray(meanings) ? meanings : []).map(m => [m.code, m]));
  const codes = cable.tags ?? [];
  if (!codes.length) {
    return null;
  }
  return el('section', { class: 'side-block' }, el('h2', {}, 'TAGS'),
    el('ul', { class: 'tag-list' }, codes.map(code => {
      const meaning = known.get(code);
      return el('li', {}, el('a', { class: 'tag-code', href: searchHref(filterOnly('tag', code)) }, code),
        el('span', { class: 'tag-meaning' }, meaning?.meaning ?? 'meaning unknown'),
        meaning?.kind && meaning.kind !== 'unknown' ? el('span', { class: 'tag-kind' }, meaning.kind) : null);
    })));
}

function references(refs, cable) {
  const list = refs.length ? refs : (cable.references ?? []);
  if (!list.length) {
    return el('p', { class: 'muted' }, 'This cable cites no references.');
  }
  return el('ol', { class: 'ref-list' }, list.map(ref => el('li', {},
    el('span', { class: 'ref-label' }, ref.label ? `${ref.label}.` : '•'),
    ref.cable
      ? el('span', {}, el('a', { class: 'ref-link mono', href: cableHref(ref.referenceId) }, ref.referenceId),
        el('span', { class: 'ref-subject' }, ref.cable.subject ?? ''),
        ref.cable.created ? el('span', { class: 'muted' }, day(ref.cable.created)) : null)
      : el('span', {}, ref.referenceId ? el('span', { class: 'mono' }, ref.referenceId) : null,
        el('span', { class: 'ref-subject muted' }, ref.referenceId ? 'not indexed' : ref.text)))));
}

function citedBy(page, id) {
  if (!page.total) {
    return el('p', { class: 'muted' }, 'No indexed cable cites this one.');
  }
  return [
    el('ul', { class: 'ref-list cited-list' }, page.hits.map(hit => el('li', {},
      el('span', {}, el('a', { class: 'ref-link mono', href: cableHref(hit.id) }, hit.id),
        el('span', { class: 'ref-subject' }, hit.subject ?? ''),
        hit.created ? el('span', { class: 'muted' }, day(hit.created)) : null)))),
    page.total > page.hits.length
      ? el('a', { href: searchHref(filterOnly('ref', id)) }, `All ${plural(page.total, 'citing cable')} →`) : null,
  ];
}

function entityLists(entities) {
  const groups = KINDS.map(([kind, title]) => [title, entities.filter(e => e.kind === kind)])
    .filter(([, list]) => list.length);
  if (!groups.length) {
    return null;
  }
  return el('section', { class: 'side-block' }, el('h2', {}, 'Named in this cable'),
    groups.map(([title, list]) => [el('h3', {}, title),
      el('ul', { class: 'entity-list' }, list.map(entity => el('li', {}, entityLink(entity))))]));
}

function routing(header, stations) {
  const named = Array.isArray(stations) && stations.length ? stations.map(s => ({
    role: s.role, name: s.station, indicator: s.routingIndicator, precedence: s.precedence,
  })) : ['from', 'to', 'info'].flatMap(role => [].concat(header?.[role] ?? []).filter(Boolean).map(r => ({
    role, name: r.name, indicator: r.routingIndicator, precedence: r.precedence,
  })));
  if (!named.length) {
    return null;
  }
  const roles = [['from', 'From'], ['to', 'To'], ['info', 'Info']];
  return el('section', { class: 'side-block' }, el('h2', {}, 'Routing'),
    el('dl', { class: 'meta routing' }, roles.map(([role, title]) => {
      const list = named.filter(s => s.role === role);
      return list.length ? [el('dt', {}, title), el('dd', {}, el('ul', {}, list.map(s => el('li', {},
        s.name ?? '', s.indicator ? el('span', { class: 'mono muted' }, ` ${s.indicator}`) : null,
        s.precedence ? el('span', { class: 'muted' }, ` ${s.precedence}`) : null))))] : null;
    })));
}

/** Fills a side block with a heading and what draw makes of the request's answer, or the reason it failed. */
async function fill(block, title, request, draw) {
  replace(block, el('h2', {}, title), el('p', { class: 'muted' }, 'Loading…'));
  try {
    replace(block, el('h2', {}, title), draw(await request));
  } catch (e) {
    replace(block, el('h2', {}, title), el('p', { class: 'muted' }, e.status === 404 ? 'Not available.' : e.message));
  }
}

function filterOnly(name, value) {
  return { q: '', filters: { [name]: [value] }, from: '', to: '', sort: '' };
}
