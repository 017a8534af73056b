//! The lopdf pass that turns the signature boxes into empty digital signature fields.
//!
//! krilla has no form fields, so its finished PDF is parsed again with lopdf and given an
//! interactive form: one `/FT /Sig` field per signer, each merged with its widget annotation on the
//! signature page, with the print flag (PDF/A requires printable annotations), an empty `/N`
//! appearance (PDF/A requires an appearance, and the box itself is drawn in the page content
//! because viewers do not draw empty fields), and `/SigFlags 1` ("the document has signature
//! fields"). Any PAdES tool can then fill a field; signing appends an incremental update, so the
//! bytes produced here stay intact in every signed copy.
//!
//! lopdf keeps the trailer (with krilla's document id) and writes objects in id order, so the pass
//! is deterministic.

use lopdf::{dictionary, Document, Object, ObjectId, Stream};

use super::PdfError;

/// One empty signature field: its page (from 0), its rectangle in PDF user space (points from the
/// bottom-left corner: `[x1, y1, x2, y2]`), its field name and its tooltip.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub page: usize,
    pub rect: [f32; 4],
    pub name: String,
    pub tooltip: String,
}

/// Adds the AcroForm and the signature fields to `pdf`.
pub fn add_fields(pdf: &[u8], fields: &[Field]) -> Result<Vec<u8>, PdfError> {
    if fields.is_empty() {
        return Ok(pdf.to_vec());
    }
    let err = |what: &str, e: lopdf::Error| PdfError::Pdf(format!("{what}: {e}"));
    let mut doc = Document::load_mem(pdf).map_err(|e| err("cannot read the PDF back", e))?;
    let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
    let mut refs = Vec::with_capacity(fields.len());
    for field in fields {
        let page = *pages.get(field.page).ok_or_else(|| {
            PdfError::Pdf(format!(
                "signature field on page {} which does not exist",
                field.page + 1
            ))
        })?;
        let [x1, y1, x2, y2] = field.rect;
        let appearance = doc.add_object(Stream::new(
            dictionary! {
                "Type" => "XObject",
                "Subtype" => "Form",
                "BBox" => vec![0.into(), 0.into(), Object::Real(x2 - x1), Object::Real(y2 - y1)],
                "Resources" => dictionary! {},
            },
            Vec::new(),
        ));
        let widget = doc.add_object(dictionary! {
            "Type" => "Annot",
            "Subtype" => "Widget",
            "FT" => "Sig",
            "T" => Object::string_literal(field.name.as_str()),
            "TU" => text_string(&field.tooltip),
            "F" => 4,
            "Rect" => vec![Object::Real(x1), Object::Real(y1), Object::Real(x2), Object::Real(y2)],
            "P" => page,
            "AP" => dictionary! { "N" => appearance },
        });
        let page_dict = doc
            .get_object_mut(page)
            .and_then(Object::as_dict_mut)
            .map_err(|e| err("the page of a signature field is not a dictionary", e))?;
        match page_dict.get_mut(b"Annots") {
            Ok(Object::Array(annots)) => annots.push(widget.into()),
            _ => page_dict.set("Annots", vec![Object::from(widget)]),
        }
        refs.push(Object::from(widget));
    }
    let catalog = doc
        .catalog_mut()
        .map_err(|e| err("the PDF has no catalog", e))?;
    catalog.set(
        "AcroForm",
        dictionary! {
            "Fields" => refs,
            "SigFlags" => 1,
        },
    );
    let mut out = Vec::with_capacity(pdf.len() + 4096);
    doc.save_to(&mut out)
        .map_err(|e| PdfError::Pdf(format!("cannot write the PDF: {e}")))?;
    Ok(out)
}

/// A PDF text string: PDFDocEncoding is close to Latin-1 but not equal, so anything beyond ASCII
/// is written as UTF-16BE with its byte order mark.
fn text_string(text: &str) -> Object {
    if text.is_ascii() {
        return Object::string_literal(text);
    }
    let mut bytes = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    Object::String(bytes, lopdf::StringFormat::Hexadecimal)
}
