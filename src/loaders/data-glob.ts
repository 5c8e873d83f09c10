import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';

type EntryType = { getEntryInfo: unknown; contentModuleTypes?: unknown; getRenderFunction?: unknown; getRenderModule?: unknown };

/**
 * Astro's glob() loader for files whose body is never rendered (the vendor files: frontmatter
 * only). It reads, parses, validates, identifies and watches them exactly as glob() does, but
 * stores each entry as data: glob() would otherwise make every .mdx file a module of its own
 * that the build compiles and bundles (about a third of the build time at 1,000 vendors, see
 * BENCHMARKS.md), only for pages that never call render() on it.
 *
 * It hands glob() the file types without their render hooks; `entryTypes` is not part of the
 * public loader context, so when a later Astro version drops it, this falls back to glob() as
 * it is (correct, only slower).
 */
export function dataGlob(options: Parameters<typeof glob>[0]): Loader {
  const inner = glob(options);
  return {
    name: 'data-glob',
    load: (context: LoaderContext) => {
      const entryTypes = (context as LoaderContext & { entryTypes?: Map<string, EntryType> }).entryTypes;
      if (!(entryTypes instanceof Map)) return inner.load(context);
      // glob() checks for these keys with `in`: leave them out rather than set them undefined.
      const dataOnly = new Map(
        [...entryTypes].map(([ext, { contentModuleTypes: _module, getRenderFunction: _render, getRenderModule: _renderModule, ...type }]) => [ext, type]),
      );
      return inner.load({ ...context, entryTypes: dataOnly } as LoaderContext);
    },
  };
}
