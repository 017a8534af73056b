//! The charter PDF: structure, determinism, PDF/A metadata and signature fields (parsed back with
//! lopdf), plus unit tests of line breaking and pagination with the real font metrics.
//!
//! `write_default_charter_pdf` writes the default charter's PDF and the facts it must show (to
//! `$CHARTER_PDF_OUT` when set, else to a temporary folder) and checks them against the file read
//! back; `tests/pdf/check.sh` uses what it writes to check the file with qpdf, poppler and a pyHanko
//! signing round trip.
//!
//! The default charter is only held to what any charter must give (a valid, deterministic PDF/A with
//! its signature fields, every character drawn, every line within its width); the measurements that
//! depend on a text's length use texts written here or the fixture `tests/fixtures/minimal/`.

use std::path::Path;

use handbook::pdf::fonts::{FontStyle, Fonts};
use handbook::pdf::layout::{self, Element, Footer, Geometry, Item, Laid, Page};
use handbook::pdf::markdown::{self, Block, Span};
use handbook::pdf::text::{self, Line};
use handbook::pdf::{self as pdf, CharterPdf, CharterSectionInput, PdfError};
use lopdf::{Document, Object};

const SIGNERS: usize = 4;

struct Charter {
    association: String,
    language: String,
    sections: Vec<handbook::content::charter::Section>,
}

fn default_charter() -> Charter {
    charter_of(Path::new(env!("CARGO_MANIFEST_DIR")))
}

fn charter_of(root: &Path) -> Charter {
    let handbook = handbook::content::load(root)
        .unwrap_or_else(|d| panic!("{} does not load: {d:?}", root.display()));
    Charter {
        association: handbook.site.association.name.clone(),
        language: handbook.site.language.value.clone(),
        sections: handbook.charter,
    }
}

fn build(charter: &Charter, signature_fields: usize) -> Result<Vec<u8>, PdfError> {
    let sections: Vec<CharterSectionInput<'_>> = charter
        .sections
        .iter()
        .map(CharterSectionInput::from)
        .collect();
    let hash = pdf::source_hash(&sections);
    pdf::charter_pdf(&CharterPdf {
        association: &charter.association,
        title: "Charte d’utilisation de l’IA",
        revision: "2026",
        date: "2026-03-12",
        approved_by: "Conseil d’administration du 12 mars 2026",
        source_sha256: &hash,
        language: &charter.language,
        sections: &sections,
        signature_fields,
    })
}

fn default_pdf() -> Vec<u8> {
    build(&default_charter(), SIGNERS).expect("the default charter gives a PDF")
}

#[test]
fn write_default_charter_pdf() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let out = std::env::var("CHARTER_PDF_OUT").unwrap_or_else(|_| {
        tmp.path()
            .join("charter.pdf")
            .to_string_lossy()
            .into_owned()
    });
    let charter = default_charter();
    let sections: Vec<CharterSectionInput<'_>> = charter
        .sections
        .iter()
        .map(CharterSectionInput::from)
        .collect();
    let hash = pdf::source_hash(&sections);
    std::fs::write(&out, default_pdf()).expect("PDF written");
    // The expected values for the external checks, one `key=value` per line.
    let mut facts = format!("hash={hash}\nrevision=2026\nfields={SIGNERS}\n");
    for section in &charter.sections {
        facts.push_str(&format!("section={}\n", section.title));
    }
    std::fs::write(format!("{out}.facts"), &facts).expect("facts written");

    // What was written is what the checks will read: the PDF parses back and carries the hash
    // and the signature fields; the facts name every section of the charter, once, in order.
    let bytes = std::fs::read(&out).expect("PDF read back");
    assert_eq!(bytes, default_pdf(), "the file holds the PDF");
    assert!(
        bytes.windows(hash.len()).any(|w| w == hash.as_bytes()),
        "the PDF carries the source hash {hash}"
    );
    let doc = Document::load_mem(&bytes).expect("lopdf reads the PDF");
    let fields = doc
        .catalog()
        .and_then(|c| c.get(b"AcroForm"))
        .and_then(Object::as_dict)
        .and_then(|f| f.get(b"Fields"))
        .and_then(Object::as_array)
        .expect("signature fields");
    assert_eq!(fields.len(), SIGNERS);
    let written = std::fs::read_to_string(format!("{out}.facts")).expect("facts read back");
    let titles: Vec<&str> = written
        .lines()
        .filter_map(|l| l.strip_prefix("section="))
        .collect();
    let expected: Vec<&str> = charter.sections.iter().map(|s| s.title.as_str()).collect();
    assert!(!expected.is_empty(), "a charter has sections");
    assert_eq!(titles, expected);
    assert!(written.contains(&format!("hash={hash}\n")));
}

