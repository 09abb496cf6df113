// The versions of a cable (a new content hash is a new version) and a line diff between two of them,
// with the changed words of a changed line marked.

import { cablePath, getJson } from './api.js';
import { dayTime, el, plural, replace } from './dom.js';

/**
 * Fills container with the version list ([{number, current, enrichedAt}]), each with a button that hands
 * its number to showOriginal, and, when there are several, a diff.
 */
export function renderVersions(container, id, versions, showOriginal) {
  const list = el('ol', { class: 'versions' }, versions.map(v => el('li', {},
    el('strong', {}, `Version ${v.number}`), v.current ? el('span', { class: 'tag-current' }, 'current') : null,
    v.enrichedAt ? el('span', { class: 'muted' }, ` · indexed ${dayTime(v.enrichedAt)}`) : null, ' ',
    el('button', { type: 'button', class: 'link-button version-original', on: { click: () => showOriginal(v.number) } },
      'original text'))));
  if (versions.length < 2) {
    replace(container, list);
    return;
  }
  const choose = (name, selected) => el('select', { name, 'aria-label': name === 'from' ? 'Older version' : 'Newer version' },
    versions.map(v => el('option', { value: v.number, selected: v.number === selected }, `Version ${v.number}`)));
  const from = choose('from', versions[versions.length - 2].number);
  const to = choose('to', versions[versions.length - 1].number);
  const output = el('div', { class: 'diff', 'aria-live': 'polite' });
  const show = () => loadDiff(output, id, from.value, to.value);
  from.addEventListener('change', show);
  to.addEventListener('change', show);
  replace(container, list, el('div', { class: 'diff-choice' }, 'Compare ', from, ' with ', to), output);
  show();
}

async function loadDiff(output, id, from, to) {
  replace(output, el('p', { class: 'muted' }, 'Comparing…'));
  try {
    const diff = await getJson(cablePath(id, 'versions', 'diff'), { from, to });
    if (!diff.hunks.length) {
      replace(output, el('p', { class: 'muted' }, 'The bodies of these versions have the same lines.'));
      return;
    }
    const changed = diff.hunks.flatMap(h => h.lines).filter(l => l.op !== ' ').length;
    replace(output,
      el('p', { class: 'diff-summary' }, `${plural(changed, 'changed line')} in ${plural(diff.hunks.length, 'place')}`),
      diff.hunks.map(hunk => el('div', { class: 'diff-hunk' },
        el('div', { class: 'diff-head' }, `Lines ${hunk.oldStart}–${hunk.oldStart + Math.max(hunk.oldLines - 1, 0)} `
          + `→ ${hunk.newStart}–${hunk.newStart + Math.max(hunk.newLines - 1, 0)}`),
        hunkLines(hunk.lines))));
  } catch (e) {
    replace(output, el('p', { class: 'problem' }, `Cannot compare: ${e.message}`));
  }
}

const CLASSES = { '+': 'diff-add', '-': 'diff-del', ' ': 'diff-same' };

/** The lines of a hunk; a run of removed lines followed by as many added ones is compared line by line. */
function hunkLines(lines) {
  const nodes = [];
  for (let i = 0; i < lines.length;) {
    let removed = 0;
    while (lines[i + removed]?.op === '-') {
      removed++;
    }
    let added = 0;
    while (removed && lines[i + removed + added]?.op === '+') {
      added++;
    }
    if (removed && removed === added) {
      for (let k = 0; k < removed; k++) {
        const [old, now] = changedWords(lines[i + k].text, lines[i + removed + k].text);
        nodes.push(line('-', old), line('+', now));
      }
      i += removed * 2;
    } else {
      nodes.push(line(lines[i].op, [lines[i].text]));
      i++;
    }
  }
  return nodes;
}

function line(op, parts) {
  return el('p', { class: `diff-line ${CLASSES[op] ?? 'diff-same'}` }, el('span', { class: 'diff-op', 'aria-hidden': 'true' }, op),
    parts.map((part, i) => (i === 1 && part ? el('mark', { class: 'diff-word' }, part) : part)));
}

/** Both texts as [same start, changed middle, same end], cut at word boundaries. */
function changedWords(old, now) {
  const boundary = (text, i) => i <= 0 || i >= text.length || /\s/.test(text[i]) || /\s/.test(text[i - 1]);
  let start = 0;
  while (start < old.length && start < now.length && old[start] === now[start]) {
    start++;
  }
  while (start > 0 && !(boundary(old, start) && boundary(now, start))) {
    start--;
  }
  let end = 0;
  while (end < old.length - start && end < now.length - start && old[old.length - 1 - end] === now[now.length - 1 - end]) {
    end++;
  }
  while (end > 0 && !(boundary(old, old.length - end) && boundary(now, now.length - end))) {
    end--;
  }
  const cut = text => [text.slice(0, start), text.slice(start, text.length - end), text.slice(text.length - end)];
  return [cut(old), cut(now)];
}
