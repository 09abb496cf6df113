// The imports page: the most recently active imports (relayed from ingest-service by GET imports) with
// their progress through the stages, refreshed every few seconds while one is running.

import { getJson } from './api.js';
import { count, dayTime, el, plural, replace } from './dom.js';

const view = document.getElementById('imports-view');
const LIMIT = 20;
const RUNNING_REFRESH_MS = 2000;
const IDLE_REFRESH_MS = 5000;
const RUNNING = new Set(['receiving', 'processing']);

let timer = null;
let controller = null;
const openDetails = new Set();

/** Shows the imports page and keeps it current until hideImports. */
export function showImports() {
  view.hidden = false;
  document.title = 'Imports – Cablestream';
  replace(view, heading(), el('p', { class: 'muted' }, 'Loading imports…'));
  view.querySelector('h1').focus();
  refresh();
}

export function hideImports() {
  view.hidden = true;
  clearTimeout(timer);
  controller?.abort();
}

async function refresh() {
  clearTimeout(timer);
  controller?.abort();
  controller = new AbortController();
  const { signal } = controller;
  let next = IDLE_REFRESH_MS;
  try {
    const imports = await getJson('imports', { limit: LIMIT }, signal);
    keepingFocus(() => replace(view, heading(imports), imports.length
      ? el('ol', { class: 'import-list' }, imports.map(importCard))
      : el('p', { class: 'muted' }, 'No imports yet. Send files with ./cablestream import PATH or POST /imports to ingest-service.')));
    next = imports.some(i => RUNNING.has(i.status)) ? RUNNING_REFRESH_MS : IDLE_REFRESH_MS;
  } catch (e) {
    if (e.name === 'AbortError') {
      return;
    }
    replace(view, heading(), el('p', { class: 'problem', role: 'alert' }, `Cannot show imports: ${e.message}`));
  }
  if (!view.hidden) {
    timer = setTimeout(refresh, next);
  }
}

function heading(imports) {
  const running = imports?.filter(i => RUNNING.has(i.status)).length ?? 0;
  return el('header', { class: 'imports-head' },
    el('h1', { id: 'imports-title', tabindex: '-1', 'data-focus-key': 'title' }, 'Imports'),
    imports ? el('p', { class: 'muted' }, `${plural(imports.length, 'import')}, most recently active first`,
      running ? ` · ${running} running, refreshing every ${RUNNING_REFRESH_MS / 1000} s` : '') : null);
}

/**
 * One import: status, name, figures per stage as bars (folded away once it is done), rate and ETA, notes,
 * rejections and files.
 */
function importCard(status) {
  const accepted = status.accepted || 0;
  return el('li', { class: 'import', 'data-import': status.importId, 'data-status': status.status },
    el('div', { class: 'import-title' },
      el('span', { class: `import-status status-${status.status}` }, status.status),
      el('h2', {}, status.name || status.importId),
      el('span', { class: 'muted' }, [status.via, status.openedAt ? `opened ${dayTime(status.openedAt)}` : null]
        .filter(Boolean).join(' · ')),
      el('span', { class: 'mono small muted import-id' }, status.importId)),
    el('p', { class: 'import-summary' },
      el('strong', { class: 'import-percent' }, `${status.percent ?? 0}% complete`),
      ` · ${count(status.completed ?? 0)} of ${plural(accepted, 'cable')}`,
      status.status === 'receiving' ? ' received so far' : '', ' through every stage',
      RUNNING.has(status.status) && status.ratePerSecond
        ? ` · ${plural(Math.round(status.ratePerSecond), 'cable')} a second` : '',
      RUNNING.has(status.status) && status.etaSeconds != null ? ` · about ${duration(status.etaSeconds)} left` : '',
      status.rejected ? ` · ${count(status.rejected)} rejected` : ''),
    status.status === 'done' ? details(status.importId, 'stages', 'Stages', stages(status)) : stages(status),
    status.notes?.length ? el('ul', { class: 'import-notes' }, status.notes.map(n => el('li', {}, n))) : null,
    status.rejections?.length ? details(status.importId, 'rejections',
      `Rejections (${count(status.rejections.length)} listed)`,
      el('ul', { class: 'rejections' }, status.rejections.map(r => el('li', {},
        el('span', { class: 'mono small' }, [r.source?.name, r.source?.position].filter(Boolean).join(', ')), ' ',
        r.reason)))) : null,
    status.files?.length > 1 || status.files?.some(f => f.failure) ? details(status.importId, 'files',
      plural(status.files.length, 'file'),
      el('ul', { class: 'import-files' }, status.files.map(f => el('li', {},
        el('span', { class: 'mono small' }, f.name), ` ${count(f.accepted)} accepted, ${count(f.rejected)} rejected`,
        f.finished ? '' : ', reading…', f.failure ? el('span', { class: 'problem-inline' }, ` ${f.failure}`) : null))))
      : null);
}

/** The stages as bars: received of received, accepted of received, the later stages of accepted. */
function stages(status) {
  const accepted = status.accepted || 0;
  return el('dl', { class: 'stages' },
    stage('Received', status.received, status.received, `${count(status.bytes ?? 0)} bytes read`),
    stage('Accepted', status.accepted, status.received,
      `${count(status.duplicate ?? 0)} duplicate, ${count(status.rejected ?? 0)} rejected`),
    stage('Parsed', status.parsed, accepted, failed(status.parseFailed)),
    stage('Enriched', status.enriched, accepted, failed(status.enrichFailed)),
    stage('Indexed', status.indexed, accepted, failed(status.indexFailed)));
}

/** A stage as a labelled bar: value of total (indexed may be null when query-service did not say). */
function stage(name, value, total, note) {
  const known = value !== null && value !== undefined;
  return [
    el('dt', {}, name),
    el('dd', {},
      el('progress', { max: Math.max(total || 0, 1), value: known ? value : 0, 'aria-label': name }),
      el('span', { class: 'stage-count' }, known ? count(value) : 'unknown'),
      note ? el('span', { class: 'muted small' }, note) : null),
  ];
}

function failed(n) {
  return n ? `${count(n)} dead-lettered` : null;
}

/** A details element that stays open across refreshes. */
function details(importId, part, title, content) {
  const key = `${importId}/${part}`;
  const box = el('details', { open: openDetails.has(key) }, el('summary', { 'data-focus-key': key }, title), content);
  box.addEventListener('toggle', () => (box.open ? openDetails.add(key) : openDetails.delete(key)));
  return box;
}

/** Redraws without losing the keyboard focus of the title or a summary. */
function keepingFocus(redraw) {
  const key = view.contains(document.activeElement) ? document.activeElement.dataset.focusKey : null;
  redraw();
  if (key) {
    view.querySelector(`[data-focus-key="${CSS.escape(key)}"]`)?.focus();
  }
}

function duration(seconds) {
  if (seconds < 60) {
    return `${seconds} s`;
  }
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min ${seconds % 60} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
