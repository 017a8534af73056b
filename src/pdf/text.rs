//! Line breaking with real font metrics.
//!
//! Spans are cut into words, each word is shaped with the font it will be drawn with, and lines are
//! filled greedily: a word goes on the current line if the line's measured width plus a space plus
//! the word stays within the column. French typography is respected: the space before `; : ! ? »`
//! and after `«` never breaks (so a colon is never left alone at the start of a line), and
//! non-breaking spaces (U+00A0, U+202F) glue words together. A word wider than the column (a long
//! URL, a hash) is cut between characters rather than allowed to overflow.

use super::fonts::{FontStyle, Fonts, Shaped, ShapedGlyph};
use super::markdown::{Span, SpanStyle};

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// How a piece of text is set: size, line height, colour and base emphasis (a heading is bold
/// even where its spans are not).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStyle {
    pub size: f32,
    pub leading: f32,
    pub color: Rgb,
    /// Colour of inline `code`.
    pub code_color: Rgb,
    pub bold: bool,
    pub italic: bool,
    /// Whether full lines are justified (stretched to the column width).
    pub justify: bool,
}

/// A shaped piece of a line in one face and colour. `space` marks an inter-word space: the only
/// atoms that justification stretches.
#[derive(Debug, Clone, PartialEq)]
pub struct Atom {
    pub shaped: Shaped,
    pub style: FontStyle,
    pub color: Rgb,
    pub space: bool,
}

/// One line produced by [`break_lines`]: its atoms, natural width in points, and whether it may
/// be justified (not for the last line of a paragraph or a line ended by a forced break).
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub atoms: Vec<Atom>,
    pub width: f32,
    pub justify: bool,
}

impl Line {
    /// The text of the line, as drawn.
    pub fn text(&self) -> String {
        self.atoms.iter().map(|a| a.shaped.text.as_str()).collect()
    }
}

/// A run of glyphs ready to draw: one face, one colour, positioned by its left end on the baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct TextRun {
    pub x: f32,
    pub baseline: f32,
    pub size: f32,
    pub style: FontStyle,
    pub color: Rgb,
    pub text: String,
    /// Glyphs with final advances (justification included), clusters relative to `text`.
    pub glyphs: Vec<ShapedGlyph>,
    pub width: f32,
}

enum Token {
    Word(Vec<Atom>),
    Space(Atom),
    Break,
}

/// Characters before which a space does not break (French spacing) and after which it does not.
const GLUE_BEFORE: [char; 5] = [';', ':', '!', '?', '»'];
const GLUE_AFTER: [char; 1] = ['«'];

fn face(style: SpanStyle, text: &TextStyle) -> FontStyle {
    if style.code {
        FontStyle::Regular
    } else {
        FontStyle::from_flags(style.bold || text.bold, style.italic || text.italic)
    }
}

fn tokens(fonts: &Fonts, spans: &[Span], style: &TextStyle, preserve_spaces: bool) -> Vec<Token> {
    let chars: Vec<(char, SpanStyle)> = spans
        .iter()
        .flat_map(|s| s.text.chars().map(move |c| (c, s.style)))
        .collect();
    let color = |s: SpanStyle| {
        if s.code {
            style.code_color
        } else {
            style.color
        }
    };
    let mut out = Vec::new();
    // The word being collected, as (style, text) pieces.
    let mut word: Vec<(SpanStyle, String)> = Vec::new();
    let flush = |word: &mut Vec<(SpanStyle, String)>, out: &mut Vec<Token>| {
        if word.is_empty() {
            return;
        }
        let atoms = word
            .drain(..)
            .map(|(s, t)| {
                let f = face(s, style);
                Atom {
                    shaped: fonts.shape(f, &t),
                    style: f,
                    color: color(s),
                    space: false,
                }
            })
            .collect();
        out.push(Token::Word(atoms));
    };
    let push_char =
        |word: &mut Vec<(SpanStyle, String)>, c: char, s: SpanStyle| match word.last_mut() {
            Some((last, text)) if *last == s => text.push(c),
            _ => word.push((s, c.to_string())),
        };
    for (i, &(c, s)) in chars.iter().enumerate() {
        match c {
            '\n' => {
                flush(&mut word, &mut out);
                out.push(Token::Break);
            }
            ' ' | '\t' | '\r' => {
                let next = chars.get(i + 1).map(|&(n, _)| n);
                let prev = i.checked_sub(1).and_then(|p| chars.get(p)).map(|&(p, _)| p);
                let glue = preserve_spaces
                    || next.is_some_and(|n| GLUE_BEFORE.contains(&n))
                    || prev.is_some_and(|p| GLUE_AFTER.contains(&p));
                if glue {
                    // Glued to its word; a glue space with no word before it is dropped.
                    if !word.is_empty() || preserve_spaces {
                        push_char(&mut word, ' ', s);
                    }
                } else if !word.is_empty() {
                    flush(&mut word, &mut out);
                    let f = face(s, style);
                    out.push(Token::Space(Atom {
                        shaped: fonts.shape(f, " "),
                        style: f,
                        color: color(s),
                        space: true,
                    }));
                }
            }
            c => push_char(&mut word, c, s),
        }
    }
    flush(&mut word, &mut out);
    out
}

fn atoms_width(atoms: &[Atom], size: f32) -> f32 {
    atoms.iter().map(|a| a.shaped.width(size)).sum()
}

