// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

export default defineConfig({
  // The public address; set SITE_URL when deploying elsewhere. Used for canonical and sitemap URLs.
  site: process.env.SITE_URL || 'https://eu-crm-guide.example',
  trailingSlash: 'always',
  // v6 whitespace behaviour: inline elements on separate lines keep their space.
  compressHTML: true,
  integrations: [contentGuard(), mdx(), pagefindIndex()],
  // Shiki's inline styles cannot be hashed; the site has no code blocks worth highlighting.
  markdown: { syntaxHighlight: false },
  security: {
    // A per-page <meta> policy with hashes of every script and style Astro emits: no
    // 'unsafe-inline'. Headers a meta policy cannot carry (frame-ancestors, HSTS, ...) are in
    // public/_headers and docs/hosting.md.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
        'upgrade-insecure-requests',
      ],
      // Pagefind's search runs WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    plugins: [tailwindcss()],
    build: {
      rollupOptions: {
        // One harmless warning per MDX file (withastro/astro#18087) would bury the eligibility report.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
