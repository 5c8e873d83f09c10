import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * A folder that is replaced whole or not at all: a build writes into a staging folder beside the
 * target (so moving it is a rename on the same file system, never a copy) and `publishStaged`
 * puts it in place once every step has succeeded. The names carry the build's process id, so a
 * build that was killed can be told apart from one that is running.
 */
const sibling = (target: string, kind: 'building' | 'old', pid: number) => join(dirname(target), `.${basename(target)}.${kind}-${pid}`);

/** Where the build of `target` writes before it is published. */
export function stagingDirFor(target: string, pid = process.pid): string {
  return sibling(target, 'building', pid);
}

/**
 * Replaces `target` by `staged`. The old target is moved aside first and removed only after the
 * new one is in place; if the second rename fails, the old one goes back. Between the two renames
 * there is no target at all, never a mix of old and new files.
 */
export function publishStaged(staged: string, target: string, pid = process.pid): void {
  const old = sibling(target, 'old', pid);
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, old);
  try {
    renameSync(staged, target);
  } catch (error) {
    if (hadTarget) renameSync(old, target);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}

/** Removes the staging and old folders of `target` that builds left behind when they were killed. */
export function removeAbandoned(target: string): string[] {
  const parent = dirname(target);
  if (!existsSync(parent)) return [];
  const pattern = new RegExp(`^\\.${escape(basename(target))}\\.(?:building|old)-(\\d+)$`);
  const removed: string[] = [];
  for (const name of readdirSync(parent)) {
    const pid = pattern.exec(name)?.[1];
    if (pid === undefined || isRunning(Number(pid))) continue;
    rmSync(join(parent, name), { recursive: true, force: true });
    removed.push(join(parent, name));
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
