// The live feed: cables matching the search on screen are announced as query-service indexes them,
// over Server-Sent Events (GET cables/live with the search's parameters, and the token as access_token
// because EventSource cannot send an Authorization header).

import { apiUrl } from './api.js';
import { token } from './auth.js';
import { searchParams } from './state.js';

const status = document.getElementById('live-status');

let source = null;

/**
 * Follows the cables newly indexed (or changed) that match a search, handing each search hit to onHit;
 * replaces the previous search's feed. The feed confirms with a `subscribed` event, then sends one
 * `cable` event per matching cable.
 */
export function followLive(search, onHit) {
  source?.close();
  const params = searchParams(search);
  params.set('access_token', token() || '');
  source = new EventSource(apiUrl('cables/live', params));
  const feed = source;
  show('connecting', 'Connecting to live updates…');
  feed.addEventListener('subscribed', () => show('on', 'Live: new cables appear as they are indexed'));
  feed.addEventListener('cable', event => onHit(JSON.parse(event.data)));
  feed.addEventListener('error', () => {
    if (feed.readyState === EventSource.CLOSED) {
      show('off', 'Live updates unavailable');
    } else {
      show('connecting', 'Live updates interrupted, reconnecting…');
    }
  });
}

function show(state, text) {
  status.dataset.state = state;
  status.textContent = text;
}
