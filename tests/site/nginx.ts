import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe } from 'vitest';

/**
 * Debian's nginx, run with the configuration docs/hosting.md documents, over dist/. Outside CI a
 * missing nginx skips these tests with a loud warning; in CI (which installs it) it fails them.
 */
export const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';
export const nginxAvailable = existsSync(NGINX);
/** Debian's stock nginx.conf includes this map in its http block; the documented site relies on it. */
const MIME_TYPES = '/etc/nginx/mime.types';

if (!nginxAvailable && !process.env.CI) {
  console.warn(
    `\n${'!'.repeat(72)}\n!! nginx tests SKIPPED: no nginx at ${NGINX}.\n!! Install it with \`apt-get install nginx\` (CI installs it and fails without it).\n${'!'.repeat(72)}\n`,
  );
}

/** A describe block that runs only where nginx can be started (always in CI). */
export function describeWithNginx(name: string, body: () => void): void {
  (nginxAvailable || process.env.CI ? describe : describe.skip)(name, body);
}

/** The one ```nginx block of docs/hosting.md. */
export function documentedNginxConfig(markdown = readFileSync('docs/hosting.md', 'utf8')): string {
  const blocks = [...markdown.matchAll(/^```nginx\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
  if (blocks.length !== 1) throw new Error(`docs/hosting.md: expected exactly one \`\`\`nginx block, found ${blocks.length}`);
  return blocks[0]!;
}

export interface LocalPorts {
  https: number;
  http: number;
}

/**
 * The documented configuration made runnable here, changing only what a local run must:
 * the HTTPS `listen` lines become plain HTTP on 127.0.0.1 (IPv6 ones are dropped), the port-80
 * server listens on another local port, `root` points at the site, and the certificate lines go.
 * Each change must find its line, so a reworded configuration fails here instead of running
 * half-adapted.
 */
export function localNginxConfig(config: string, { root, ports }: { root: string; ports: LocalPorts }): string {
  const replace = (text: string, pattern: RegExp, replacement: string, what: string, count = 1) => {
    const found = text.match(new RegExp(pattern.source, 'gm'))?.length ?? 0;
    if (found !== count) throw new Error(`docs/hosting.md's nginx block: expected ${count} ${what}, found ${found}`);
    return text.replace(new RegExp(pattern.source, 'gm'), replacement);
  };
  let local = config;
  local = replace(local, /^(\s*)listen 443 ssl http2;$/, `$1listen 127.0.0.1:${ports.https};`, '"listen 443 ssl http2;" line');
  local = replace(local, /^\s*listen \[::\]:(443 ssl http2|80);\n/, '', '"listen [::]:…" lines', 2);
  local = replace(local, /^(\s*)listen 80;$/, `$1listen 127.0.0.1:${ports.http};`, '"listen 80;" line');
  local = replace(local, /^(\s*)root \/srv\/eu-crm-guide\/dist;$/, `$1root ${root};`, '"root /srv/eu-crm-guide/dist;" line');
  local = replace(local, /^\s*ssl_certificate(_key)? .*;\n/, '', 'ssl_certificate lines', 2);
  return local;
}

/** The http block of Debian's stock /etc/nginx/nginx.conf, as far as a site relies on it, around the site. */
function mainConfig(dir: string, site: string): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${join(dir, kind)};`).join('\n');
  return `# Written by tests/site/nginx.ts.
${process.getuid?.() === 0 ? 'user root;\n' : ''}daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events {
    worker_connections 256;
}
http {
    # From Debian's /etc/nginx/nginx.conf:
    sendfile on;
    tcp_nopush on;
    types_hash_max_size 2048;
    include ${MIME_TYPES};
    default_type application/octet-stream;
    gzip on;
    # For running as a test:
    access_log off;
${temp}
    include ${site};
}
`;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

async function accepting(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.destroy();
      done(true);
    });
    socket.on('error', () => done(false));
  });
}

export interface RunningNginx {
  /** The site (the HTTPS server block, over HTTP here). */
  origin: string;
  /** The port-80 server block, which redirects to HTTPS. */
  redirectOrigin: string;
  /** The adapted site configuration nginx runs. */
  config: string;
  /** What `nginx -t` warned about (e.g. a duplicate MIME type). */
  warnings: string[];
  stop: () => Promise<void>;
}

/** Starts nginx with the documented configuration (or another) over `root`; fails with nginx's own message. */
export async function startNginx(root: string, documented = documentedNginxConfig()): Promise<RunningNginx> {
  if (!nginxAvailable) throw new Error(`No nginx at ${NGINX}: CI must install it (apt-get install nginx).`);
  const dir = mkdtempSync(join(tmpdir(), 'nginx-site-'));
  const ports = { https: await freePort(), http: await freePort() };
  const config = localNginxConfig(documented, { root: resolve(root), ports });
  const site = join(dir, 'site.conf');
  writeFileSync(site, config);
  const main = join(dir, 'nginx.conf');
  writeFileSync(main, mainConfig(dir, site));
  mkdirSync(join(dir, 'logs'));
  const args = ['-p', dir, '-e', join(dir, 'error.log'), '-c', main];
  const test = spawnSync(NGINX, ['-t', ...args], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx rejects the documented configuration:\n${test.stderr}`);
  const warnings = test.stderr.split('\n').filter((line) => /\[(warn|emerg|alert|crit)\]/.test(line));
  const child: ChildProcess = spawn(NGINX, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  // Readiness, not speed: wait until nginx accepts connections or has given up.
  for (let attempt = 0; !(await accepting(ports.https)); attempt++) {
    if (child.exitCode !== null || attempt > 200) {
      child.kill('SIGTERM');
      throw new Error(`nginx did not start:\n${stderr}${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`);
    }
    await new Promise((done) => setTimeout(done, 25));
  }
  return {
    origin: `http://127.0.0.1:${ports.https}`,
    redirectOrigin: `http://127.0.0.1:${ports.http}`,
    config,
    warnings,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
