/**
 * A folder chosen with showDirectoryPicker, read as the files of a collection: every file in it
 * and its subfolders, by its path under the folder's name (as `<input webkitdirectory>` gives
 * them, so both ways bring the same collection). The handle is kept with the collection, so the
 * folder can be read again later; only the shape of it this needs is named here, so that a test
 * can hand in a fake.
 */
import type { FileLike } from '../intake/files.ts';
import type { Entry } from './bring.ts';

export interface FileHandleLike {
  kind: 'file';
  name: string;
  getFile(): Promise<FileLike>;
}

export interface DirectoryLike {
  kind: 'directory';
  name: string;
  values(): AsyncIterable<FileHandleLike | DirectoryLike>;
}

/** The files under a folder, each by its path from the folder (its name first), in any order. */
export async function entriesOfDirectory(folder: DirectoryLike): Promise<Entry[]> {
  const entries: Entry[] = [];
  const walk = async (directory: DirectoryLike, path: string) => {
    for await (const handle of directory.values()) {
      const inner = `${path}/${handle.name}`;
      if (handle.kind === 'directory') await walk(handle, inner);
      else entries.push({ path: inner, file: await handle.getFile() });
    }
  };
  await walk(folder, folder.name);
  return entries;
}