#[test]
fn default_charter_pdf_is_a_deterministic_pdf_a_with_signature_fields() {
    let bytes = default_pdf();
    assert!(bytes.starts_with(b"%PDF-1.7"), "PDF header");
    assert_eq!(bytes, default_pdf(), "two builds give the same bytes");

    let doc = Document::load_mem(&bytes).expect("lopdf reads the PDF");
    assert!(!doc.get_pages().is_empty(), "the PDF has pages");

    // PDF/A identification in the XMP metadata.
    let catalog = doc.catalog().expect("catalog");
    let metadata = catalog
        .get(b"Metadata")
        .and_then(Object::as_reference)
        .and_then(|r| doc.get_object(r))
        .and_then(Object::as_stream)
        .expect("XMP metadata stream");
    let xmp = String::from_utf8_lossy(&metadata.content);
    assert!(
        xmp.contains("pdfaid:part") && xmp.contains('2'),
        "PDF/A part in XMP"
    );
    assert!(
        xmp.contains("pdfaid:conformance"),
        "PDF/A conformance in XMP"
    );
    assert!(catalog.get(b"OutputIntents").is_ok(), "PDF/A output intent");

    // The AcroForm and its empty signature fields.
    let acroform = catalog
        .get(b"AcroForm")
        .and_then(Object::as_dict)
        .expect("AcroForm");
    assert_eq!(
        acroform.get(b"SigFlags").and_then(Object::as_i64).ok(),
        Some(1)
    );
    let fields = acroform
        .get(b"Fields")
        .and_then(Object::as_array)
        .expect("Fields");
    assert_eq!(fields.len(), SIGNERS);
    let last_page = *doc.get_pages().values().last().expect("pages");
    for (i, field) in fields.iter().enumerate() {
        let id = field.as_reference().expect("field reference");
        let field = doc.get_dictionary(id).expect("field dictionary");
        assert_eq!(
            field.get(b"FT").and_then(Object::as_name).ok(),
            Some(&b"Sig"[..])
        );
        assert_eq!(
            field.get(b"Subtype").and_then(Object::as_name).ok(),
            Some(&b"Widget"[..])
        );
        assert_eq!(
            field.get(b"F").and_then(Object::as_i64).ok(),
            Some(4),
            "print flag"
        );
        assert!(field.get(b"V").is_err(), "field is empty");
        let name = field
            .get(b"T")
            .and_then(Object::as_str)
            .expect("field name");
        assert_eq!(name, format!("Signature{}", i + 1).as_bytes());
        assert!(field
            .get(b"AP")
            .and_then(Object::as_dict)
            .and_then(|ap| ap.get(b"N"))
            .is_ok());
        assert_eq!(
            field.get(b"P").and_then(Object::as_reference).ok(),
            Some(last_page)
        );
        let annots = doc
            .get_dictionary(last_page)
            .and_then(|p| p.get(b"Annots"))
            .and_then(Object::as_array)
            .expect("signature page annotations");
        assert!(annots.iter().any(|a| a.as_reference().ok() == Some(id)));
    }
}

