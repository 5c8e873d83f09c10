import { fill } from '../../lib/fill.ts';
import { filterRows, sideBySideVisible, sortRows } from '../../lib/compare/filter.ts';
import { decodeRow, type CompareRow } from '../../lib/compare/rows.ts';
import { emptyState, MAX_COMPARE, MIN_COMPARE, parseState, serializeState, type CompareState } from '../../lib/compare/state.ts';
import type { CriterionKey } from '../../lib/criteria.ts';

/**
 * Progressive enhancement of the server-rendered comparison table. The rows stay the server's
 * own <tr> elements; filtering and sorting work on an array of their values, and only one page
 * of matching rows is put back into the table, so a change never re-lays out every row.
 * Everything shown comes from the page itself or is set as text: nothing from the URL is
 * written as HTML.
 */

// Rows put into the table at a time, about one screenful: every row costs style and layout time
// (bench/table.ts measures it), so a filter or sort lays out this many and no more. Further
// rows are appended as the reader scrolls towards the end, or asks for them.
const PAGE_SIZE = 12;

interface Row extends CompareRow {
  el: HTMLTableRowElement;
}


class CrmCompare extends HTMLElement {
  private rows: Row[] = [];
  private byId = new Map<string, Row>();
  private state: CompareState = emptyState();
  private selection = new Set<string>();
  private limit = PAGE_SIZE;
  private matching: Row[] = [];
  private moreRow!: HTMLTableRowElement;
  private form!: HTMLFormElement;
  private tbody!: HTMLTableSectionElement;
  private table!: HTMLTableElement;
  private side!: HTMLElement;

