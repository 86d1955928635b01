//! Where reports go: standard output or `--output`, the temporary page file of
//! a streamed site, and the usage-error exit.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use smo_audit::render::spool::Spool;

pub fn fail_usage(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("smo-audit: {}", msg);
    ExitCode::from(2)
}

/// Write to --output or standard output.
pub fn emit(out: &str, output: Option<&Path>) -> Result<(), ExitCode> {
    match output {
        Some(p) => {
            std::fs::write(p, out).map_err(|e| fail_usage(format!("cannot write {}: {}", p.display(), e)))
        }
        None => {
            print_out(out);
            Ok(())
        }
    }
}

pub fn print_out(s: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    if stdout
        .write_all(s.as_bytes())
        .and_then(|_| stdout.flush())
        .is_err()
    {
        // A closed pipe (`| head`) is not an error of ours.
        return ExitCode::SUCCESS;
    }
    ExitCode::SUCCESS
}

/// Where the report goes: a file (write errors end the run) or standard output
/// (a closed pipe, as with `| head`, is not an error of ours: the rest is dropped).
pub enum Out {
    File(std::io::BufWriter<std::fs::File>, PathBuf),
    Stdout(std::io::BufWriter<std::io::Stdout>, bool),
}

impl Out {
    pub fn open(output: Option<&Path>) -> Result<Out, ExitCode> {
        match output {
            Some(p) => std::fs::File::create(p)
                .map(|f| Out::File(std::io::BufWriter::with_capacity(256 * 1024, f), p.to_path_buf()))
                .map_err(|e| fail_usage(format!("cannot write {}: {}", p.display(), e))),
            None => Ok(Out::Stdout(
                std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout()),
                false,
            )),
        }
    }

    /// Flush; a file that cannot be written is a usage error (exit 2).
    pub fn close(mut self) -> Result<(), ExitCode> {
        let r = self.flush();
        self.check(r)
    }

    /// A write error of a file ends the run; standard output swallows its own
    /// errors, so an error there comes from reading back the spool.
    pub fn check(&self, r: std::io::Result<()>) -> Result<(), ExitCode> {
        match (r, self) {
            (Err(e), Out::File(_, p)) => Err(fail_usage(format!("cannot write {}: {}", p.display(), e))),
            (Err(e), Out::Stdout(..)) => Err(fail_usage(e)),
            _ => Ok(()),
        }
    }
}

impl Write for Out {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Out::File(w, _) => w.write(buf),
            Out::Stdout(w, broken) => {
                if !*broken && w.write_all(buf).is_err() {
                    *broken = true;
                }
                Ok(buf.len())
            }
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Out::File(w, _) => w.flush(),
            Out::Stdout(w, broken) => {
                if !*broken && w.flush().is_err() {
                    *broken = true;
                }
                Ok(())
            }
        }
    }
}

/// A temporary file for the page pieces: unnamed right after it is made on Unix,
/// removed when dropped elsewhere (also on errors).
pub struct TempFile {
    path: PathBuf,
    pub file: std::fs::File,
}

impl TempFile {
    pub fn new() -> Result<TempFile, String> {
        let dir = std::env::temp_dir();
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let mut last = String::new();
        for i in 0..16u32 {
            let path = dir.join(format!(
                "smo-audit-{}-{:08x}-{}.spool",
                std::process::id(),
                nanos,
                i
            ));
            match std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .create_new(true)
                .open(&path)
            {
                Ok(file) => {
                    // On Unix the name goes at once: the open file lives on until
                    // the process ends, so an interrupted run (Ctrl-C, a kill, a
                    // crash) leaves nothing behind. Elsewhere `Drop` removes it.
                    #[cfg(unix)]
                    let _ = std::fs::remove_file(&path);
                    return Ok(TempFile { path, file });
                }
                Err(e) => last = e.to_string(),
            }
        }
        Err(format!(
            "cannot create a temporary file in {}: {}{}",
            dir.display(),
            last,
            TMP_HINT
        ))
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// What a user can do when the temporary page file cannot be made or written.
const TMP_HINT: &str = " (point TMPDIR at a writable folder with room for the report, or use --format text / github, which need no temporary file)";

pub fn spool_write_error(tmp: Option<&TempFile>, e: std::io::Error) -> String {
    format!(
        "cannot write the temporary page file {}: {}{}",
        tmp.map(|t| t.path.display().to_string()).unwrap_or_default(),
        e,
        TMP_HINT
    )
}

/// The page pieces on their way out: straight to the output when the pages come
/// first (text, github), else into the spool.
pub enum Dest<'a> {
    Direct,
    Spool(Spool<&'a std::fs::File>),
}
