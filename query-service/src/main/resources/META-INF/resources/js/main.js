// Entry point: draws the search page, a cable page or the imports page for the current URL, and wires page-wide keys.

import { signIn, token } from './auth.js';
import { hideCable, showCable } from './cable.js';
import { hideImports, showImports } from './imports.js';
import { startRouter } from './router.js';
import { hideSearch, showSearch } from './search.js';
import { readSearch, searchHref } from './state.js';

const filters = document.getElementById('filters');
if (window.matchMedia('(max-width: 800px)').matches) {
  filters.open = false;
}

let lastSearch = './';

if (!token()) {
  signIn('Cablestream needs an access token. Paste yours to sign in.');
}

startRouter(() => {
  const params = new URLSearchParams(location.search);
  const id = params.get('cable');
  if (id) {
    hideSearch();
    hideImports();
    window.scrollTo(0, 0);
    showCable(id, lastSearch);
  } else if (params.has('imports')) {
    hideSearch();
    hideCable();
    showImports();
  } else {
    hideCable();
    hideImports();
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