/// The fonts are subset: the PDF of a short charter (the minimal fixture's two sections) stays
/// small, and it has a title page, the sections and the signature page.
#[test]
fn a_short_charter_gives_a_small_pdf() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal");
    let bytes = build(&charter_of(&root), SIGNERS).expect("the minimal charter gives a PDF");
    assert!(
        bytes.len() <= 200 * 1024,
        "PDF is {} bytes, over 200 KB",
        bytes.len()
    );
    let doc = Document::load_mem(&bytes).expect("lopdf reads the PDF");
    assert!(
        doc.get_pages().len() >= 2,
        "{} pages",
        doc.get_pages().len()
    );
}

#[test]
fn charter_pdf_rejects_bad_input_with_clear_errors() {
    let charter = default_charter();
    let sections: Vec<CharterSectionInput<'_>> = charter
        .sections
        .iter()
        .map(CharterSectionInput::from)
        .collect();
    let hash = pdf::source_hash(&sections);
    let base = CharterPdf {
        association: "A",
        title: "T",
        revision: "1",
        date: "2026-02-29",
        approved_by: "CA",
        source_sha256: &hash,
        language: "fr",
        sections: &sections,
        signature_fields: 1,
    };
    let err = pdf::charter_pdf(&base).expect_err("2026 is not a leap year");
    assert_eq!(err, PdfError::InvalidDate("2026-02-29".into()));
    assert!(err.to_string().contains("YYYY-MM-DD"));
    let err = pdf::charter_pdf(&CharterPdf {
        date: "2024-02-29",
        source_sha256: "abc",
        ..base
    })
    .expect_err("short hash");
    assert!(err.to_string().contains("SHA-256"), "{err}");
    let err = pdf::charter_pdf(&CharterPdf {
        date: "2024-02-29",
        sections: &[],
        ..base
    })
    .expect_err("no sections");
    assert_eq!(err, PdfError::NoSections);
}

#[test]
fn source_hash_is_stable_and_separates_fields() {
    let a = [CharterSectionInput {
        number: 1,
        title: "Ab",
        body: "c",
    }];
    let b = [CharterSectionInput {
        number: 1,
        title: "A",
        body: "bc",
    }];
    assert_eq!(pdf::source_hash(&a), pdf::source_hash(&a));
    assert_ne!(pdf::source_hash(&a), pdf::source_hash(&b));
    assert_eq!(pdf::source_hash(&a).len(), 64);
    // Pinned: the definition is published with each revision and must not drift.
    assert_eq!(
        pdf::source_hash(&[]),
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    );
}

#[test]
fn english_document_and_odd_markdown_do_not_fail() {
    let body = "# Big\n\n## Sub\n\n> quoted **bold** text\n\n```\ncode  block\n```\n\n\
                | a | b |\n|---|---|\n| 1 | 2 |\n\n1. one\n   - nested\n2. two\n\n---\n\n\
                <div>raw <b>html</b></div>\n\nA [site](https://example.org/) and [page](/tools/) \
                and a footnote[^1].\n\n[^1]: The note.\n\n"
        .repeat(6)
        + &"x".repeat(2000);
    let sections = [CharterSectionInput {
        number: 1,
        title: "Everything",
        body: &body,
    }];
    let hash = pdf::source_hash(&sections);
    let bytes = pdf::charter_pdf(&CharterPdf {
        association: "Association",
        title: "AI charter",
        revision: "r1",
        date: "2025-01-01",
        approved_by: "Board",
        source_sha256: &hash,
        language: "en",
        sections: &sections,
        signature_fields: 0,
    })
    .expect("PDF");
    let doc = Document::load_mem(&bytes).expect("lopdf reads it");
    assert!(
        doc.catalog().expect("catalog").get(b"AcroForm").is_err(),
        "no fields asked"
    );
}

// --- Markdown → blocks ---

