// Entry point: draws the search page or a cable page for the current URL, and wires page-wide keys.

import { hideCable, showCable } from './cable.js';
import { startRouter } from './router.js';
import { hideSearch, showSearch } from './search.js';
import { readSearch, searchHref } from './state.js';

const filters = document.getElementById('filters');
if (window.matchMedia('(max-width: 800px)').matches) {
  filters.open = false;
}

let lastSearch = './';

startRouter(() => {
  const id = new URLSearchParams(location.search).get('cable');
  if (id) {
    hideSearch();
    window.scrollTo(0, 0);
    showCable(id, lastSearch);
  } else {
    hideCable();
    const search = readSearch(location.search);
    lastSearch = searchHref(search);
    showSearch(search);
  }
});

document.addEventListener('keydown', event => {
  const typing = event.target.closest('input, textarea, select, [contenteditable]');
  if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    document.getElementById('q').focus();
  }
});
