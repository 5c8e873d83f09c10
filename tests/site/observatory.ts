import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

/**
 * The MDN HTTP Observatory's own scanner (`@mdn/mdn-http-observatory` from npm), run against a
 * local HTTPS server. Its HSTS test only counts HTTPS responses with a certificate chain it could
 * verify, so the server gets a certificate from a throwaway certificate authority that only the
 * scanner's process trusts (NODE_EXTRA_CA_CERTS). Everything it grades (status, headers, the
 * page's meta policy, cookies, scripts, the CORS answer) comes from the server under test.
 */

const packageDir = dirname(createRequire(import.meta.url).resolve('@mdn/mdn-http-observatory/package.json'));

export interface TestCertificate {
  dir: string;
  caFile: string;
  key: Buffer;
  cert: Buffer;
  remove: () => void;
}

/** A CA and a certificate for 127.0.0.1 signed by it, valid for a day (openssl, which Debian's ca-certificates brings). */
export function makeTestCertificate(): TestCertificate {
  const dir = mkdtempSync(join(tmpdir(), 'observatory-tls-'));
  const file = (name: string) => join(dir, name);
  const openssl = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(['req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '1', '-subj', '/CN=EU CRM Guide test CA', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign']);
  openssl(['req', ...ec, '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1']);
  writeFileSync(file('server.ext'), 'subjectAltName=IP:127.0.0.1\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n');
  openssl(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '1', '-extfile', 'server.ext']);
  return {
    dir,
    caFile: file('ca.pem'),
    key: readFileSync(file('server.key')),
    cert: readFileSync(file('server.pem')),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * The package's install script downloads Chromium's HSTS preload list into conf/; package.json
 * denies that script (`allowScripts`) because installs here have no network, and the scanner
 * reads the file on every scan. An empty list gives the verdict the real one would: the list
 * holds domain names only, never 127.0.0.1. A real list, when present, is left alone.
 */
function ensurePreloadList(): void {
  const path = join(packageDir, 'conf', 'hsts-preload.json');
  if (existsSync(path)) return;
  console.warn(`observatory: no HSTS preload list at ${path} (its download is not run at install); writing an empty one, which is what it holds for 127.0.0.1`);
  writeFileSync(path, '{}\n');
}

export interface ObservatoryTest {
  pass: boolean;
  result: string;
  scoreModifier: number;
}

export interface ObservatoryResult {
  scan: { grade: string; score: number; statusCode: number; testsPassed: number; testsQuantity: number };
  tests: Record<string, ObservatoryTest>;
}

/**
 * Runs the scanner's command-line program (src/scan.js, what its `mdn-http-observatory-scan`
 * wrapper starts, with this CA instead of the wrapper's Mozilla bundle) on `host:port`. The
 * scanner must run in another process anyway: the server answers from this one.
 */
export async function observatoryScan(hostAndPort: string, caFile: string): Promise<ObservatoryResult> {
  ensurePreloadList();
  const { stdout } = await promisify(execFile)(process.execPath, [join(packageDir, 'src', 'scan.js'), hostAndPort], {
    env: { ...process.env, NODE_EXTRA_CA_CERTS: caFile },
    encoding: 'utf8',
  }).catch((error: { stdout?: string; message: string }) => {
    throw new Error(`The Observatory scan of ${hostAndPort} failed: ${error.stdout?.trim() || error.message}`);
  });
  return JSON.parse(stdout) as ObservatoryResult;
}