#[test]
fn markdown_subset_becomes_blocks() {
    let blocks = markdown::parse(
        "Intro **gras** et *italique* et `code`.\n\n- un\n- deux\n  1. a\n\n> cité\n\n\
         Voir [la liste](/tools/) ou [le site](https://example.org/).",
    );
    let Block::Paragraph(spans) = &blocks[0] else {
        panic!("paragraph first: {blocks:?}")
    };
    assert!(spans.iter().any(|s| s.text == "gras" && s.style.bold));
    assert!(spans.iter().any(|s| s.text == "italique" && s.style.italic));
    assert!(spans.iter().any(|s| s.text == "code" && s.style.code));
    let Block::List { start: None, items } = &blocks[1] else {
        panic!("bullet list: {blocks:?}")
    };
    assert_eq!(items.len(), 2);
    assert!(matches!(
        items[1].last(),
        Some(Block::List { start: Some(1), .. })
    ));
    assert!(matches!(blocks[2], Block::Quote(_)));
    let Block::Paragraph(spans) = &blocks[3] else {
        panic!("last paragraph")
    };
    let text = markdown::plain_text(spans);
    assert!(
        text.contains("la liste ou"),
        "internal link as plain text: {text}"
    );
    assert!(
        text.contains("le site (https://example.org/)"),
        "external URL shown: {text}"
    );
}

// --- Line breaking and pagination, with the real font metrics ---

fn fonts() -> Fonts {
    Fonts::load().expect("embedded fonts parse")
}

fn lines(fonts: &Fonts, text: &str, width: f32) -> Vec<Line> {
    text::break_lines(
        fonts,
        &[Span::plain(text)],
        &layout::body_style(),
        width,
        width,
        false,
    )
}

#[test]
fn font_covers_french() {
    let fonts = fonts();
    for style in [FontStyle::Regular, FontStyle::Bold, FontStyle::Italic] {
        for c in "àâäçéèêëîïôöùûüÿœæÀÂÇÉÈÊËÎÏÔÙÛŒÆ«»’‘“”…–—€\u{a0}\u{202f}".chars()
        {
            assert!(
                fonts.covers(style, c),
                "{style:?} lacks {c:?} (U+{:04X})",
                c as u32
            );
        }
    }
    let charter = default_charter();
    for section in &charter.sections {
        for c in section.body.text.chars().chain(section.title.chars()) {
            assert!(
                c.is_control() || fonts.covers(FontStyle::Regular, c),
                "no glyph for {c:?}"
            );
        }
    }
}

#[test]
fn lines_fit_their_width_measured_with_real_metrics() {
    let fonts = fonts();
    let charter = default_charter();
    let style = layout::body_style();
    for width in [150.0, 471.0] {
        for section in &charter.sections {
            let text = section.body.text.replace('\n', " ");
            if text.trim().is_empty() {
                continue;
            }
            let broken = lines(&fonts, &text, width);
            assert!(!broken.is_empty());
            for line in &broken {
                // Re-measure the drawn text independently of the line breaker: words shaped one by
                // one, spaces at their natural width. Spaces glued to French punctuation are
                // shaped with their word when drawn (kerning), hence the small tolerance.
                let text = line.text();
                let words: Vec<&str> = text.split(' ').collect();
                let measured: f32 = words
                    .iter()
                    .map(|w| fonts.width(FontStyle::Regular, style.size, w))
                    .sum::<f32>()
                    + (words.len() - 1) as f32 * fonts.width(FontStyle::Regular, style.size, " ");
                assert!(
                    line.width <= width + 0.01,
                    "{} > {width}: {text:?}",
                    line.width
                );
                assert!(
                    (measured - line.width).abs() < 1.0,
                    "line width {} is not {measured}",
                    line.width
                );
            }
            // No character is lost or added (long words may be cut, so compare without spaces).
            let rejoined: String = broken.iter().map(Line::text).collect();
            let strip = |t: &str| t.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            assert_eq!(strip(&rejoined), strip(&text));
        }
    }
}

#[test]
fn greedy_breaking_fills_lines() {
    let fonts = fonts();
    let style = layout::body_style();
    let text = "Cette charte fixe un cadre commun à ces usages et ne cherche pas à encourager l’IA à tout prix.";
    let broken = lines(&fonts, text, 200.0);
    for pair in broken.windows(2) {
        // The first word of the next line would not have fitted on this one.
        let next_word = pair[1]
            .text()
            .split(' ')
            .next()
            .unwrap_or_default()
            .to_string();
        let with = format!("{} {next_word}", pair[0].text());
        assert!(
            fonts.width(FontStyle::Regular, style.size, &with) > 200.0,
            "{with:?} fits in 200pt"
        );
    }
}

