import { constants } from 'node:fs';
import { access, mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/**
 * Makes sure `dir` is a folder this process can write into, creating the missing ones one level
 * at a time. Not `mkdir(…, { recursive: true })`: on Node 20 that loops forever at 100% CPU
 * under /proc (`docs --out /proc/nope`), where mkdir answers ENOENT for a parent that exists.
 * Throws one clear Error saying what is wrong, for the caller to prefix.
 */
export async function prepareOutDir(dir: string): Promise<string> {
  const target = resolve(dir);
  const missing: string[] = [];
  let existing = target;
  for (;;) {
    const kind = await stat(existing).then(
      (s) => (s.isDirectory() ? 'dir' : 'other'),
      (error: NodeJS.ErrnoException) =>
        error.code === 'ENOENT' || error.code === 'ENOTDIR' ? 'none' : error,
    );
    if (kind === 'dir') break;
    if (kind === 'other') throw new Error(`${existing} is not a folder`);
    if (kind !== 'none') throw new Error(`cannot use ${existing}: ${kind.message}`);
    const parent = dirname(existing);
    if (parent === existing) break;
    missing.unshift(existing);
    existing = parent;
  }
  try {
    await access(existing, constants.W_OK);
  } catch {
    throw new Error(`cannot write into ${existing} (permission denied)`);
  }
  for (const folder of missing) {
    try {
      await mkdir(folder);
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      if (e.code === 'EEXIST') continue;
      throw new Error(`cannot create ${folder}: ${e.code ?? e.message}`, {
        cause: error,
      });
    }
  }
  return target;
}

/** Makes sure the folder of `file` exists and is writable (see prepareOutDir). */
export async function prepareOutFile(file: string): Promise<string> {
  const target = resolve(file);
  const isDir = await stat(target).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (isDir) throw new Error('it is a folder; name a file');
  await prepareOutDir(dirname(target));
  return target;
}
