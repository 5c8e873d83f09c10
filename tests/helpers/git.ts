import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Throwaway git repositories for the history tests, so they never depend on this repository's
 * own history (CI runs on a fresh clone; a shallow one would have none).
 */

// The machine's and the user's git settings stay out: fixed identity, no signing, no hooks.
const ENV = {
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_'))),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Editor',
  GIT_AUTHOR_EMAIL: 'editor@example.org',
  GIT_COMMITTER_NAME: 'Editor',
  GIT_COMMITTER_EMAIL: 'editor@example.org',
};

export function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', args, { cwd, env: { ...ENV, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export interface TempRepo {
  root: string;
  /** Writes files (paths relative to the root) and commits them with this date (YYYY-MM-DD or full ISO). */
  commit: (files: Record<string, string | null>, date: string, message?: string) => string;
  remove: () => void;
}

export function tempRepo(prefix = 'eu-crm-history-'): TempRepo {
  const root = mkdtempSync(join(tmpdir(), prefix));
  git(root, ['init', '-q', '-b', 'main']);
  return {
    root,
    commit(files, date, message = `change of ${date}`) {
      for (const [path, text] of Object.entries(files)) {
        const file = join(root, path);
        if (text === null) rmSync(file);
        else {
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, text);
        }
      }
      git(root, ['add', '-A']);
      const when = date.length === 10 ? `${date}T12:00:00+01:00` : date;
      git(root, ['commit', '-q', '--no-verify', '-m', message], { GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when });
      return git(root, ['rev-parse', 'HEAD']).trim();
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
