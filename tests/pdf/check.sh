#!/usr/bin/env bash
# Checks the default charter's PDF with external tools, then signs it for real.
#
#   tests/pdf/check.sh
#
# Installs what it needs (Debian: qpdf, poppler-utils, openssl; PyPI: pyHanko), builds the PDF
# twice through the test `write_default_charter_pdf` (with CHARTER_PDF_OUT set), and checks:
#   1. two builds give identical bytes;
#   2. `qpdf --check` finds no error;
#   3. `pdffonts`: every font is embedded (and subset);
#   4. the XMP metadata claims PDF/A-2 (pdfaid:part 2, conformance B);
#   5. `pdftotext`: the revision id, the source hash and every section title are in the text;
#   6. `pdfsig`: the expected number of empty signature fields;
#   7. pyHanko signs the first field with a throwaway self-signed certificate made here by
#      openssl, and validating the signed copy reports an intact, valid signature covering the
#      whole file (tests/pdf/sign_roundtrip.py).
#   8. the draft's PDF (test `write_draft_charter_pdf`): every page says it is a draft not to sign,
#      and it has no signature field.
# Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
here=tests/pdf

step() { printf '\n--> %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
ok() { printf 'ok: %s\n' "$*"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
        fail "need root (or sudo) to run: $*"
    fi
}

step "tools"
missing=()
command -v qpdf >/dev/null || missing+=(qpdf)
command -v pdftotext >/dev/null && command -v pdffonts >/dev/null && command -v pdfsig >/dev/null \
    || missing+=(poppler-utils)
command -v openssl >/dev/null || missing+=(openssl)
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]} with apt-get"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
        || fail "apt-get install ${missing[*]} failed"
fi
python=python3
if ! "$python" -c 'import pyhanko, pyhanko_certvalidator' 2>/dev/null; then
    venv="${XDG_CACHE_HOME:-$HOME/.cache}/handbook-pdf-check-venv"
    echo "installing pyHanko from PyPI into $venv"
    if { [ -x "$venv/bin/python" ] || python3 -m venv "$venv"; } \
        && "$venv/bin/python" -m pip install --quiet --disable-pip-version-check pyhanko; then
        python="$venv/bin/python"
    elif python3 -m pip install --quiet --user --disable-pip-version-check pyhanko; then
        python=python3
    else
        fail "pip install pyhanko failed (no network or no PyPI access?): the signing round trip cannot run"
    fi
fi
ok "qpdf $(qpdf --version | head -n1 | awk '{print $NF}'), poppler $(pdftotext -v 2>&1 | head -n1 | awk '{print $NF}'), $(openssl version | awk '{print $1, $2}'), pyHanko $("$python" -c 'from importlib.metadata import version; print(version("pyhanko"))')"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pdf="$work/charter.pdf"

step "build the default charter's PDF twice"
for out in "$pdf" "$work/again.pdf"; do
    CHARTER_PDF_OUT="$out" cargo test --quiet --test pdf -- --exact write_default_charter_pdf \
        >"$work/cargo.log" 2>&1 || { cat "$work/cargo.log"; fail "building the PDF failed"; }
done
[ -s "$pdf" ] || fail "no PDF written"
cmp -s "$pdf" "$work/again.pdf" || fail "two builds give different bytes"
ok "two builds are byte-identical ($(wc -c <"$pdf") bytes, sha256 $(sha256sum "$pdf" | cut -c1-16)…)"
facts="$pdf.facts"
hash="$(sed -n 's/^hash=//p' "$facts")"
revision="$(sed -n 's/^revision=//p' "$facts")"
fields="$(sed -n 's/^fields=//p' "$facts")"

step "qpdf --check"
qpdf --check "$pdf" >"$work/qpdf.log" 2>&1 || { cat "$work/qpdf.log"; fail "qpdf --check"; }
ok "$(grep -m1 'No syntax or stream encoding errors' "$work/qpdf.log")"

step "pdffonts"
pdffonts "$pdf" | tee "$work/fonts.txt"
# Columns from the right: emb sub uni object-id generation.
awk 'NR > 2 { n++; if ($(NF-4) != "yes") bad++ } END { exit (n == 0 || bad > 0) }' "$work/fonts.txt" \
    || fail "a font is not embedded (or no font at all)"