#[test]
fn french_spacing_never_starts_a_line_with_punctuation() {
    let fonts = fonts();
    let text = "Elle sert à trois choses : protéger, rendre du temps ; garder la maîtrise ! « vraiment » ?";
    for width in (100..300).step_by(7) {
        for line in lines(&fonts, text, width as f32) {
            let t = line.text();
            assert!(
                !t.starts_with([':', ';', '!', '?', '»']),
                "line starts with punctuation: {t:?}"
            );
            assert!(
                !t.ends_with('«'),
                "line ends with an opening guillemet: {t:?}"
            );
        }
    }
}

#[test]
fn long_words_are_cut_instead_of_overflowing() {
    let fonts = fonts();
    let hash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    let broken = lines(&fonts, &format!("Empreinte {hash} fin"), 100.0);
    assert!(broken.len() >= 3);
    for line in &broken {
        assert!(line.width <= 100.0 + 0.01, "{} > 100", line.width);
    }
    let all: String = broken.iter().map(Line::text).collect::<Vec<_>>().join("");
    assert!(all.replace(' ', "").contains(hash), "no character lost");
}

fn text_runs(page: &Page) -> Vec<&text::TextRun> {
    page.items
        .iter()
        .filter_map(|i| match i {
            Item::Text(run) => Some(run),
            _ => None,
        })
        .collect()
}

fn no_footer() -> Footer {
    Footer {
        lines: Vec::new(),
        page_label: String::new(),
    }
}

#[test]
fn justified_lines_reach_the_right_margin_and_last_lines_do_not() {
    let fonts = fonts();
    let geo = Geometry::a4();
    // A long paragraph of our own (not the default charter, whose length is the editors' choice).
    let body =
        "Cette charte fixe un cadre commun à nos usages de l’IA générative : elle ne cherche \
                ni à l’encourager à tout prix ni à l’interdire par principe. Elle protège d’abord \
                les personnes que nous accueillons, puis rend du temps à l’équipe, enfin garde la \
                maîtrise de ce que nous publions en notre nom. "
            .repeat(6);
    let doc = layout::layout(
        &fonts,
        &[Element::Blocks(markdown::parse(&body))],
        &no_footer(),
        &geo,
    );
    let right = geo.margin_left + geo.content_width();
    let mut justified = 0;
    for page in &doc.pages {
        for run in text_runs(page) {
            assert!(
                run.x + run.width <= right + 0.05,
                "run overflows: {:?}",
                run.text
            );
            if (run.x + run.width - right).abs() < 0.05 {
                justified += 1;
            }
        }
    }
    assert!(justified > 10, "body lines are justified ({justified})");
}

#[test]
fn list_items_are_indented_under_their_bullet() {
    let fonts = fonts();
    let geo = Geometry::a4();
    let blocks = markdown::parse("- premier point assez long pour occuper plusieurs lignes de texte dans une colonne étroite, vraiment très long, encore plus long que prévu\n- second\n  - imbriqué");
    let doc = layout::layout(&fonts, &[Element::Blocks(blocks)], &no_footer(), &geo);
    let runs = text_runs(&doc.pages[0]);
    let bullet = runs.iter().find(|r| r.text == "•").expect("bullet");
    let first_text = runs
        .iter()
        .find(|r| r.text.starts_with("premier"))
        .expect("item text");
    assert!(first_text.x > bullet.x + 5.0, "text right of the bullet");
    assert!(
        (first_text.baseline - bullet.baseline).abs() < 0.01,
        "bullet on the first line"
    );
    let continuation = runs
        .iter()
        .find(|r| {
            r.baseline > first_text.baseline
                && r.x > geo.margin_left
                && !r.text.starts_with("second")
                && r.text != "•"
        })
        .expect("second line of the first item");
    assert!(
        (continuation.x - first_text.x).abs() < 0.01,
        "hanging indent"
    );
    let nested_bullet = runs.iter().find(|r| r.text == "–").expect("nested bullet");
    let nested = runs
        .iter()
        .find(|r| r.text == "imbriqué")
        .expect("nested text");
    assert!(
        nested_bullet.x > bullet.x && nested.x > first_text.x,
        "nested list indented further"
    );
}

