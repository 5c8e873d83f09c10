/**
 * Child process of the benchmarks: `node bench/astro-build.ts <root> <outDir> <cacheDir>` builds
 * one Astro project with Astro's own `build()`, the way `astro build` does, so the parent can
 * time it and sample its memory from outside. A fresh cacheDir makes every measured build cold.
 */
import { build } from 'astro';

const [root, outDir, cacheDir] = process.argv.slice(2);
if (!root || !outDir || !cacheDir) throw new Error('usage: node bench/astro-build.ts <root> <outDir> <cacheDir>');
await build({ root, outDir, cacheDir, logLevel: 'info' });
