//! The page pieces of a streamed output, in page order: an append-only
//! [`Spool`] (a temporary file in the CLI) read back as [`Pages`], or the pieces
//! of an in-memory report ([`MemPages`]). The spool knows nothing of formats:
//! the separator between pieces is the renderer's ([`super::Renderer::separator`]).

use std::io::{self, BufWriter, Read, Seek, SeekFrom, Write};

/// Append-only store of the page pieces, in page order, with each piece's place.
pub struct Spool<F: Write> {
    w: BufWriter<F>,
    index: Vec<(u64, u64)>,
    len: u64,
    any: bool,
    sep: &'static str,
}

impl<F: Read + Write + Seek> Spool<F> {
    /// `sep` (the renderer's separator) goes between two non-empty pieces.
    pub fn new(f: F, sep: &'static str) -> Spool<F> {
        Spool {
            w: BufWriter::with_capacity(256 * 1024, f),
            index: Vec::new(),
            len: 0,
            any: false,
            sep,
        }
    }

    pub fn push(&mut self, piece: &str) -> io::Result<()> {
        if !piece.is_empty() && self.any && !self.sep.is_empty() {
            self.w.write_all(self.sep.as_bytes())?;
            self.len += self.sep.len() as u64;
        }
        self.index.push((self.len, piece.len() as u64));
        self.w.write_all(piece.as_bytes())?;
        self.len += piece.len() as u64;
        self.any |= !piece.is_empty();
        Ok(())
    }

    /// Done writing: the pieces, ready to be read back.
    pub fn finish(self) -> io::Result<Pages<F>> {
        let f = self.w.into_inner().map_err(|e| e.into_error())?;
        Ok(Pages {
            f,
            index: self.index,
            len: self.len,
            any: self.any,
        })
    }
}

/// The spooled pieces, read back at the end.
pub struct Pages<F> {
    f: F,
    index: Vec<(u64, u64)>,
    len: u64,
    any: bool,
}

/// Where `Renderer::finish` reads the page pieces from.
pub trait PageSource {
    /// Copy every piece (with the separators) to `out`.
    fn copy_to(&mut self, out: &mut dyn Write) -> io::Result<()>;
    /// The piece of page `i`.
    fn piece(&mut self, i: usize) -> io::Result<String>;
    /// True when at least one piece is not empty.
    fn any(&self) -> bool;
    /// How many pieces there are (empty ones too: one a page).
    fn count(&self) -> usize;
}

impl<F: Read + Seek> PageSource for Pages<F> {
    fn copy_to(&mut self, out: &mut dyn Write) -> io::Result<()> {
        self.f.seek(SeekFrom::Start(0)).map_err(spool_error)?;
        let mut left = self.len;
        let mut buf = vec![0; 256 * 1024];
        while left > 0 {
            let want = buf.len().min(usize::try_from(left).unwrap_or(buf.len()));
            let got = self.f.read(&mut buf[..want]).map_err(spool_error)?;
            if got == 0 {
                return Err(spool_error(io::ErrorKind::UnexpectedEof.into()));
            }
            out.write_all(&buf[..got])?;
            left -= got as u64;
        }
        Ok(())
    }
    fn piece(&mut self, i: usize) -> io::Result<String> {
        let Some(&(at, len)) = self.index.get(i) else {
            return Ok(String::new());
        };
        self.f.seek(SeekFrom::Start(at)).map_err(spool_error)?;
        let mut buf = vec![0; usize::try_from(len).unwrap_or(0)];
        self.f.read_exact(&mut buf).map_err(spool_error)?;
        Ok(String::from_utf8_lossy(&buf).into_owned())
    }
    fn any(&self) -> bool {
        self.any
    }
    fn count(&self) -> usize {
        self.index.len()
    }
}

/// The pieces of an in-memory report (`render_whole`): kept as strings, no
/// file, no seeking. Empty (the default): no pieces, for a `finish` whose pages
/// were already written out.
#[derive(Debug, Default)]
pub struct MemPages {
    pieces: Vec<String>,
    sep: &'static str,
}

impl MemPages {
    /// `sep` goes between two non-empty pieces.
    pub fn new(sep: &'static str) -> MemPages {
        MemPages {
            pieces: Vec::new(),
            sep,
        }
    }

    pub fn push(&mut self, piece: String) {
        self.pieces.push(piece);
    }
}

impl PageSource for MemPages {
    fn copy_to(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let mut first = true;
        for p in self.pieces.iter().filter(|p| !p.is_empty()) {
            if !first {
                out.write_all(self.sep.as_bytes())?;
            }
            first = false;
            out.write_all(p.as_bytes())?;
        }
        Ok(())
    }
    fn piece(&mut self, i: usize) -> io::Result<String> {
        Ok(self.pieces.get(i).cloned().unwrap_or_default())
    }
    fn any(&self) -> bool {
        self.pieces.iter().any(|p| !p.is_empty())
    }
    fn count(&self) -> usize {
        self.pieces.len()
    }
}

/// A read error of the spool, told apart from a write error of the output.
fn spool_error(e: io::Error) -> io::Error {
    io::Error::new(e.kind(), format!("reading back the temporary page file: {}", e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spool_reads_pieces_back_by_index() {
        let mut sp = Spool::new(io::Cursor::new(Vec::new()), ",\n");
        for p in ["a", "", "bé", "c"] {
            sp.push(p).unwrap();
        }
        let mut pages = sp.finish().unwrap();
        let mut all = Vec::new();
        pages.copy_to(&mut all).unwrap();
        assert_eq!(String::from_utf8(all).unwrap(), "a,\nbé,\nc");
        assert_eq!(pages.piece(2).unwrap(), "bé");
        assert_eq!(pages.piece(1).unwrap(), "");
        assert_eq!(pages.piece(9).unwrap(), "");
        assert!(pages.any());
    }

    #[test]
    fn memory_pages_join_like_the_spool() {
        let mut mem = MemPages::new(",\n");
        for p in ["a", "", "bé", "c"] {
            mem.push(p.to_string());
        }
        let mut all = Vec::new();
        mem.copy_to(&mut all).unwrap();
        assert_eq!(String::from_utf8(all).unwrap(), "a,\nbé,\nc");
        assert_eq!(mem.piece(2).unwrap(), "bé");
        assert!(mem.any() && !MemPages::default().any());
    }
}
