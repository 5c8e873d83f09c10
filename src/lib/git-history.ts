import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Reads the committed versions of the files in one folder from git, for the vendor histories
 * (src/lib/history.ts turns them into words). Three git processes whatever the number of files
 * (`rev-parse`, one `log` of the folder, one `cat-file --batch` for every version's text), so a
 * build at 1,000 vendors does not start thousands of processes: `git log --follow` only follows
 * one file per call. Renames inside the folder are followed (`-M`).
 *
 * The history is that of the published branch: `--first-parent` with each merge compared to its
 * first parent, so a change merged from a branch is dated when it was merged, and its date is
 * the commit date (rebasing or squashing a change dates it when it landed).
 *
 * Without git, outside a repository, or in a shallow or partial clone (which lacks the old
 * versions, or would fetch them over the network during the build), the answer says so and the
 * build goes on without history.
 */

export interface FileVersion {
  commit: string;
  /** Commit date, ISO 8601 with the committer's offset. */
  timestamp: string;
  text: string;
}

export type FolderHistory =
  /** `files`: every requested file with at least one committed version, oldest version first. */
  | { available: true; files: Map<string, FileVersion[]> }
  | { available: false; reason: 'no-git' | 'not-a-repository' | 'shallow' | 'partial-clone' | 'failed'; detail: string };

export interface GitOptions {
  /** The git executable; tests point it at a missing one. */
  git?: string;
}

class GitError extends Error {
  readonly missing: boolean;

  constructor(message: string, missing: boolean) {
    super(message);
    this.missing = missing;
  }
}

/**
 * The folder decides which repository is read: variables that point git elsewhere (set, for
 * example, while a git hook runs) are dropped, and nothing may start a pager or ask for input.
 */
function gitEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_COMMON_DIR'].includes(key)));
  return { ...env, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0' };
}

function runner(dir: string, options: GitOptions) {
  const binary = options.git ?? 'git';
  return (args: string[], input?: string): Buffer => {
    try {
      return execFileSync(binary, ['-c', 'core.quotePath=false', '-c', 'log.showSignature=false', '-c', 'log.showRoot=true', '-c', 'diff.relative=false', ...args], {
        cwd: dir,
        input,
        maxBuffer: 2 ** 31 - 1,
        stdio: ['pipe', 'pipe', 'pipe'],
        env: gitEnv(),
      });
    } catch (error) {
      const e = error as NodeJS.ErrnoException & { stderr?: Buffer };
      throw new GitError(e.code === 'ENOENT' ? `${binary} is not installed` : (e.stderr?.toString().trim() || e.message), e.code === 'ENOENT');
    }
  };
}

interface Touch {
  commit: string;
  timestamp: string;
  status: string;
  blob: string;
  /** Paths relative to the repository's top level: [path] or, for a rename, [from, to]. */
  paths: string[];
}

/** `git log --raw` output: one record per commit, each with the files it touched in the folder. */
function parseLog(out: string): Touch[] {
  const touches: Touch[] = [];
  for (const record of out.split('\u001e')) {
    const [head, ...lines] = record.split('\n');
    if (!head) continue;
    const [commit, timestamp] = head.split('\u001f') as [string, string];
    for (const line of lines) {
      if (!line.startsWith(':')) continue;
      const [meta, ...paths] = line.split('\t');
      const fields = meta!.split(' ');
      touches.push({ commit, timestamp, blob: fields[3]!, status: fields[4]!, paths });
    }
  }
  return touches;
}

/** `git cat-file --batch` output: `<oid> blob <size>\n<bytes>\n` per object. */
function parseBatch(out: Buffer): Map<string, string> {
  const texts = new Map<string, string>();
  let pos = 0;
  while (pos < out.length) {
    const end = out.indexOf(0x0a, pos);
    if (end === -1) break;
    const [oid, type, size] = out.subarray(pos, end).toString().split(' ');
    pos = end + 1;
    if (type === 'missing' || size === undefined) continue;
    const length = Number(size);
    if (type === 'blob') texts.set(oid!, out.subarray(pos, pos + length).toString('utf8'));
    pos += length + 1;
  }
  return texts;
}

/**
 * The committed versions of `names` (file names directly inside `dir`), each oldest first. A file
 * with no commit yet is absent from the map.
 */
export function readFolderHistory(dir: string, names: readonly string[], options: GitOptions = {}): FolderHistory {
  if (!existsSync(dir)) return { available: false, reason: 'not-a-repository', detail: `${dir} does not exist` };
  const git = runner(dir, options);
  let prefix: string;
  try {
    const [inside, shallow, showPrefix] = git(['rev-parse', '--is-inside-work-tree', '--is-shallow-repository', '--show-prefix']).toString().split('\n');
    if (inside !== 'true') return { available: false, reason: 'not-a-repository', detail: `${dir} is not in a git work tree` };
    if (shallow === 'true') return { available: false, reason: 'shallow', detail: 'a shallow clone lacks the older versions (clone without --depth)' };
    prefix = showPrefix ?? '';
  } catch (error) {
    const e = error as GitError;
    return { available: false, reason: e.missing ? 'no-git' : 'not-a-repository', detail: e.message };
  }
  try {
    // A blobless or treeless clone would fetch every old version from its remote, one by one.
    const promisor = git(['config', '--get-regexp', '^(extensions\\.partialclone|remote\\..*\\.promisor)$']).toString().trim();
    if (promisor) return { available: false, reason: 'partial-clone', detail: `a partial clone (${promisor.split('\n')[0]}) would fetch old versions over the network` };
  } catch {
    // Exit status 1: no such setting, a full clone.
  }

  let touches: Touch[];
  try {
    const hasHead = (() => {
      try {
        git(['rev-parse', '--verify', '--quiet', 'HEAD']);
        return true;
      } catch {
        return false;
      }
    })();
    if (!hasHead) return { available: true, files: new Map() };
    const log = git(['log', '--first-parent', '--diff-merges=first-parent', '--raw', '--no-abbrev', '-M', '--no-color', '--format=%x1e%H%x1f%cI', '--', '.']);
    touches = parseLog(log.toString('utf8'));
  } catch (error) {
    return { available: false, reason: 'failed', detail: (error as Error).message };
  }

  // Newest first: follow each file back through its renames to the commit that added it.
  const wanted = new Set(names);
  const tracking = new Map<string, string>(names.map((name) => [prefix + name, name]));
  const found = new Map<string, { commit: string; timestamp: string; blob: string }[]>();
  for (const touch of touches) {
    const current = touch.paths[touch.paths.length - 1]!;
    const file = tracking.get(current);
    if (file === undefined || touch.status.startsWith('D')) continue;
    const list = found.get(file) ?? [];
    list.push({ commit: touch.commit, timestamp: touch.timestamp, blob: touch.blob });
    found.set(file, list);
    tracking.delete(current);
    if (touch.status.startsWith('R') && touch.paths.length === 2) tracking.set(touch.paths[0]!, file);
    else if (!touch.status.startsWith('A')) tracking.set(current, file);
  }

  const blobs = [...new Set([...found.values()].flat().map((v) => v.blob))];
  let texts: Map<string, string>;
  try {
    texts = blobs.length === 0 ? new Map() : parseBatch(git(['cat-file', '--batch', '--buffer'], `${blobs.join('\n')}\n`));
  } catch (error) {
    return { available: false, reason: 'failed', detail: (error as Error).message };
  }
  const files = new Map<string, FileVersion[]>();
  for (const [file, versions] of found) {
    if (!wanted.has(file)) continue;
    files.set(
      file,
      versions.reverse().flatMap(({ commit, timestamp, blob }) => {
        const text = texts.get(blob);
        return text === undefined ? [] : [{ commit, timestamp, text }];
      }),
    );
  }
  return { available: true, files };
}
