// Files and streams of the bin: errors worded as the native CLI's, writes to
// standard output that survive a full pipe (EAGAIN) and a closed one (EPIPE,
// as with `| head`: the rest is dropped, not an error), the outputs of a run
// (`--format NAME[=FILE]`, `--output`) and their temporary page files.

import { closeSync, openSync, readFileSync, readSync, unlinkSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// A file error worded as the native CLI's (Rust's io::Error): "No such file or
// directory (os error 2)"; other errors keep Node's message.
const OS_ERRORS = {
  ENOENT: "No such file or directory",
  EACCES: "Permission denied",
  EPERM: "Operation not permitted",
  EISDIR: "Is a directory",
  ENOTDIR: "Not a directory",
  ENOSPC: "No space left on device",
  EROFS: "Read-only file system",
  EMFILE: "Too many open files",
};

export function ioMessage(e) {
  const text = OS_ERRORS[e.code];
  return text && typeof e.errno === "number" ? `${text} (os error ${Math.abs(e.errno)})` : e.message;
}

/** An input or output error: `smo-audit: MESSAGE` on standard error, exit 2. */
export class Fail extends Error {}

/** A whole file as UTF-8 text, refusing other bytes (as Rust's read_to_string). */
export function readText(path) {
  const bytes = readFileSync(path);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new Error("stream did not contain valid UTF-8");
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));
let stdoutClosed = false;

/** Write all bytes to a file descriptor; standard output's closed pipe is dropped. */
export function writeAll(fd, bytes) {
  let off = 0;
  while (off < bytes.length) {
    if (fd === 1 && stdoutClosed) return;
    try {
      off += writeSync(fd, bytes, off, bytes.length - off);
    } catch (e) {
      if (e.code === "EAGAIN") {
        Atomics.wait(pause, 0, 0, 5);
        continue;
      }
      if (fd === 1 && e.code === "EPIPE") {
        stdoutClosed = true;
        return;
      }
      throw e;
    }
  }
}

const encoder = new TextEncoder();

/** Write text to standard output. */
export function out(text) {
  writeAll(1, encoder.encode(text));
}

/** Write a whole output to its file (or standard output when null). */
export function emit(text, file) {
  if (file == null) return out(text);
  let fd;
  try {
    fd = openSync(file, "w");
    writeAll(fd, encoder.encode(text));
  } catch (e) {
    throw new Fail(`cannot write ${file}: ${ioMessage(e)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const TMP_HINT =
  " (point TMPDIR at a writable folder with room for the report, or use --format text / github, which need no temporary file)";

/**
 * The outputs of a streamed site (the engine's SiteRun `io`): each target's
 * file (opened now with `openAll`, or at its first write) or standard output,
 * and a temporary page file per spooled target, unnamed as soon as it is made.
 */
export class Outputs {
  constructor(files) {
    this.files = files;
    this.fds = [];
    this.spools = [];
  }
  open(i) {
    if (this.fds[i] !== undefined) return this.fds[i];
    const f = this.files[i];
    if (f == null) return (this.fds[i] = 1);
    try {
      this.fds[i] = openSync(f, "w");
    } catch (e) {
      throw new Fail(`cannot write ${f}: ${ioMessage(e)}`);
    }
    return this.fds[i];
  }
  openAll() {
    this.files.forEach((_, i) => this.open(i));
  }
  write(i, bytes) {
    const fd = this.open(i);
    try {
      writeAll(fd, bytes);
    } catch (e) {
      throw new Fail(`cannot write ${this.files[i] ?? "standard output"}: ${ioMessage(e)}`);
    }
  }
  spool(i) {
    if (this.spools[i] !== undefined) return this.spools[i];
    const dir = tmpdir();
    let last;
    for (let n = 0; n < 16; n++) {
      const path = join(dir, `smo-audit-${process.pid}-${Math.random().toString(16).slice(2, 10)}-${i}.spool`);
      try {
        const fd = openSync(path, "wx+");
        // The name goes at once: an interrupted run leaves nothing behind (Unix).
        try {
          unlinkSync(path);
        } catch {
          // Windows: removed in close().
          this.spoolNames = [...(this.spoolNames ?? []), path];
        }
        return (this.spools[i] = fd);
      } catch (e) {
        last = e;
      }
    }
    throw new Fail(`cannot create a temporary file in ${dir}: ${ioMessage(last)}${TMP_HINT}`);
  }
  spoolWrite(i, bytes) {
    try {
      writeAll(this.spool(i), bytes);
    } catch (e) {
      if (e instanceof Fail) throw e;
      throw new Fail(`cannot write the temporary page file: ${ioMessage(e)}${TMP_HINT}`);
    }
  }
  spoolRead(i, position, length) {
    const buf = Buffer.allocUnsafe(length);
    const n = readSync(this.spool(i), buf, 0, length, position);
    return buf.subarray(0, n);
  }
  close() {
    for (const fd of [...this.fds, ...this.spools]) {
      if (fd !== undefined && fd > 2) closeSync(fd);
    }
    for (const p of this.spoolNames ?? []) {
      try {
        unlinkSync(p);
      } catch {
        // already gone
      }
    }
  }
}