/// Breaks `spans` into lines: the first line is `first_width` points wide, the others `width`.
/// `preserve_spaces` keeps every space as typed and never breaks at one (code blocks).
pub fn break_lines(
    fonts: &Fonts,
    spans: &[Span],
    style: &TextStyle,
    first_width: f32,
    width: f32,
    preserve_spaces: bool,
) -> Vec<Line> {
    let size = style.size;
    let mut lines: Vec<Line> = Vec::new();
    let mut current: Vec<Atom> = Vec::new();
    let mut current_width = 0.0;
    let mut pending_space: Option<Atom> = None;
    let avail = |lines: &Vec<Line>| if lines.is_empty() { first_width } else { width };
    for token in tokens(fonts, spans, style, preserve_spaces) {
        match token {
            Token::Break => {
                lines.push(Line {
                    atoms: std::mem::take(&mut current),
                    width: current_width,
                    justify: false,
                });
                current_width = 0.0;
                pending_space = None;
            }
            Token::Space(atom) => {
                if !current.is_empty() {
                    pending_space = Some(atom);
                }
            }
            Token::Word(word) => {
                let word_width = atoms_width(&word, size);
                let space_width = pending_space.as_ref().map_or(0.0, |s| s.shaped.width(size));
                if !current.is_empty()
                    && current_width + space_width + word_width <= avail(&lines) + 0.01
                {
                    if let Some(space) = pending_space.take() {
                        current.push(space);
                    }
                    current.extend(word);
                    current_width += space_width + word_width;
                } else {
                    if !current.is_empty() {
                        lines.push(Line {
                            atoms: std::mem::take(&mut current),
                            width: current_width,
                            justify: true,
                        });
                    }
                    pending_space = None;
                    // A word too wide for a whole line is cut; its last piece starts the new line.
                    let mut pieces = split_word(fonts, word, size, avail(&lines), width);
                    let last = pieces.pop().unwrap_or_default();
                    for piece in pieces {
                        let w = atoms_width(&piece, size);
                        lines.push(Line {
                            atoms: piece,
                            width: w,
                            justify: false,
                        });
                    }
                    current_width = atoms_width(&last, size);
                    current = last;
                }
            }
        }
    }
    if !current.is_empty() || lines.is_empty() {
        lines.push(Line {
            atoms: current,
            width: current_width,
            justify: false,
        });
    }
    lines
}

/// Cuts a word into pieces that each fit: the first in `first` points, the others in `width`.
/// A word that fits is returned whole.
fn split_word(fonts: &Fonts, word: Vec<Atom>, size: f32, first: f32, width: f32) -> Vec<Vec<Atom>> {
    if atoms_width(&word, size) <= first + 0.01 {
        return vec![word];
    }
    let mut pieces: Vec<Vec<Atom>> = Vec::new();
    let mut piece: Vec<Atom> = Vec::new();
    let mut piece_width = 0.0;
    for atom in word {
        // Characters are measured one by one (kerning ignored, which only makes pieces narrower),
        // so cutting a very long word stays linear.
        let mut text = String::new();
        for c in atom.shaped.text.chars() {
            let avail = if pieces.is_empty() { first } else { width };
            let w = fonts.width(atom.style, size, c.encode_utf8(&mut [0; 4]));
            if piece_width + w > avail && (piece_width > 0.0) {
                if !text.is_empty() {
                    piece.push(reshape(fonts, &atom, &std::mem::take(&mut text)));
                }
                pieces.push(std::mem::take(&mut piece));
                piece_width = 0.0;
            }
            text.push(c);
            piece_width += w;
        }
        if !text.is_empty() {
            piece.push(reshape(fonts, &atom, &text));
        }
    }
    if !piece.is_empty() {
        pieces.push(piece);
    }
    pieces
}

fn reshape(fonts: &Fonts, atom: &Atom, text: &str) -> Atom {
    Atom {
        shaped: fonts.shape(atom.style, text),
        ..atom.clone()
    }
}

/// Turns a line into drawable runs at `x` (left edge) and `baseline`, justifying it to `width` if
/// it may be justified and the stretch stays reasonable.
pub fn runs(line: &Line, x: f32, baseline: f32, width: f32, style: &TextStyle) -> Vec<TextRun> {
    let size = style.size;
    let spaces = line.atoms.iter().filter(|a| a.space).count();
    let mut extra = 0.0;
    if style.justify && line.justify && spaces > 0 && line.width < width {
        let per_space = (width - line.width) / spaces as f32;
        // Beyond about half an em per space, a ragged line reads better than a stretched one.
        if per_space <= size * 0.55 {
            extra = per_space / size;
        }
    }
    let mut out: Vec<TextRun> = Vec::new();
    let mut cursor = x;
    for atom in &line.atoms {
        let same = out
            .last()
            .is_some_and(|r| r.style == atom.style && r.color == atom.color);
        if !same {
            out.push(TextRun {
                x: cursor,
                baseline,
                size,
                style: atom.style,
                color: atom.color,
                text: String::new(),
                glyphs: Vec::new(),
                width: 0.0,
            });
        }
        let Some(run) = out.last_mut() else { continue };
        let offset = run.text.len();
        run.text.push_str(&atom.shaped.text);
        for glyph in &atom.shaped.glyphs {
            let advance = glyph.advance + if atom.space { extra } else { 0.0 };
            run.glyphs.push(ShapedGlyph {
                advance,
                cluster: glyph.cluster.start + offset..glyph.cluster.end + offset,
                ..glyph.clone()
            });
            run.width += advance * size;
            cursor += advance * size;
        }
    }
    out
}
