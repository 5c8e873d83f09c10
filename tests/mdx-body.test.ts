import { satteri } from '@astrojs/markdown-satteri';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../src/lib/content-files.ts';
import { readFrontmatter } from '../src/lib/frontmatter.ts';
import { compileBody, mdxErrors, outline } from '../src/lib/mdx-body.ts';

const articles = [...readContentFiles('src/content/articles'), ...readContentFiles('tests/fixtures/check-classes/articles')];

describe('article bodies compile as the build compiles them', () => {
  it("agrees with Astro's own MDX renderer on every real and fixture article: the same files fail, at the same place", async () => {
    // The renderer the MDX integration builds by default (Astro 7: Sätteri), with this site's Markdown options.
    const renderer = await satteri().createMdxRenderer!(
      { syntaxHighlight: false, gfm: true, smartypants: true } as never,
      { optimize: false, srcDir: new URL('../src/', import.meta.url) } as never,
    );
    let failing = 0;
    for (const file of articles) {
      const { body, data } = readFrontmatter(file.text);
      const astro = await renderer.process(body, resolve(file.path), data ?? {}).then(
        () => undefined,
        (error: Error) => error.message,
      );
      const ours = mdxErrors(body).errors[0];
      if (astro === undefined) {
        expect(ours, file.path).toBeUndefined();
        continue;
      }
      failing++;
      expect(astro, file.path).toMatch(new RegExp(`^${ours!.line}:${ours!.column}: `));
    }
    expect(failing).toBe(2);
  });
});

describe('mdxErrors', () => {
  it('reports every error of a body with its line, marking those after the first', () => {
    const body = 'Intro.\n\n<Callout>\n\nnever closed\n\nA {1 +} value.\n\nAnd 3 <5.\n';
    expect(mdxErrors(body).errors).toEqual([
      { line: 3, column: 1, message: 'Expected a closing tag for `<Callout>`', afterEarlier: false },
      { line: 7, column: 7, message: expect.stringContaining('Could not parse expression'), afterEarlier: true },
      { line: 9, column: 7, message: expect.stringContaining('Unexpected character after `<`'), afterEarlier: true },
    ]);
  });

  it('returns the body that compiled, and nothing for a body without errors', () => {
    expect(mdxErrors('Fine *text*.\n')).toEqual({ errors: [], compiled: 'Fine *text*.\n' });
    const { compiled } = mdxErrors('a {1 +}\n\n<script>x</script>\n');
    expect(compiled).toBe('       \n\n<script>x</script>\n');
  });
});

describe('outline', () => {
  it('lists elements with their attributes, links of every kind, expressions and import/export', () => {
    const body = [
      'export const a = 1',
      '',
      '[text](/en/compare/) and ![img](/favicon.svg) and [ref][r] {1 + 1}',
      '',
      '[r]: https://example.org/',
      '',
      '<a href="/crm/x/" onClick="go()" {...rest}>x</a> <VendorCard vendor="x" />',
    ].join('\n');
    expect(outline(body)).toEqual({
      elements: [
        { name: 'a', attributes: [{ name: 'href', value: '/crm/x/', expression: false }, { name: 'onClick', value: 'go()', expression: false }], spreads: 1, line: 7 },
        { name: 'VendorCard', attributes: [{ name: 'vendor', value: 'x', expression: false }], spreads: 0, line: 7 },
      ],
      links: [
        { url: '/en/compare/', line: 3, via: 'markdown' },
        { url: '/favicon.svg', line: 3, via: 'markdown' },
        { url: 'https://example.org/', line: 5, via: 'markdown' },
        { url: '/crm/x/', line: 7, via: '<a href>' },
      ],
      code: [
        { kind: 'esm', source: 'export const a = 1', line: 1 },
        { kind: 'expression', source: '1 + 1', line: 3 },
      ],
    });
  });

  it('is read from the blocks that compile when others do not', () => {
    const { errors, outline: found } = compileBody('a {1 +}\n\n<iframe src="x" />\n');
    expect(errors).toHaveLength(1);
    expect(found!.elements.map((e) => [e.name, e.line])).toEqual([['iframe', 3]]);
  });
});