  connectedCallback(): void {
    this.table = this.querySelector('[data-compare-table]')!;
    this.tbody = this.table.tBodies[0]!;
    this.form = this.querySelector('[data-filters]')!;
    // Open on wide screens, where the filters fit beside each other; a phone starts with the table.
    if (window.matchMedia('(min-width: 64rem)').matches) this.querySelector<HTMLDetailsElement>('[data-filters-disclosure]')!.open = true;
    this.side = this.querySelector('[data-side-by-side]')!;
    this.rows = [...this.tbody.rows].map((el) => ({ ...decodeRow((name) => el.dataset[name]), el }));
    this.byId = new Map(this.rows.map((row) => [row.id, row]));

    this.form.addEventListener('submit', (event) => event.preventDefault());
    this.form.addEventListener('input', (event) => this.onFormInput(event));
    this.form.addEventListener('reset', (event) => {
      event.preventDefault();
      this.update({ ...emptyState(), sort: this.state.sort, dir: this.state.dir }, 'push');
      this.writeForm();
    });
    this.table.tHead!.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-sort]');
      if (button) this.onSort(button.dataset.sort as CompareState['sort']);
    });
    this.tbody.addEventListener('change', (event) => this.onSelect(event.target as HTMLInputElement));
    this.querySelector('[data-open]')!.addEventListener('click', () => {
      this.update({ ...this.state, compare: [...this.selection] }, 'push');
      this.side.querySelector<HTMLElement>('h2[tabindex]')!.focus();
    });
    this.moreRow = this.createMoreRow();
    // The page scrolls, not the table's box (it only scrolls sideways): watch the viewport.
    new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && this.showMore(), {
      rootMargin: '0px 0px 300px 0px',
    }).observe(this.moreRow);
    this.side.querySelector('[data-close]')!.addEventListener('click', () => this.update({ ...this.state, compare: [] }, 'push'));
    this.side.addEventListener('change', (event) => {
      const toggle = (event.target as HTMLInputElement).dataset.toggle;
      if (toggle === 'diff' || toggle === 'known') this.update({ ...this.state, [toggle]: (event.target as HTMLInputElement).checked }, 'push');
    });
    this.side.querySelector('[data-download]')!.addEventListener('click', () => this.downloadCsv());
    this.side.querySelector('[data-print]')!.addEventListener('click', () => window.print());
    for (const box of this.form.querySelectorAll<HTMLInputElement>('[data-column-group]')) {
      box.addEventListener('change', () => this.table.toggleAttribute(`data-hide-${box.value}`, !box.checked));
    }
    window.addEventListener('popstate', () => this.load());

    for (const control of this.querySelectorAll<HTMLButtonElement | HTMLInputElement>('[data-sort], [data-select]')) control.disabled = false;
    this.load();
    this.dataset.ready = '';
  }

  /** Reads the state from the address bar and shows it. */
  private load(): void {
    this.state = parseState(new URLSearchParams(location.search), new Set(this.byId.keys()));
    this.selection = new Set(this.state.compare);
    this.writeForm();
    this.render();
  }

  /**
   * Applies a change that came from a control on this page: the control already shows the new
   * state, so only the table, the sort marks and the side-by-side view are redrawn.
   */
  private update(next: CompareState, history: 'push' | 'replace'): void {
    const filters = (s: CompareState) => serializeState({ ...s, sort: null, compare: [], diff: false, known: false });
    if (filters(next) !== filters(this.state)) this.limit = PAGE_SIZE;
    this.state = next;
    const url = `${location.pathname}${serializeState(next)}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) {
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    this.renderRows();
    this.renderSort();
    this.renderSideBySide();
  }

  private onFormInput(event: Event): void {
    const target = event.target as HTMLInputElement;
    if (target.dataset.columnGroup !== undefined) return;
    const data = new FormData(this.form);
    const params = new URLSearchParams();
    for (const [key, value] of data) if (typeof value === 'string' && value !== '') params.append(key, value);
    const filters = parseState(params, new Set());
    // Typing replaces the history entry; ticking a box is a step the back button can undo.
    this.update({ ...this.state, need: filters.need, lang: filters.lang, free: filters.free, maxPrice: filters.maxPrice, noUsParent: filters.noUsParent, vendorHosted: filters.vendorHosted, selfHosted: filters.selfHosted, q: filters.q }, target.type === 'search' || target.type === 'number' ? 'replace' : 'push');
  }

  private onSort(key: CompareState['sort']): void {
    const dir = this.state.sort === key && this.state.dir === 'asc' ? 'desc' : 'asc';
    this.update({ ...this.state, sort: key, dir }, 'push');
  }

  private onSelect(box: HTMLInputElement): void {
    if (box.dataset.select === undefined) return;
    if (box.checked) this.selection.add(box.value);
    else this.selection.delete(box.value);
    this.renderSelection();
  }

  private writeForm(): void {
    const s = this.state;
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[name="need"]')) box.checked = s.need.includes(box.value as CriterionKey);
    (this.form.elements.namedItem('lang') as HTMLSelectElement).value = s.lang && [...(this.form.elements.namedItem('lang') as HTMLSelectElement).options].some((o) => o.value === s.lang) ? s.lang : '';
    (this.form.elements.namedItem('free') as HTMLInputElement).checked = s.free;
    (this.form.elements.namedItem('noUsParent') as HTMLInputElement).checked = s.noUsParent;
    (this.form.elements.namedItem('vendorHosted') as HTMLInputElement).checked = s.vendorHosted;
    (this.form.elements.namedItem('selfHosted') as HTMLInputElement).checked = s.selfHosted;
    const price = this.form.elements.namedItem('maxPrice') as HTMLInputElement;
    if (document.activeElement !== price) price.value = s.maxPrice === null ? '' : String(s.maxPrice);
    const q = this.form.elements.namedItem('q') as HTMLInputElement;
    if (document.activeElement !== q) q.value = s.q;
    for (const toggle of this.side.querySelectorAll<HTMLInputElement>('[data-toggle]')) toggle.checked = toggle.dataset.toggle === 'diff' ? s.diff : s.known;
  }

  private render(): void {
    this.renderRows();
    this.renderSort();
    this.renderSelection();
    this.renderSideBySide();
  }

  /** A last row with a button for the next rows; scrolling it into view presses it. */
  private createMoreRow(): HTMLTableRowElement {
    const row = document.createElement('tr');
    const cell = row.insertCell();
    cell.colSpan = this.table.tHead!.rows[0]!.cells.length;
    cell.className = 'px-2 py-3';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sticky left-2 rounded border border-line bg-white px-3 py-1.5 font-medium';
    button.addEventListener('click', () => this.showMore());
    cell.append(button);
    return row;
  }

  private renderRows(): void {
    this.matching = sortRows(filterRows(this.rows, this.state), this.state.sort, this.state.dir);
    // A short list is shown whole: a "show more" button for a row or two only hides vendors.
    if (this.matching.length <= 2 * PAGE_SIZE) this.limit = Math.max(this.limit, this.matching.length);
    const shown = this.matching.slice(0, this.limit);
    this.tbody.replaceChildren(...shown.map((row) => row.el));
    this.querySelector('[data-count]')!.textContent = fill(this.dataset.countTemplate!, { count: this.matching.length, total: this.rows.length });
    this.querySelector('[data-no-results]')!.classList.toggle('hidden', this.matching.length > 0);
    this.placeMoreRow();
  }

  private showMore(): void {
    if (this.limit >= this.matching.length) return;
    const next = this.matching.slice(this.limit, this.limit + PAGE_SIZE);
    this.limit += PAGE_SIZE;
    this.moreRow.before(...next.map((row) => row.el));
    this.placeMoreRow();
  }

  private placeMoreRow(): void {
    const hidden = this.matching.length - Math.min(this.limit, this.matching.length);
    if (hidden === 0) {
      this.moreRow.remove();
      return;
    }
    this.moreRow.querySelector('button')!.textContent = fill(this.dataset.moreTemplate!, { count: hidden });
    this.tbody.append(this.moreRow);
  }

  private renderSort(): void {
    for (const th of this.table.tHead!.querySelectorAll<HTMLElement>('th[data-sort-key]')) {
      if (th.dataset.sortKey === this.state.sort) th.setAttribute('aria-sort', this.state.dir === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
  }

  private renderSelection(): void {
    // Rows outside the table keep their checkbox state too, for when they come back.
    const full = this.selection.size >= MAX_COMPARE;
    for (const row of this.rows) {
      const box = row.el.querySelector<HTMLInputElement>('[data-select]')!;
      box.checked = this.selection.has(row.id);
      box.disabled = full && !box.checked;
    }
    this.querySelector('[data-selected]')!.textContent = fill(this.dataset.selectedTemplate!, { count: this.selection.size });
    this.querySelector<HTMLButtonElement>('[data-open]')!.disabled = this.selection.size < MIN_COMPARE || this.selection.size > MAX_COMPARE;
  }

  /** The chosen vendors as columns and the criteria as rows, built from the table's own cells. */
  private renderSideBySide(): void {
    const chosen = this.state.compare.map((id) => this.byId.get(id)!).filter(Boolean);
    const open = chosen.length >= MIN_COMPARE;
    this.side.hidden = !open;
    this.toggleAttribute('data-side-open', open);
    const table = this.side.querySelector<HTMLTableElement>('[data-side-table]')!;
    const headRow = table.tHead!.rows[0]!;
    while (headRow.cells.length > 1) headRow.deleteCell(-1);
    for (const tr of table.tBodies[0]!.rows) while (tr.cells.length > 1) tr.deleteCell(-1);
    if (!open) return;
    for (const row of chosen) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.className = 'border-b-2 border-line px-2 py-2 align-bottom';
      th.append(row.el.querySelector('th a')!.cloneNode(true));
      headRow.append(th);
    }
    for (const tr of table.tBodies[0]!.rows) {
      const values = chosen.map((row) => this.sideCell(tr, row));
      tr.append(...values.map((v) => v.cell));
      tr.hidden = !sideBySideVisible(values.map((v) => v.value), this.state);
    }
  }

  private sideCell(tr: HTMLTableRowElement, row: Row): { cell: HTMLTableCellElement; value: string } {
    const cell = document.createElement('td');
    cell.className = 'border-b border-line px-2 py-1.5 align-top';
    const criterion = tr.dataset.rowCriterion as CriterionKey | undefined;
    if (criterion) {
      const status = row.criteria[criterion];
      const link = document.createElement('a');
      link.href = `${row.el.querySelector<HTMLAnchorElement>('th a')!.pathname}#fact-${criterion}`;
      link.className = 'no-underline';
      link.append(this.side.querySelector<HTMLTemplateElement>(`template[data-status-template="${status}"]`)!.content.cloneNode(true));
      cell.append(link);
      return { cell, value: status };
    }
    const source = tr.dataset.rowColumn ? row.el.cells[Number(tr.dataset.rowColumn)]! : row.el.querySelector('[data-offerings]')!;
    cell.append(...[...source.childNodes].map((node) => node.cloneNode(true)));
    const unknown = source instanceof HTMLElement && source.dataset.unknown !== undefined;
    return { cell, value: unknown ? 'unknown' : (source.textContent ?? '').trim() };
  }

  /** The due-diligence checklist: every visible row, and for every unknown the question to ask. */
  private downloadCsv(): void {
    const chosen = this.state.compare.map((id) => this.byId.get(id)!).filter(Boolean);
    const table = this.side.querySelector<HTMLTableElement>('[data-side-table]')!;
    const d = this.dataset;
    const lines: string[][] = [[d.csvCriterion!, d.csvArticle!, ...chosen.map((row) => row.name)]];
    for (const tr of table.tBodies[0]!.rows) {
      if (tr.hidden) continue;
      const cells = [...tr.cells].slice(1).map((cell, i) => {
        const text = (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
        const criterion = tr.dataset.rowCriterion;
        if (!criterion) return text;
        const evidence = `${location.origin}${cell.querySelector('a')!.pathname}#fact-${criterion}`;
        const question = chosen[i]!.criteria[criterion as CriterionKey] === 'unknown' ? ` ${d.questionPrefix} ${tr.dataset.question}` : '';
        return `${text}${question} (${d.csvEvidence}: ${evidence})`;
      });
      lines.push([tr.dataset.label ?? '', tr.dataset.article ?? '', ...cells]);
    }
    const csv = lines.map((line) => line.map((value) => `"${value.replace(/"/g, '""')}"`).join(',')).join('\r\n');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
    link.download = d.csvName!;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }
}

customElements.define('crm-compare', CrmCompare);
