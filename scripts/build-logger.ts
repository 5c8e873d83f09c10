/**
 * Astro's own console output, for `npm run build` (scripts/build.ts), without stack traces. When
 * a build step fails, Astro logs "An unhandled error occurred while running the … hook", and when
 * a page fails to render, the error's stack trace (frames of compiled chunks), before the error
 * reaches the build script, which prints it in the editor's words. That hook line is dropped and
 * error messages keep their text without the frames; `npx astro build` still shows them all.
 */
import type { AstroLoggerDestination } from 'astro';
import nodeDestination, { type NodeHandlerConfig } from 'astro/logger/node';
import { withoutStack } from '../src/lib/build-failure.ts';

const HOOK_FAILED = /^An unhandled error occurred while running the .* hook$/;
const COLOURS = /\x1b\[[0-9;]*m/g;

export default function buildLogger(config?: NodeHandlerConfig): AstroLoggerDestination {
  const node = nodeDestination(config);
  return {
    ...node,
    write(message) {
      if (message.level !== 'error') return node.write(message);
      if (HOOK_FAILED.test(message.message.replace(COLOURS, ''))) return;
      node.write({ ...message, message: withoutStack(message.message) });
    },
  };
}
