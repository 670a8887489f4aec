import { chmod, mkdir, mkdtemp, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Replace a whole output folder at once. Files are written (and flushed) into a temporary folder beside it; only
 * when every file is complete is the old folder swapped out by two renames on the same file system. A build that
 * fails or is killed while writing leaves the previous output untouched (and a stray temp folder, removed by the
 * next build). The output folder belongs to the build: files the build did not write do not survive a swap.
 */

export type OutputFile = { name: string; content: string };
/** Injected in tests to make a write fail midway. */
export type WriteFileFn = (path: string, content: string) => Promise<void>;

export async function writeFolderAtomically(outDir: string, files: readonly OutputFile[], writeFile: WriteFileFn = writeAndFlush): Promise<void> {
  const target = resolve(outDir);
  const parent = dirname(target);
  const base = basename(target);
  await mkdir(parent, { recursive: true });
  await removeLeftovers(parent, base);

  const temp = await mkdtemp(join(parent, `.${base}.tmp-`));
  try {
    // mkdtemp makes the folder private (0700); the published folder must be readable by a web server.
    await chmod(temp, 0o755);
    for (const file of files) await writeFile(join(temp, file.name), file.content);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }

  const old = `${temp.replace('.tmp-', '.old-')}`;
  const hadOutput = await exists(target);
  if (hadOutput) await rename(target, old);
  try {
    await rename(temp, target);
  } catch (error) {
    if (hadOutput) await rename(old, target);
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  if (hadOutput) await rm(old, { recursive: true, force: true });
}

async function writeAndFlush(path: string, content: string): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Temp and backup folders of an earlier build that was interrupted. */
async function removeLeftovers(parent: string, base: string): Promise<void> {
  for (const name of await readdir(parent)) {
    if (name.startsWith(`.${base}.tmp-`) || name.startsWith(`.${base}.old-`)) {
      await rm(join(parent, name), { recursive: true, force: true });
    }
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
