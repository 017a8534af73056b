//! Drawing a laid-out document with krilla, exported as PDF/A-2b.
//!
//! krilla checks the PDF/A-2b rules it can check (embedded and subset fonts, no `.notdef` glyph,
//! Unicode mapping of every glyph, sRGB output intent, XMP metadata with the `pdfaid` claim) and
//! fails the export instead of writing a non-conforming file.

use krilla::color::rgb;
use krilla::configure::{Archival, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::{Document, SerializeSettings};

use super::fonts::{self, Fonts};
use super::layout::{Geometry, Item, Layout};
use super::text::Rgb;
use super::PdfError;

/// Renders `layout` into PDF bytes (before the signature-field pass).
pub fn render(
    fonts: &Fonts,
    layout: &Layout,
    geo: &Geometry,
    metadata: Metadata,
) -> Result<Vec<u8>, PdfError> {
    let configuration = ConfigurationBuilder::new()
        .with_archival_validator(Archival::A2_B)
        .finish()
        .map_err(|e| PdfError::Pdf(format!("PDF/A-2b configuration rejected: {e:?}")))?;
    let settings = SerializeSettings {
        configuration,
        // Tagging is a PDF/A-2a and PDF/UA requirement; PDF/A-2b does not need it.
        enable_tagging: false,
        ..SerializeSettings::default()
    };
    let mut document = Document::new_with(settings);
    let page_settings = PageSettings::from_wh(geo.width, geo.height)
        .ok_or_else(|| PdfError::Pdf("invalid page size".to_string()))?;
    for page in &layout.pages {
        let mut pdf_page = document.start_page_with(page_settings.clone());
        let mut surface = pdf_page.surface();
        for item in &page.items {
            draw_item(&mut surface, fonts, item);
        }
        surface.finish();
        pdf_page.finish();
    }
    let mut outline = Outline::new();
    for anchor in &layout.anchors {
        let destination = XyzDestination::new(anchor.page, Point::from_xy(0.0, anchor.y));
        outline.push_child(OutlineNode::new(anchor.title.clone(), destination));
    }
    document.set_outline(outline);
    document.set_metadata(metadata);
    document
        .finish()
        .map_err(|e| PdfError::Pdf(format!("krilla refused the document: {e:?}")))
}

fn color(c: Rgb) -> rgb::Color {
    rgb::Color::new(c.0, c.1, c.2)
}

fn fill(c: Rgb) -> Fill {
    Fill {
        paint: color(c).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

fn stroke(width: f32, c: Rgb) -> Stroke {
    Stroke {
        paint: color(c).into(),
        width,
        ..Stroke::default()
    }
}

fn draw_item(surface: &mut Surface<'_>, fonts: &Fonts, item: &Item) {
    match item {
        Item::Text(run) => {
            if run.glyphs.is_empty() {
                return;
            }
            surface.set_stroke(None);
            surface.set_fill(Some(fill(run.color)));
            surface.draw_glyphs(
                Point::from_xy(run.x, run.baseline),
                &fonts::to_krilla(&run.glyphs),
                fonts.krilla(run.style),
                &run.text,
                run.size,
                false,
            );
        }
        Item::Line {
            x1,
            y1,
            x2,
            y2,
            width,
            color,
        } => {
            let mut pb = PathBuilder::new();
            pb.move_to(*x1, *y1);
            pb.line_to(*x2, *y2);
            if let Some(path) = pb.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(stroke(*width, *color)));
                surface.draw_path(&path);
            }
        }
        Item::Rect {
            x,
            y,
            w,
            h,
            fill: fill_color,
            stroke: stroke_spec,
        } => {
            let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) else {
                return;
            };
            let mut pb = PathBuilder::new();
            pb.push_rect(rect);
            if let Some(path) = pb.finish() {
                surface.set_fill(fill_color.map(fill));
                surface.set_stroke(stroke_spec.map(|(w, c)| stroke(w, c)));
                surface.draw_path(&path);
            }
        }
        // Fields are added by the lopdf pass; their box is a separate `Item::Rect`.
        Item::SignatureField { .. } => {}
    }
}
