import { describe, expect, it } from 'vitest';
import { BuildStepError, describeBuildFailure, showPath } from '../src/lib/build-failure.ts';

const root = '/work/site';

/** The shape Rolldown rejects with when a plugin (here @astrojs/mdx) fails on a file. */
function rolldownFailure(...files: { file: string; line: number; column: number; message: string }[]) {
  const parts = files.map(({ file, line, column, message }) =>
    Object.assign(new Error(`${line}:${column}: ${message}`), { name: 'MDXError', loc: { file, line, column }, id: file, plugin: '@mdx-js/rolldown' }),
  );
  const error = new Error(
    `Build failed with ${parts.length} error:\n\n[plugin @mdx-js/rolldown] ${files[0]!.file}\nMDXError: ...\n    at TransformPluginContextImpl.handler (file:///x/vite-plugin-mdx.js:64:17)\n    at async plugin (file:///x/rolldown.mjs:1758:16)`,
  );
  return Object.assign(error, { errors: parts });
}

describe('describeBuildFailure', () => {
  it('prints a step’s own message as it is, also when the error comes from another copy of the module', async () => {
    const list = 'Content check failed: 1 problem(s).\n✖ src/content/vendors/a.mdx\n    line 3, website: Expected a full web address.';
    expect(await describeBuildFailure(new BuildStepError(list), root)).toBe(list);
    const copy = Object.assign(new Error(list), { name: 'BuildStepError' });
    expect(await describeBuildFailure(copy, root)).toBe(list);
  });

  it('lists an MDX error as the content check lists problems: file, line, column, without the stack in the message', async () => {
    const error = rolldownFailure({
      file: '/work/site/src/content/articles/broken.mdx',
      line: 10,
      column: 1,
      message: 'Expected a closing tag for `<div>` (10:1) before the end of `paragraph` (mdx-jsx:unexpected-character)',
    });
    expect(await describeBuildFailure(error, root)).toMatchInlineSnapshot(`
      "The build stopped at an error in this file:
      ✖ src/content/articles/broken.mdx
          line 10, column 1: Expected a closing tag for \`<div>\` (10:1) before the end of \`paragraph\` (mdx-jsx:unexpected-character)"
    `);
  });

  it('lists every file Rolldown reports, paths outside the project as they are', async () => {
    const error = rolldownFailure(
      { file: '/work/site/src/content/articles/a.mdx', line: 4, column: 2, message: 'Unexpected end of file' },
      { file: '/tmp/fixtures/articles/b.mdx', line: 7, column: 9, message: 'Could not parse expression with acorn' },
    );
    const text = await describeBuildFailure(error, root);
    expect(text).toContain('an error in these 2 files:');
    expect(text).toContain('✖ src/content/articles/a.mdx\n    line 4, column 2: Unexpected end of file');
    expect(text).toContain('✖ /tmp/fixtures/articles/b.mdx\n    line 7, column 9: Could not parse expression with acorn');
    expect(text).not.toMatch(/^\s+at /m);
  });

  it('gives any other error its message, file and hint, with no stack trace but the way to get one', async () => {
    const error = Object.assign(new ReferenceError('undefinedThing is not defined'), {
      id: 'src/pages/[...lang]/articles/[id].astro',
      hint: 'This issue often occurs when your MDX component encounters runtime errors.',
    });
    const text = await describeBuildFailure(error, root);
    expect(text).toMatch(/^ReferenceError: undefinedThing is not defined \(in src\/pages\/\[\.\.\.lang\]\/articles\/\[id\]\.astro\)\nThis issue often occurs/);
    expect(text).toContain('npx astro build --outDir');
    expect(text).not.toMatch(/^\s+at /m);
  });

  it('keeps the message of an error that is not located in a file, without the stack written into it', async () => {
    const text = await describeBuildFailure(new Error('Build failed\n    at somewhere (file:///x.js:1:1)'), root);
    expect(text.split('\n')[0]).toBe('Error: Build failed');
    expect(text).not.toMatch(/^\s+at /m);
  });
});

describe('showPath', () => {
  it('shows paths inside the root relative to it, others as they are', () => {
    expect(showPath('/work/site/dist', root)).toBe('dist');
    expect(showPath('/work/sites/dist', root)).toBe('/work/sites/dist');
    expect(showPath('/tmp/out', root)).toBe('/tmp/out');
  });
});