ok "all $(($(wc -l <"$work/fonts.txt") - 2)) fonts embedded"

step "PDF/A metadata"
pdfinfo -meta "$pdf" >"$work/xmp.txt"
grep -Eq 'pdfaid:part(>|=")2' "$work/xmp.txt" || fail "no pdfaid:part 2 in the XMP metadata"
grep -Eq 'pdfaid:conformance(>|=")B' "$work/xmp.txt" || fail "no pdfaid:conformance B in the XMP metadata"
ok "XMP claims PDF/A-2b"

step "pdftotext"
pdftotext -enc UTF-8 "$pdf" "$work/text.txt"
grep -qF "$hash" "$work/text.txt" || fail "source hash $hash not in the text"
grep -qF "$revision" "$work/text.txt" || fail "revision $revision not in the text"
ok "revision $revision and source hash $hash found"
while IFS= read -r title; do
    grep -qF "$title" "$work/text.txt" || fail "section title « $title » not in the text"
    ok "section « $title »"
done < <(sed -n 's/^section=//p' "$facts")

step "pdfsig (empty signature fields)"
pdfsig "$pdf" >"$work/pdfsig.txt" 2>&1 || true
cat "$work/pdfsig.txt"
unsigned="$(grep -c 'not signed' "$work/pdfsig.txt" || true)"
[ "$unsigned" -eq "$fields" ] || fail "pdfsig sees $unsigned empty signature fields, expected $fields"
ok "pdfsig sees $fields empty signature fields"

step "signing round trip (openssl + pyHanko)"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Throwaway charter test signer" \
    -addext "keyUsage=critical,digitalSignature,nonRepudiation" \
    -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null || fail "openssl could not make a test certificate"
"$python" "$here/sign_roundtrip.py" "$pdf" "$work/key.pem" "$work/cert.pem" "$work/signed.pdf" "$fields"
pdfsig "$work/signed.pdf" >"$work/pdfsig-signed.txt" 2>&1 || true
grep -q 'Total document signed' "$work/pdfsig-signed.txt" || { cat "$work/pdfsig-signed.txt"; fail "pdfsig: signature does not cover the whole document"; }
grep -q 'Signature is Valid' "$work/pdfsig-signed.txt" || { cat "$work/pdfsig-signed.txt"; fail "pdfsig: signature not valid"; }
ok "pdfsig agrees: total document signed, signature is valid"
qpdf --check "$work/signed.pdf" >/dev/null 2>&1 || fail "qpdf --check fails on the signed copy"
ok "qpdf --check passes on the signed copy"

step "the draft's PDF: marked as a draft on every page, no signature field"
draft="$work/draft.pdf"
DRAFT_PDF_OUT="$draft" cargo test --quiet --test pdf_draft -- --exact write_draft_charter_pdf \
    >"$work/cargo.log" 2>&1 || { cat "$work/cargo.log"; fail "building the draft PDF failed"; }
band="$(sed -n 's/^band=//p' "$draft.facts")"
pages="$(sed -n 's/^pages=//p' "$draft.facts")"
not="$(sed -n 's/^not=//p' "$draft.facts")"
qpdf --check "$draft" >/dev/null 2>&1 || fail "qpdf --check fails on the draft PDF"
[ "$pages" -gt 1 ] || fail "the draft PDF has $pages page(s): too few to check every page"
for page in $(seq 1 "$pages"); do
    pdftotext -enc UTF-8 -f "$page" -l "$page" "$draft" - | tr '\n' ' ' >"$work/draft-page.txt"
    grep -qF "$band" "$work/draft-page.txt" || fail "page $page of the draft PDF does not say « $band »"
done
ok "all $pages pages say « $band »"
pdftotext -enc UTF-8 "$draft" "$work/draft.txt"
if grep -qF "$not" "$work/draft.txt"; then fail "the draft PDF says « $not »"; fi
pdfsig "$draft" >"$work/pdfsig-draft.txt" 2>&1 || true
if grep -q 'not signed' "$work/pdfsig-draft.txt"; then cat "$work/pdfsig-draft.txt"; fail "the draft PDF has signature fields"; fi
ok "no signature field in the draft PDF"

printf '\nall charter PDF checks passed\n'
