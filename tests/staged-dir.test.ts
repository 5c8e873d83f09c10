import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { publishStaged, removeAbandoned, stagingDirFor } from '../src/lib/staged-dir.ts';

// Above Linux's largest pid (2^22), so no process has it: a build that is gone.
const GONE = 4_194_305;

let parent: string;
let target: string;
beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'staged-dir-'));
  target = join(parent, 'dist');
});

function folder(path: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(path, name, '..'), { recursive: true });
    writeFileSync(join(path, name), text);
  }
}

describe('stagingDirFor', () => {
  it('is a hidden sibling of the target named after the build’s process', () => {
    expect(stagingDirFor('/srv/site/dist', 123)).toBe('/srv/site/.dist.building-123');
  });
});

describe('publishStaged', () => {
  it('replaces the old target whole: none of its files survive, nothing is left beside it', () => {
    folder(target, { 'index.html': 'old', 'gone/index.html': 'old page' });
    const staged = stagingDirFor(target);
    folder(staged, { 'index.html': 'new' });
    publishStaged(staged, target);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(join(target, 'gone'))).toBe(false);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('publishes when there was no target yet', () => {
    const staged = stagingDirFor(target);
    folder(staged, { 'index.html': 'new' });
    publishStaged(staged, target);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('puts the old target back when the staged folder cannot be moved in', () => {
    folder(target, { 'index.html': 'old' });
    expect(() => publishStaged(join(parent, 'no-such-folder'), target)).toThrow(/ENOENT/);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('old');
    expect(readdirSync(parent)).toEqual(['dist']);
  });
});

describe('removeAbandoned', () => {
  it('removes the staging and old folders of builds that are gone, and keeps those of running ones', () => {
    folder(target, { 'index.html': 'published' });
    folder(join(parent, `.dist.building-${GONE}`), { 'index.html': 'half' });
    folder(join(parent, `.dist.old-${GONE}`), { 'index.html': 'replaced' });
    folder(join(parent, `.dist.building-${process.pid}`), { 'index.html': 'in progress' });
    folder(join(parent, `.other.building-${GONE}`), { 'index.html': 'another target' });
    expect(removeAbandoned(target).sort()).toEqual([join(parent, `.dist.building-${GONE}`), join(parent, `.dist.old-${GONE}`)]);
    expect(readdirSync(parent).sort()).toEqual([`.dist.building-${process.pid}`, `.other.building-${GONE}`, 'dist']);
  });

  it('does nothing when the target’s folder does not exist', () => {
    expect(removeAbandoned(join(parent, 'missing', 'dist'))).toEqual([]);
  });
});
