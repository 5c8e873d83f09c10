/**
 * `npm run preview` (and `npm start`, after building) serves dist/ at http://127.0.0.1:4321/
 * with the production behaviour of src/server/site-server.ts: the headers of `_headers`,
 * compression, the 404 page. `--port <n>` and `--host <address>` change where; so do the PORT
 * and HOST environment variables.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startSiteServer } from '../src/server/site-server.ts';

const usage = 'Usage: npm run preview -- [--port 4321] [--host 127.0.0.1]   (serves dist/; build it first with npm run build)';
let values: { port?: string; host?: string; help?: boolean };
try {
  ({ values } = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const port = Number(values.port ?? process.env.PORT ?? 4321);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a whole number from 0 to 65535, not ${JSON.stringify(values.port ?? process.env.PORT)}.\n${usage}`);
  process.exit(2);
}
if (!existsSync('dist/index.html')) {
  console.error('dist/ holds no built site: run `npm run build` first (`npm start` does both).');
  process.exit(1);
}

try {
  const { origin, close } = await startSiteServer({ root: 'dist', host: values.host ?? process.env.HOST ?? '127.0.0.1', port });
  console.log(`Serving dist/ at ${origin}/ with the production headers (dist/_headers). Stop with Ctrl+C.`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void close().then(() => process.exit(0)));
  }
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') console.error(`Port ${port} is in use: stop what runs there, or pick another with --port.`);
  else console.error(`Cannot serve dist/: ${(error as Error).message}`);
  process.exit(1);
}
