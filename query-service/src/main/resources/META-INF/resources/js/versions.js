// The versions of a cable (a new content hash is a new version) and a line diff between two of them.

import { cablePath, getJson } from './api.js';
import { dayTime, el, plural, replace } from './dom.js';

/** Fills container with the version list ([{number, current, enrichedAt, importId, subject}]) and, when there are several, a diff. */
export function renderVersions(container, id, versions) {
  const list = el('ol', { class: 'versions' }, versions.map(v => el('li', {},
    el('strong', {}, `Version ${v.number}`), v.current ? el('span', { class: 'tag-current' }, 'current') : null,
    v.enrichedAt ? el('span', { class: 'muted' }, ` · ${dayTime(v.enrichedAt)}`) : null)));
  if (versions.length < 2) {
    replace(container, list, el('p', { class: 'muted' }, 'Only one version of this cable has been seen.'));
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
    replace(output, el('p', { class: 'diff-summary' }, `${plural(changed, 'changed line')} in ${plural(diff.hunks.length, 'place')}`),
      diff.hunks.map(hunk => el('pre', { class: 'diff-hunk' },
        el('span', { class: 'diff-head' }, `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`),
        hunk.lines.map(line => el('span', { class: line.op === '+' ? 'diff-add' : line.op === '-' ? 'diff-del' : 'diff-same' },
          `${line.op}${line.text}`)))));
  } catch (e) {
    replace(output, el('p', { class: 'problem' }, `Cannot compare: ${e.message}`));
  }
}
