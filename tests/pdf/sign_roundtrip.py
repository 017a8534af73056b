"""Signing round trip of the charter PDF with pyHanko.

Usage: sign_roundtrip.py UNSIGNED.pdf KEY.pem CERT.pem SIGNED.pdf EXPECTED_FIELDS

Checks that the unsigned PDF has EXPECTED_FIELDS empty signature fields, signs the first one
(PAdES) with the given key, then validates the signed copy against the certificate as its only
trust root: the signature must be intact, valid, and cover the whole file, the unsigned PDF must be
an unchanged prefix of the signed one, and the other fields must still be empty.
Prints what it checked; exits non-zero on the first failure.
"""

import sys

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.general import load_cert_from_pemder
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def main():
    unsigned, key, cert, signed, expected = sys.argv[1:6]
    expected = int(expected)

    with open(unsigned, "rb") as f:
        reader = PdfFileReader(f)
        empty = [name for name, _, _ in fields.enumerate_sig_fields(reader, filled_status=False)]
    if len(empty) != expected:
        fail(f"expected {expected} empty signature fields, found {empty}")
    print(f"ok: pyHanko sees {len(empty)} empty signature fields: {', '.join(empty)}")

    signer = signers.SimpleSigner.load(key, cert, key_passphrase=None)
    if signer is None:
        fail("cannot load the throwaway key and certificate")
    meta = signers.PdfSignatureMetadata(
        field_name=empty[0],
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
    )
    with open(unsigned, "rb") as inf, open(signed, "wb") as outf:
        writer = IncrementalPdfFileWriter(inf)
        signers.sign_pdf(writer, meta, signer=signer, output=outf)
    print(f"ok: signed field {empty[0]} (PAdES, incremental update)")

    original = open(unsigned, "rb").read()
    signed_bytes = open(signed, "rb").read()
    if not signed_bytes.startswith(original):
        fail("the signed file does not start with the unsigned PDF")
    print(f"ok: the unsigned PDF ({len(original)} bytes) is an unchanged prefix of the signed copy")

    context = ValidationContext(trust_roots=[load_cert_from_pemder(cert)])
    with open(signed, "rb") as f:
        reader = PdfFileReader(f)
        if len(reader.embedded_signatures) != 1:
            fail(f"expected one signature, found {len(reader.embedded_signatures)}")
        status = validate_pdf_signature(reader.embedded_signatures[0], context)
        print(status.pretty_print_details())
        if not status.intact:
            fail("signature is not intact")
        if not status.valid:
            fail("signature is not valid")
        if not status.trusted:
            fail("signer certificate not trusted (it is the only trust root)")
        if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
            fail(f"signature covers {status.coverage}, not the entire file")
        if status.modification_level not in (None, ModificationLevel.NONE):
            fail(f"unexpected modifications: {status.modification_level}")
        still_empty = [n for n, _, _ in fields.enumerate_sig_fields(reader, filled_status=False)]
        if len(still_empty) != expected - 1:
            fail(f"expected {expected - 1} fields still empty, found {still_empty}")
    print("ok: signature intact, valid, trusted, covering the entire file")
    print(f"ok: {len(still_empty)} signature fields still empty for the other signers")


if __name__ == "__main__":
    main()
