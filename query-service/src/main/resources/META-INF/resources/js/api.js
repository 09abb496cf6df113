// The query-service API, relative to the page so the UI works behind any path prefix.

import { authHeaders, signIn } from './auth.js';

/** A failed request, with the detail of the problem+json document the API answered. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** The URL of an API path with query parameters (URLSearchParams or a plain object). */
export function apiUrl(path, params) {
  const query = new URLSearchParams(params).toString();
  return query ? `${path}?${query}` : path;
}

/** GETs JSON; throws ApiError saying what the API said went wrong. */
export async function getJson(path, params, signal) {
  return (await get(path, params, 'application/json', signal)).json();
}

/** GETs plain text (e.g. a cable's original text); throws ApiError like getJson. */
export async function getText(path, params, signal) {
  return (await get(path, params, 'text/plain', signal)).text();
}

/** Every request of the UI goes through here. */
async function get(path, params, accept, signal) {
  let response;
  try {
    response = await fetch(apiUrl(path, params), { headers: { Accept: accept, ...authHeaders() }, signal });
  } catch (e) {
    if (e.name === 'AbortError') {
      throw e;
    }
    throw new ApiError(0, 'The server cannot be reached. Is query-service running?');
  }
  if (response.status === 401) {
    signIn('Your access token was refused or has expired. Paste a new one.');
  }
  if (!response.ok) {
    throw new ApiError(response.status, await problemDetail(response));
  }
  return response;
}

async function problemDetail(response) {
  try {
    const problem = await response.json();
    return problem.detail || problem.title || `${response.status} ${response.statusText}`;
  } catch {
    return `${response.status} ${response.statusText}`;
  }
}

/** The path of one cable's resource, e.g. cables/07MOSCOW3804/references. */
export function cablePath(id, ...rest) {
  return ['cables', encodeURIComponent(id), ...rest].join('/');
}
