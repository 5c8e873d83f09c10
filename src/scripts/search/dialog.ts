import type { SearchUiStrings } from '../../i18n/search.ts';
import { MAX_QUERY_LENGTH } from '../../lib/search-state.ts';
import { loadPagefind, SearchUnavailableInDev } from './pagefind.ts';
import { searchSite } from './search-query.ts';
import { countMessage, loadStyles, moveFocus, notListedHint, notListedNotices, resultItem } from './results.ts';

/**
 * The header's search dialog, loaded only when a visitor opens search (SiteSearch.astro). A modal
 * <dialog>: focus stays inside, Escape closes it and focus returns to the opener.
 */

/** Results shown in the dialog; the search page shows them all. Each loads one small fragment. */
const SHOWN = 6;
const DEBOUNCE_MS = 120;

let ready: Promise<HTMLDialogElement> | undefined;
/** Where focus was before the dialog opened, to go back to when it closes. */
let returnTo: Element | null = null;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

function build(strings: SearchUiStrings): HTMLDialogElement {
  const root = element('dialog', { className: 'search-dialog' });
  root.setAttribute('aria-label', strings.dialogLabel);
  const panel = element('div', { className: 'search-dialog-panel' });

  // A real GET form: Enter shows every result, with filters, on the search page.
  const form = element('form', { className: 'search-dialog-form', method: 'get', action: strings.searchPage });
  form.setAttribute('role', 'search');
  const label = element('label', { className: 'sr-only', htmlFor: 'site-search-input', textContent: strings.inputLabel });
  const input = element('input', {
    id: 'site-search-input',
    className: 'search-field',
    type: 'search',
    name: 'q',
    placeholder: strings.placeholder,
    autocomplete: 'off',
    spellcheck: false,
    maxLength: MAX_QUERY_LENGTH,
  });
  input.setAttribute('enterkeyhint', 'search');
  input.setAttribute('aria-describedby', 'site-search-hint');
  input.setAttribute('aria-controls', 'site-search-results');
  const close = element('button', { type: 'button', className: 'search-button', textContent: strings.close });
  form.append(label, input, close);

  const hint = element('p', { id: 'site-search-hint', className: 'search-hint', textContent: strings.keyboardHint });
  const notices = element('div');
  const status = element('p', { className: 'search-status' });
  status.setAttribute('role', 'status');
  const list = element('ol', { id: 'site-search-results', className: 'search-results' });
  list.setAttribute('aria-label', strings.results);
  const empty = element('div');
  const more = element('p', { className: 'search-hint' });
  const moreLink = element('a', { href: strings.searchPage, textContent: strings.allResults });
  more.append(moreLink);
  panel.append(form, hint, notices, status, list, empty, more);
  root.append(panel);

  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function search(): Promise<void> {
    const query = input.value.trim();
    const current = ++run;
    moreLink.href = query ? `${strings.searchPage}?${new URLSearchParams({ q: query })}` : strings.searchPage;
    notices.replaceChildren(...notListedNotices(query, strings));
    if (!query) {
      list.replaceChildren();
      empty.replaceChildren();
      status.textContent = '';
      return;
    }
    try {
      const found = await searchSite(query);
      const data = await Promise.all(found.results.slice(0, SHOWN).map((result) => result.data()));
      if (current !== run) return;
      list.replaceChildren(...data.map((result) => resultItem(result, strings)));
      status.textContent = countMessage(strings, found.results.length, query, found.kind);
      empty.replaceChildren(...(found.results.length === 0 ? [notListedHint(strings)] : []));
    } catch (error) {
      if (current !== run) return;
      list.replaceChildren();
      empty.replaceChildren();
      status.textContent = error instanceof SearchUnavailableInDev ? strings.devMode : strings.error;
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), DEBOUNCE_MS);
  });
  close.addEventListener('click', () => root.close());
  // Focus must not stay on the field of a closed dialog, or `/` would type into it: go back.
  root.addEventListener('close', () => {
    if (root.contains(document.activeElement)) (document.activeElement as HTMLElement).blur();
    if (returnTo instanceof HTMLElement && returnTo.isConnected && returnTo !== document.body) returnTo.focus();
  });
  // A click on the backdrop lands on the dialog itself, outside the panel.
  root.addEventListener('click', (event) => {
    if (event.target === root) root.close();
  });
  root.addEventListener('keydown', (event) => {
    moveFocus(event, input, list);
    // Typing while a result has focus goes on in the field.
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && document.activeElement !== input && list.contains(document.activeElement)) {
      input.focus();
    }
  });
  return root;
}

/** Opens the dialog, building it (and fetching its strings) the first time. */
export async function openSearch(stringsUrl: string): Promise<void> {
  ready ??= (async () => {
    const [response] = await Promise.all([fetch(stringsUrl), loadStyles()]);
    if (!response.ok) throw new Error(`Search strings: HTTP ${response.status}`);
    const built = build((await response.json()) as SearchUiStrings);
    document.body.append(built);
    // Start loading the index while the visitor types; an error shows on the first search.
    loadPagefind().catch(() => undefined);
    return built;
  })();
  ready.catch(() => (ready = undefined));
  const dialog = await ready;
  const input = dialog.querySelector<HTMLInputElement>('input')!;
  if (!dialog.open) {
    returnTo = document.activeElement;
    dialog.showModal();
  }
  input.focus();
  input.select();
}
