import { describe, expect, it } from 'vitest';
import { escapeAttribute, prefillSearchField, SEARCH_FIELD_MARKER, searchQuery } from '../src/lib/search-prefill.ts';
import { MAX_QUERY_LENGTH } from '../src/lib/search-state.ts';

const page = `<form><input ${SEARCH_FIELD_MARKER} data-search-page-field type="search" name="q"></form>`;

describe('searchQuery', () => {
  it('decodes a form submission as the page script does', () => {
    expect(searchQuery('?q=odoo+crm')).toBe('odoo crm');
    expect(searchQuery('?q=C%2B%2B+caf%C3%A9')).toBe('C++ café');
    expect(searchQuery('?type=article&q=%20odoo%20&q=second')).toBe('odoo');
  });

  it('keeps bad percent-encoding as written instead of failing', () => {
    expect(searchQuery('?q=%E0%A4%A')).toBe('\uFFFD%A');
    expect(searchQuery('?q=100%')).toBe('100%');
  });

  it('is empty without a query and cuts long ones like the page does', () => {
    expect(searchQuery('')).toBe('');
    expect(searchQuery('?type=article')).toBe('');
    expect(searchQuery(`?q=${'a'.repeat(MAX_QUERY_LENGTH + 50)}`)).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('prefillSearchField', () => {
  it('writes the query as the field value', () => {
    expect(prefillSearchField(page, 'odoo')).toBe(`<form><input ${SEARCH_FIELD_MARKER} value="odoo" data-search-page-field type="search" name="q"></form>`);
  });

  it('escapes a hostile query so it stays inside the attribute', () => {
    const filled = prefillSearchField(page, '"><img src=x onerror=alert(1)>');
    expect(filled).toContain('value="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    expect(filled).not.toContain('<img');
    expect(escapeAttribute(`a&b'c"d<e>`)).toBe('a&amp;b&#39;c&quot;d&lt;e&gt;');
  });

  it('leaves the page alone for an empty query or a page without the field', () => {
    expect(prefillSearchField(page, '')).toBe(page);
    expect(prefillSearchField('<p>no form</p>', 'odoo')).toBe('<p>no form</p>');
  });
});