fn tall(lines: usize, keep_with_next: bool) -> Laid {
    Laid {
        chunks: (0..lines)
            .map(|i| layout::Chunk {
                height: 10.0,
                items: vec![Item::Rect {
                    x: 0.0,
                    y: 0.0,
                    w: 1.0,
                    h: 10.0,
                    fill: None,
                    stroke: Some((i as f32, layout::INK)),
                }],
            })
            .collect(),
        keep_with_next,
        keep_together: keep_with_next,
        ..Laid::default()
    }
}

fn small_page() -> Geometry {
    // A body 100 points tall: ten 10-point lines per page.
    Geometry {
        width: 200.0,
        height: 150.0,
        margin_left: 10.0,
        margin_right: 10.0,
        margin_top: 20.0,
        margin_bottom: 30.0,
    }
}

fn tops(page: &Page) -> Vec<f32> {
    page.items
        .iter()
        .filter_map(|i| match i {
            Item::Rect { y, .. } => Some(*y),
            _ => None,
        })
        .collect()
}

#[test]
fn pages_break_at_the_bottom_of_the_body() {
    let geo = small_page();
    let doc = layout::paginate(vec![tall(25, false)], &geo);
    assert_eq!(doc.pages.len(), 3);
    assert_eq!(tops(&doc.pages[0]).len(), 10);
    for page in &doc.pages {
        for y in tops(page) {
            assert!(y >= geo.margin_top && y + 10.0 <= geo.body_bottom() + 0.01);
        }
    }
    assert_eq!(
        tops(&doc.pages[1])[0],
        geo.margin_top,
        "a new page starts at the top margin"
    );
}

#[test]
fn heading_is_kept_with_the_first_lines_of_what_follows() {
    let geo = small_page();
    // 8 lines, then a heading: the heading would fit on line 9 but its paragraph would not start.
    let doc = layout::paginate(vec![tall(8, false), tall(1, true), tall(5, false)], &geo);
    assert_eq!(
        tops(&doc.pages[0]).len(),
        8,
        "heading moved to the next page"
    );
    assert_eq!(tops(&doc.pages[1]).len(), 6);
    // With room for the heading and two lines, it stays.
    let doc = layout::paginate(vec![tall(7, false), tall(1, true), tall(5, false)], &geo);
    assert_eq!(tops(&doc.pages[0]).len(), 10);
}

#[test]
fn no_orphan_and_no_widow_lines() {
    let geo = small_page();
    // 9 lines used: a new paragraph would leave a single line at the bottom → moves whole.
    let doc = layout::paginate(vec![tall(9, false), tall(4, false)], &geo);
    assert_eq!(tops(&doc.pages[0]).len(), 9);
    // 11 lines from the top: 10 fit, one would be alone → 9 + 2.
    let doc = layout::paginate(vec![tall(11, false)], &geo);
    assert_eq!(tops(&doc.pages[0]).len(), 9);
    assert_eq!(tops(&doc.pages[1]).len(), 2);
}

#[test]
fn page_break_starts_a_new_page_and_blocks_taller_than_a_page_are_split() {
    let geo = small_page();
    let brk = Laid {
        page_break: true,
        ..Laid::default()
    };
    let doc = layout::paginate(vec![tall(2, false), brk.clone(), tall(2, false)], &geo);
    assert_eq!(doc.pages.len(), 2);
    // A page break at the top of a page adds no empty page.
    let doc = layout::paginate(vec![brk, tall(2, false)], &geo);
    assert_eq!(doc.pages.len(), 1);
    // A block kept together but taller than a page is split rather than looping.
    let doc = layout::paginate(vec![tall(23, true)], &geo);
    assert_eq!(doc.pages.len(), 3);
}
