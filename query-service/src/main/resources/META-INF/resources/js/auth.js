// Access tokens: every API call carries the reader's token as `Authorization: Bearer`. The token comes
// once in the URL fragment (#access_token=…, as `./cablestream up` prints it) or is pasted into the
// sign-in box; it is kept in sessionStorage (this tab only) and removed from the address bar at once.
// EventSource cannot send headers, so the live feed alone takes it as an access_token parameter.

const KEY = 'cablestream.token';
const dialog = document.getElementById('sign-in');
const form = document.getElementById('sign-in-form');
const field = document.getElementById('sign-in-token');
const reason = document.getElementById('sign-in-reason');

takeTokenFromFragment();

function takeTokenFromFragment() {
  const fragment = new URLSearchParams(location.hash.slice(1));
  const fromUrl = fragment.get('access_token');
  if (fromUrl) {
    sessionStorage.setItem(KEY, fromUrl.trim());
    history.replaceState(history.state, '', location.pathname + location.search);
  }
}

/** The reader's token, or null before signing in. */
export function token() {
  return sessionStorage.getItem(KEY);
}

/** Headers that authenticate a request. */
export function authHeaders() {
  const current = token();
  return current ? { Authorization: `Bearer ${current}` } : {};
}

/** Shows the sign-in box, saying why; signing in reloads the page with the new token. */
export function signIn(why) {
  reason.textContent = why;
  if (!dialog.open) {
    dialog.showModal();
  }
  field.focus();
}

form.addEventListener('submit', event => {
  event.preventDefault();
  const pasted = field.value.trim().replace(/^Bearer\s+/i, '');
  if (pasted) {
    sessionStorage.setItem(KEY, pasted);
    location.reload();
  }
});

// Links to API resources (exports, a cable's JSON or original text) load through fetch, so that they
// carry the token too: links with target=_blank open what they load in a new tab, others save it.
document.addEventListener('click', async event => {
  const link = event.target.closest('a[data-authenticated-download]');
  if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) {
    return;
  }
  event.preventDefault();
  const tab = link.target === '_blank' ? window.open('', '_blank') : null;
  if (tab) {
    tab.opener = null;
  }
  const response = await fetch(link.href, { headers: authHeaders() });
  if (response.status === 401) {
    tab?.close();
    signIn('Your access token was refused or has expired. Paste a new one.');
    return;
  }
  const url = URL.createObjectURL(await response.blob());
  if (tab) {
    tab.location.href = url;
  } else {
    const disposition = response.headers.get('Content-Disposition') || '';
    const name = /filename="([^"]+)"/.exec(disposition)?.[1] || 'cables';
    const save = Object.assign(document.createElement('a'), { href: url, download: name });
    document.body.append(save);
    save.click();
    save.remove();
  }
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
});
