//! The embedded fonts and the text measurement that the layout relies on.
//!
//! The PDF uses Liberation Sans 2.1.5 (SIL Open Font License, see `fonts/OFL.txt`): it covers all of
//! French (accents, œ/Œ, « », ’, …, non-breaking and narrow non-breaking spaces) and is metrically
//! compatible with Arial, so the document looks familiar once printed. The font files are compiled
//! into the binary, so a PDF never depends on the fonts installed on the machine that builds it;
//! krilla embeds only the glyphs actually used (subsetting).
//!
//! Text is shaped once, here, with rustybuzz (kerning included), and the very same glyphs and
//! advances are later handed to krilla: the width the layout measured is exactly the width drawn,
//! so a line can never overflow its column because of a measurement/drawing mismatch.

use std::fmt;

use krilla::text::{Font, GlyphId, KrillaGlyph};
use rustybuzz::{Face, UnicodeBuffer};

use super::PdfError;

const REGULAR: &[u8] = include_bytes!("fonts/LiberationSans-Regular.ttf");
const BOLD: &[u8] = include_bytes!("fonts/LiberationSans-Bold.ttf");
const ITALIC: &[u8] = include_bytes!("fonts/LiberationSans-Italic.ttf");

/// The three faces of the document. Bold italic is drawn with the bold face: a charter has no
/// real use for it, and leaving it out keeps the repository and the PDF smaller.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FontStyle {
    Regular,
    Bold,
    Italic,
}

impl FontStyle {
    /// The face used for a combination of emphasis flags.
    pub fn from_flags(bold: bool, italic: bool) -> FontStyle {
        match (bold, italic) {
            (true, _) => FontStyle::Bold,
            (false, true) => FontStyle::Italic,
            (false, false) => FontStyle::Regular,
        }
    }
}

/// One shaped glyph, with advance and offsets in em units (multiply by the font size to get
/// points), and the byte range of the text it stands for.
#[derive(Debug, Clone, PartialEq)]
pub struct ShapedGlyph {
    pub id: u16,
    pub advance: f32,
    pub x_offset: f32,
    pub y_offset: f32,
    pub cluster: std::ops::Range<usize>,
}

/// A piece of text in one face, shaped: its glyphs and its total advance in em units.
#[derive(Debug, Clone, PartialEq)]
pub struct Shaped {
    pub text: String,
    pub glyphs: Vec<ShapedGlyph>,
    pub advance: f32,
}

impl Shaped {
    /// Width in points at `size`.
    pub fn width(&self, size: f32) -> f32 {
        self.advance * size
    }
}

struct Face3 {
    krilla: Font,
    shaper: Face<'static>,
    units_per_em: f32,
}

/// The document's fonts, ready both for measuring (rustybuzz) and for drawing (krilla).
pub struct Fonts {
    faces: [Face3; 3],
}

impl fmt::Debug for Fonts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Fonts(Liberation Sans regular, bold, italic)")
    }
}

impl Fonts {
    /// Parses the embedded fonts. Fails only if a font file is corrupt, which a test guards against.
    pub fn load() -> Result<Fonts, PdfError> {
        Ok(Fonts {
            faces: [
                face(REGULAR, "regular")?,
                face(BOLD, "bold")?,
                face(ITALIC, "italic")?,
            ],
        })
    }

    fn face(&self, style: FontStyle) -> &Face3 {
        match style {
            FontStyle::Regular => &self.faces[0],
            FontStyle::Bold => &self.faces[1],
            FontStyle::Italic => &self.faces[2],
        }
    }

    /// The krilla font of a face, for drawing.
    pub fn krilla(&self, style: FontStyle) -> Font {
        self.face(style).krilla.clone()
    }

    /// Whether the face has a glyph for `c`.
    pub fn covers(&self, style: FontStyle, c: char) -> bool {
        self.face(style).shaper.glyph_index(c).is_some()
    }

    /// Shapes `text` in one face. Characters the font lacks are replaced first (see
    /// [`Fonts::fallback`]), because PDF/A forbids drawing the `.notdef` glyph.
    pub fn shape(&self, style: FontStyle, text: &str) -> Shaped {
        let face = self.face(style);
        let text: String = text
            .chars()
            .map(|c| {
                if face.shaper.glyph_index(c).is_some() {
                    c
                } else {
                    fallback(c)
                }
            })
            .collect();
        if text.is_empty() {
            return Shaped {
                text,
                glyphs: Vec::new(),
                advance: 0.0,
            };
        }
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(&text);
        buffer.set_direction(rustybuzz::Direction::LeftToRight);
        let output = rustybuzz::shape(&face.shaper, &[], buffer);
        let infos = output.glyph_infos();
        let positions = output.glyph_positions();
        let upem = face.units_per_em;
        let mut glyphs = Vec::with_capacity(infos.len());
        let mut advance = 0.0;
        for (i, (info, pos)) in infos.iter().zip(positions).enumerate() {
            let start = info.cluster as usize;
            // Left-to-right: the cluster ends where the next different cluster starts.
            let end = infos[i..]
                .iter()
                .map(|next| next.cluster as usize)
                .find(|&c| c != start)
                .unwrap_or(text.len());
            let glyph = ShapedGlyph {
                id: u16::try_from(info.glyph_id).unwrap_or(0),
                advance: pos.x_advance as f32 / upem,
                x_offset: pos.x_offset as f32 / upem,
                y_offset: pos.y_offset as f32 / upem,
                cluster: start..end.max(start),
            };
            advance += glyph.advance;
            glyphs.push(glyph);
        }
        Shaped {
            text,
            glyphs,
            advance,
        }
    }

    /// Width in points of `text` in `style` at `size`.
    pub fn width(&self, style: FontStyle, size: f32, text: &str) -> f32 {
        self.shape(style, text).width(size)
    }
}

/// A character drawn instead of one the font does not have: a close equivalent when there is one,
/// otherwise a visible question mark (never the `.notdef` box, which PDF/A forbids).
pub fn fallback(c: char) -> char {
    match c {
        '\u{202F}' | '\u{2007}' | '\u{2009}' | '\u{200A}' => '\u{00A0}',
        '\u{2018}' | '\u{201B}' => '\'',
        '\u{2011}' => '-',
        c if c.is_whitespace() => ' ',
        c if c.is_control() => ' ',
        _ => '?',
    }
}

fn face(data: &'static [u8], name: &str) -> Result<Face3, PdfError> {
    let broken = || PdfError::Font(format!("the embedded {name} font cannot be parsed"));
    let shaper = Face::from_slice(data, 0).ok_or_else(broken)?;
    let krilla = Font::new(data.into(), 0).ok_or_else(broken)?;
    let units_per_em = shaper.units_per_em() as f32;
    Ok(Face3 {
        krilla,
        shaper,
        units_per_em,
    })
}

/// Converts shaped glyphs (advances already final, clusters relative to the run's text) to
/// krilla's glyph type.
pub fn to_krilla(glyphs: &[ShapedGlyph]) -> Vec<KrillaGlyph> {
    glyphs
        .iter()
        .map(|g| {
            KrillaGlyph::new(
                GlyphId::new(u32::from(g.id)),
                g.advance,
                g.x_offset,
                g.y_offset,
                0.0,
                g.cluster.clone(),
                None,
            )
        })
        .collect()
}
