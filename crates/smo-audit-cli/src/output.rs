//! Where reports go: standard output or `--output`, the temporary page file of
//! a streamed site, and the usage-error exit.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use smo_audit::render::spool::{MemPages, Spool};
use smo_audit::render::{Renderer, Setup as RenderSetup, SiteEnd};
use smo_audit::Report;

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

pub use smo_audit::run::Target;

/// One output of a streamed site: its renderer, where it goes, and its page
/// pieces (straight to the output when the format puts the pages first and the
/// output is open, else spooled to a temporary file).
struct Sink {
    path: Option<String>,
    out: Option<Out>,
    spool: Option<(TempFile, Spool<std::fs::File>)>,
}

/// Every output of a streamed site (`--format` given several times).
pub struct Sinks {
    renderers: Vec<Box<dyn Renderer>>,
    sinks: Vec<Sink>,
}

impl Sinks {
    /// The outputs; `open_now`: create the files at once (a folder: a wrong
    /// path fails before any page is audited) or only at the end (a crawl:
    /// nothing is written when no page could be fetched).
    pub fn new(targets: &[Target], setup: &RenderSetup, open_now: bool) -> Result<Sinks, ExitCode> {
        let mut sinks = Vec::new();
        let mut renderers = Vec::new();
        for t in targets {
            let renderer = t.format.renderer(setup.clone());
            let out = if open_now {
                Some(Out::open(t.path.as_deref().map(Path::new))?)
            } else {
                None
            };
            let spool = if renderer.pages_first() && out.is_some() {
                None
            } else {
                let tmp = TempFile::new().map_err(fail_usage)?;
                let f = tmp
                    .file
                    .try_clone()
                    .map_err(|e| fail_usage(spool_write_error(Some(&tmp), e)))?;
                let sp = Spool::new(f, renderer.separator());
                Some((tmp, sp))
            };
            sinks.push(Sink {
                path: t.path.clone(),
                out,
                spool,
            });
            renderers.push(renderer);
        }
        Ok(Sinks { renderers, sinks })
    }

    /// Every output's renderer, in the order of the targets.
    pub fn renderers(&self) -> &[Box<dyn Renderer>] {
        &self.renderers
    }

    /// Every output's piece of one page (may run on any thread).
    pub fn pieces(&self, r: &Report, label: &str) -> Vec<String> {
        self.renderers.iter().map(|x| x.piece(r, label)).collect()
    }

    /// Add one page's pieces, in page order; `direct` wraps a write to a
    /// terminal (to keep it clear of a progress bar).
    pub fn push(&mut self, pieces: Vec<String>, direct: &dyn Fn(&mut dyn FnMut())) -> Result<(), ExitCode> {
        for (s, piece) in self.sinks.iter_mut().zip(pieces) {
            match (&mut s.spool, &mut s.out) {
                (Some((tmp, sp)), _) => {
                    if let Err(e) = sp.push(&piece) {
                        return Err(fail_usage(spool_write_error(Some(tmp), e)));
                    }
                }
                (None, Some(out)) => {
                    let mut r = Ok(());
                    direct(&mut || r = out.write_all(piece.as_bytes()));
                    out.check(r)?;
                }
                (None, None) => {}
            }
        }
        Ok(())
    }

    /// Write what needs the whole site around each output's pages, and close.
    pub fn finish(self, end: &mut SiteEnd) -> Result<(), ExitCode> {
        for (s, renderer) in self.sinks.into_iter().zip(self.renderers) {
            let mut out = match s.out {
                Some(o) => o,
                None => Out::open(s.path.as_deref().map(Path::new))?,
            };
            let w = match s.spool {
                None => renderer.finish(&mut out, end, &mut MemPages::default()),
                Some((tmp, sp)) => match sp.finish() {
                    Ok(mut pages) => renderer.finish(&mut out, end, &mut pages),
                    Err(e) => return Err(fail_usage(spool_write_error(Some(&tmp), e))),
                },
            };
            out.check(w)?;
            out.close()?;
        }
        Ok(())
    }
}
