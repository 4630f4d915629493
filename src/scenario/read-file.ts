/**
 * Reads a file only if it is a regular file no larger than a cap. A scenario can name any
 * path (`parameter_file: /dev/zero`), so a device, FIFO or socket is refused before it is
 * read (reading /dev/zero never ends), and at most cap + 1 bytes are read so that a file
 * growing between the check and the read cannot get past the cap.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { byteSize } from './limits.js';

export type FileRead =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: string; readonly tooLarge: boolean };

const refused = (reason: string, tooLarge = false): FileRead => ({ ok: false, reason, tooLarge });

/** Why a path that exists cannot be read as a file, or undefined for a regular file. */
function kindProblem(s: Stats): string | undefined {
  if (s.isFile()) return undefined;
  if (s.isDirectory()) return 'it is a directory';
  return 'it is not a regular file (a device, a FIFO or a socket)';
}

function errnoReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'ENOTDIR') return 'a part of the path is not a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'no permission to read it';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'ELOOP') return 'too many symbolic links';
  if (code === 'ENXIO') return 'it is not a regular file (a device, a FIFO or a socket)';
  return code ?? 'it cannot be read';
}

/** The text of the file at path (UTF-8), or why not. */
export function readRegularFile(path: string, capBytes: number): FileRead {
  const tooLarge = (size: string) => refused(`it is ${size}, larger than the ${byteSize(capBytes)} limit`, true);
  let fd: number;
  try {
    // stat first so that a device is never opened; the descriptor is checked again below.
    const problem = kindProblem(statSync(path));
    if (problem) return refused(problem);
    // O_NONBLOCK: a FIFO swapped in after the stat must not block the open.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (err) {
    return refused(errnoReason(err));
  }
  try {
    const s = fstatSync(fd);
    const problem = kindProblem(s);
    if (problem) return refused(problem);
    if (s.size > capBytes) return tooLarge(byteSize(s.size));
    const buf = Buffer.alloc(capBytes + 1);
    let n = 0;
    while (n < buf.length) {
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
    }
    if (n > capBytes) return tooLarge(`more than ${byteSize(capBytes)}`);
    return { ok: true, text: buf.toString('utf8', 0, n) };
  } catch (err) {
    return refused(errnoReason(err));
  } finally {
    closeSync(fd);
  }
}
