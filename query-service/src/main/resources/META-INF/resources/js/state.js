// What the page shows, kept in its URL: ?q=...&tag=PREL&from=2007-03 for a search, ?cable=ID for a cable.

/** Drill-down parameters of the API, in the order the filter chips show them. */
export const FILTERS = ['tag', 'country', 'origin', 'classification', 'caveat', 'year', 'month', 'person',
  'organization', 'ref'];

/** Human names of the drill-down dimensions. */
export const FILTER_NAMES = {
  tag: 'TAGS', country: 'Country', origin: 'Origin', classification: 'Classification', caveat: 'Caveat',
  year: 'Year', month: 'Month', person: 'Person', organization: 'Organization', ref: 'Cites',
};

/** The search a query string describes: q, filters (dimension -> values), from, to, sort. */
export function readSearch(query) {
  const params = new URLSearchParams(query);
  const filters = {};
  for (const name of FILTERS) {
    const values = params.getAll(name).filter(v => v !== '');
    if (values.length) {
      filters[name] = values;
    }
  }
  return {
    q: params.get('q') ?? '',
    filters,
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    sort: params.get('sort') ?? '',
  };
}

/** The query parameters of a search, as the API and the page URL both take them. */
export function searchParams(search) {
  const params = new URLSearchParams();
  if (search.q.trim()) {
    params.set('q', search.q.trim());
  }
  for (const name of FILTERS) {
    for (const value of search.filters[name] ?? []) {
      params.append(name, value);
    }
  }
  for (const name of ['from', 'to', 'sort']) {
    if (search[name]) {
      params.set(name, search[name]);
    }
  }
  return params;
}

/** The page link of a search. */
export function searchHref(search) {
  const query = searchParams(search).toString();
  return query ? `?${query}` : './';
}

/** The page link of a cable. */
export function cableHref(id) {
  return `?${new URLSearchParams({ cable: id })}`;
}

/** A copy of search with changes applied (filters replaced whole when given). */
export function withChanges(search, changes) {
  return { ...search, filters: { ...search.filters }, ...changes };
}

/** A copy of search with value added to or removed from a drill-down dimension. */
export function toggleFilter(search, name, value) {
  const values = search.filters[name] ?? [];
  const next = values.includes(value) ? values.filter(v => v !== value) : [...values, value];
  const filters = { ...search.filters, [name]: next };
  if (!next.length) {
    delete filters[name];
  }
  return withChanges(search, { filters });
}

/** Whether a search narrows anything down. */
export function isNarrowed(search) {
  return Boolean(search.q.trim() || search.from || search.to || Object.keys(search.filters).length);
}

/** A search for the text written in a cable, e.g. a name: the entity field or the phrase itself. */
export function phraseSearch(text) {
  const phrase = `"${text.replace(/["\\]/g, '\\$&')}"`;
  return searchHref({ q: `entity:${phrase} OR ${phrase}`, filters: {}, from: '', to: '', sort: '' });
}
