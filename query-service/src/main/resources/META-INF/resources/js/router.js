// Page navigation without reloads: links to ?... of this page go through the History API, so Back,
// Forward, bookmarks and "open in new tab" all work as with plain pages.

let render = () => {};

/** Sets what draws the page for the current URL, and draws it. */
export function startRouter(renderer) {
  render = renderer;
  window.addEventListener('popstate', () => render());
  document.addEventListener('click', event => {
    const link = event.target.closest('a[href]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey
        || event.shiftKey || event.altKey || link.target || link.hasAttribute('download')) {
      return;
    }
    const url = new URL(link.href);
    if (url.origin === location.origin && url.pathname === location.pathname && !url.hash) {
      event.preventDefault();
      navigate(link.href);
    }
  });
  render();
}

/** Shows the page of href (a link of this page, e.g. "?cable=07MOSCOW3804") and records it in history. */
export function navigate(href) {
  const url = new URL(href, location.href);
  if (url.href !== location.href) {
    history.pushState(null, '', url);
  }
  render();
}
