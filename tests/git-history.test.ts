import { renameSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readFolderHistory } from '../src/lib/git-history.ts';
import { git, tempRepo, type TempRepo } from './helpers/git.ts';

const repos: TempRepo[] = [];
const dirs: string[] = [];
afterEach(() => {
  repos.splice(0).forEach((repo) => repo.remove());
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

function repo(): TempRepo {
  const r = tempRepo();
  repos.push(r);
  return r;
}

describe('reading a folder’s versions from git', () => {
  it('gives every version of each file, oldest first, with the commit and its date', () => {
    const r = repo();
    const first = r.commit({ 'content/vendors/a.mdx': 'a1', 'content/vendors/b.mdx': 'b1', 'README.md': 'x' }, '2026-01-10');
    const second = r.commit({ 'content/vendors/a.mdx': 'a2' }, '2026-02-10');
    r.commit({ 'README.md': 'y' }, '2026-03-10');
    const history = readFolderHistory(join(r.root, 'content', 'vendors'), ['a.mdx', 'b.mdx', 'new.mdx']);
    expect(history.available).toBe(true);
    if (!history.available) return;
    expect(history.files.get('a.mdx')).toEqual([
      { commit: first, timestamp: '2026-01-10T12:00:00+01:00', text: 'a1' },
      { commit: second, timestamp: '2026-02-10T12:00:00+01:00', text: 'a2' },
    ]);
    expect(history.files.get('b.mdx')?.map((v) => v.text)).toEqual(['b1']);
    expect(history.files.has('new.mdx')).toBe(false);
  });

  it('follows a file through a rename inside the folder, and not past its deletion', () => {
    const r = repo();
    r.commit({ 'vendors/old.mdx': 'v1' }, '2026-01-01');
    git(r.root, ['mv', 'vendors/old.mdx', 'vendors/renamed.mdx']);
    r.commit({}, '2026-01-02');
    r.commit({ 'vendors/renamed.mdx': 'v1\nv2' }, '2026-01-03');
    r.commit({ 'vendors/gone.mdx': 'first life' }, '2026-01-04');
    r.commit({ 'vendors/gone.mdx': null }, '2026-01-05');
    r.commit({ 'vendors/gone.mdx': 'second life' }, '2026-01-06');
    const history = readFolderHistory(join(r.root, 'vendors'), ['renamed.mdx', 'gone.mdx']);
    if (!history.available) throw new Error(history.detail);
    expect(history.files.get('renamed.mdx')?.map((v) => [v.timestamp.slice(0, 10), v.text])).toEqual([
      ['2026-01-01', 'v1'],
      ['2026-01-02', 'v1'],
      ['2026-01-03', 'v1\nv2'],
    ]);
    expect(history.files.get('gone.mdx')?.map((v) => v.text)).toEqual(['second life']);
  });

  it('dates a change merged from a branch when it was merged', () => {
    const r = repo();
    r.commit({ 'vendors/a.mdx': 'a1' }, '2026-01-01');
    git(r.root, ['checkout', '-q', '-b', 'edit']);
    r.commit({ 'vendors/a.mdx': 'a2' }, '2026-01-02');
    git(r.root, ['checkout', '-q', 'main']);
    r.commit({ 'other.txt': 'x' }, '2026-01-03');
    git(r.root, ['merge', '-q', '--no-ff', '-m', 'merge', 'edit'], { GIT_AUTHOR_DATE: '2026-01-09T12:00:00+01:00', GIT_COMMITTER_DATE: '2026-01-09T12:00:00+01:00' });
    const history = readFolderHistory(join(r.root, 'vendors'), ['a.mdx']);
    if (!history.available) throw new Error(history.detail);
    expect(history.files.get('a.mdx')?.map((v) => [v.timestamp.slice(0, 10), v.text])).toEqual([
      ['2026-01-01', 'a1'],
      ['2026-01-09', 'a2'],
    ]);
  });

  it('says history is not available in a shallow clone', () => {
    const r = repo();
    r.commit({ 'vendors/a.mdx': 'a1' }, '2026-01-01');
    r.commit({ 'vendors/a.mdx': 'a2' }, '2026-01-02');
    const parent = mkdtempSync(join(tmpdir(), 'eu-crm-shallow-'));
    dirs.push(parent);
    git(parent, ['clone', '-q', '--depth', '1', `file://${r.root}`, 'clone']);
    expect(readFolderHistory(join(parent, 'clone', 'vendors'), ['a.mdx'])).toMatchObject({ available: false, reason: 'shallow' });
  });

  it('says so outside a repository and without git, instead of failing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eu-crm-nogit-'));
    dirs.push(dir);
    expect(readFolderHistory(dir, ['a.mdx'])).toMatchObject({ available: false, reason: 'not-a-repository' });
    const r = repo();
    r.commit({ 'vendors/a.mdx': 'a1' }, '2026-01-01');
    expect(readFolderHistory(join(r.root, 'vendors'), ['a.mdx'], { git: 'git-that-is-not-installed' })).toMatchObject({ available: false, reason: 'no-git' });
  });

  it('gives no versions in a repository without commits, and none for a file not yet committed', () => {
    const r = repo();
    expect(readFolderHistory(r.root, ['a.mdx'])).toEqual({ available: true, files: new Map() });
    r.commit({ 'vendors/a.mdx': 'a1' }, '2026-01-01');
    renameSync(join(r.root, 'vendors', 'a.mdx'), join(r.root, 'vendors', 'b.mdx'));
    const history = readFolderHistory(join(r.root, 'vendors'), ['b.mdx']);
    expect(history.available && history.files.has('b.mdx')).toBe(false);
  });
});
