// The workspace's small enhancements; every page works without them. Loaded in <head> so the
// "js" class is set before the sidebar paints (no flash of the narrow-screen menu).
document.documentElement.classList.add('js');

document.addEventListener('DOMContentLoaded', () => {
  // Below 900 px the sidebar hides behind this button; it stays in the page's flow when opened.
  const button = document.querySelector('.menu-button');
  const sidebar = document.getElementById('bo-sidebar');
  if (button && sidebar) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const open = sidebar.classList.toggle('open');
      button.setAttribute('aria-expanded', String(open));
      if (open) sidebar.querySelector('a')?.focus();
    });
  }

  const account = document.querySelector('.account-menu');
  document.addEventListener('keydown', event => {
    // Ctrl+K: the search box (the rich-text editor keeps Ctrl+K for links and stops it first).
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k' && !event.defaultPrevented) {
      const search = document.getElementById('bo-search-q');
      if (search) {
        event.preventDefault();
        search.focus();
        search.select();
      }
    }
    if (event.key === 'Escape' && account?.open) {
      account.open = false;
      account.querySelector('summary').focus();
    }
  });
  // A click elsewhere closes the account menu, as menus do.
  document.addEventListener('click', event => {
    if (account?.open && !account.contains(event.target)) account.open = false;
  });
});

// A link to a form field ("#en.body", from the Checks panel or an error summary) puts the cursor in
// it: a contenteditable body is not focused by following a fragment, and ids with dots are no CSS
// selectors. A finding that names its place in the body (data-element, or data-paragraph with
// data-start and data-length) asks the body's editor to select it. Registered before Blazor's own
// link handling, which then leaves the click alone.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-field]') : null;
  const field = link ? document.getElementById(link.getAttribute('href').slice(1)) : null;
  if (!field) return;
  event.preventDefault();
  field.scrollIntoView({ block: 'center' });
  field.focus({ preventScroll: true });
  const number = name => (link.dataset[name] === undefined || link.dataset[name] === '' ? undefined : Number(link.dataset[name]));
  const place = { element: number('element'), paragraph: number('paragraph'), start: number('start'), length: number('length') };
  if (place.element !== undefined || place.paragraph !== undefined) {
    field.dispatchEvent(new CustomEvent('checks:select', { detail: place }));
  }
});
