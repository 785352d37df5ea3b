"""Readers: files, directories, globs and standard input to decoded documents.

Each format is a `Reader` registered in `balkanscope.registry.readers`, exactly as a plug-in
would register one (`readers.register("docx")(Reader(...))`). `iter_documents` streams: one file
is in memory at a time, and a file that cannot be read becomes a `ReadFailure` with one clear
line while every other input is still read. Offsets downstream always refer to `RawDoc.text`,
the decoded text.
"""

from __future__ import annotations

import glob
import io
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..registry import readers

logging.getLogger("pypdf").setLevel(
    logging.ERROR
)  # its warnings would interleave with our one-line failures

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
MAX_JSONL_LINE = 10 * 1024 * 1024


@dataclass
class RawDoc:
    """A document as read: the path exactly as given, decoded text and what the format knows."""

    path: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    pages: list[tuple[int, int]] | None = None  # PDF: [start, end) of page i+1 in `text`
    line: int | None = None  # JSON Lines: 1-based line of the record
    encoding: str = "utf-8"
    notes: list[str] = field(default_factory=list)  # e.g. "decoded as cp1250"
    reader: str = "text"

    @property
    def source(self) -> str:
        """Where the document came from, unique per record ("feed.jsonl:3")."""
        return f"{self.path}:{self.line}" if self.line else self.path


@dataclass
class ReadFailure:
    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


ReadResult = RawDoc | ReadFailure


@dataclass
class Reader:
    """One input format: file suffixes it claims, a content sniffer, and the read function."""

    name: str
    suffixes: tuple[str, ...]
    read: Callable[[str, bytes], Iterator[ReadResult]]
    sniff: Callable[[bytes], bool] = lambda head: False


# --- decoding ---

_BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
]
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def decode(data: bytes, path: str) -> tuple[str, str, list[str]]:
    """(text, encoding, notes) of raw bytes; InputError for empty, binary or undecodable input."""
    if not data.strip():
        raise InputError("empty file", file=path, hint="remove it or add text")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as e:
                raise InputError(
                    f"{enc} byte-order mark but invalid {enc}: {e.reason}", file=path
                ) from None
            notes = [] if enc == "utf-8-sig" else [f"decoded as {enc.upper()} (byte-order mark)"]
            return _check_text(text, path), enc, notes
    head = data[:8192]
    if b"\x00" in head or len(_CONTROL.findall(head)) > max(8, len(head) // 100):
        raise InputError(
            "binary file, not text", file=path, hint="pass text, HTML, PDF or JSON Lines files"
        )
    try:
        return _check_text(data.decode("utf-8"), path), "utf-8", []
    except UnicodeDecodeError:
        pass
    lossy = data.decode("utf-8", errors="replace")
    bad = lossy.count("\ufffd")
    if bad <= max(2, len(lossy) // 1000) and any(ord(c) > 127 and c != "\ufffd" for c in lossy):
        return (
            _check_text(lossy, path),
            "utf-8",
            [f"invalid UTF-8: {bad} bad byte sequence(s) replaced by U+FFFD"],
        )
    enc = _guess_legacy_encoding(data)
    if enc is None:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise InputError(
                "invalid UTF-8 and no other text encoding fits",
                file=path,
                hint="convert it to UTF-8",
            )
        enc = best.encoding
    return (
        _check_text(data.decode(enc, errors="replace"), path),
        enc,
        [f"not UTF-8: decoded as {enc}"],
    )


# The region's legacy 8-bit encodings, tried before a generic guess: generic detectors often
# read Central European text (cp1250) as Western (cp1252) and turn "će" into "æe".
_LEGACY = ("cp1250", "cp1251", "iso8859_2", "koi8_r", "cp1254", "iso8859_5", "cp1252")
_REGIONAL_LETTERS = set("čćžšđČĆŽŠĐëËçÇğĞıİşŞöÖüÜâÂîÎûÛäÄéÉ„“”«»–—’")
_CAMEL = re.compile(r"[a-zа-яёђ-џ][A-ZА-ЯЁЂ-Џ]")  # "нЙОЙУФТ": KOI8-R read as cp1251
_MIXED_WORD = re.compile(r"\b(?=\w*[a-zA-Z])(?=\w*[\u0400-\u04ff])\w+\b")


def _legacy_score(text: str) -> int:
    good = bad = 0
    for c in text:
        if ord(c) < 128:
            continue
        if c in _REGIONAL_LETTERS or "\u0400" <= c <= "\u04ff":
            good += 1
        else:
            bad += 1
    return good - 2 * bad - 5 * len(_MIXED_WORD.findall(text)) - 2 * len(_CAMEL.findall(text))


def _guess_legacy_encoding(data: bytes) -> str | None:
    scored = []
    for enc in _LEGACY:
        try:
            scored.append((_legacy_score(data.decode(enc)), -_LEGACY.index(enc), enc))
        except UnicodeDecodeError:
            continue
    if not scored:
        return None
    score, _, enc = max(scored)
    return enc if score > 0 else None


def _check_text(text: str, path: str) -> str:
    if not text.strip():
        raise InputError("empty file (only whitespace)", file=path, hint="remove it or add text")
    return text


# --- formats ---


def _read_text(path: str, data: bytes) -> Iterator[ReadResult]:
    text, enc, notes = decode(data, path)
    title = None
    for line in text.splitlines():
        s = line.strip()
        if s:
            title = s.lstrip("#").strip()[:300] if len(s) <= 300 else None
            break
    yield RawDoc(path=path, text=text, title=title, encoding=enc, notes=notes, reader="text")


def _sniff_html(head: bytes) -> bool:
    h = head[:1024].lstrip().lower()
    return h.startswith((b"<!doctype html", b"<html")) or b"<html" in h[:256]


def _read_html(path: str, data: bytes) -> Iterator[ReadResult]:
    import trafilatura

    html, enc, notes = decode(data, path)
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if doc is None:
        raise InputError("HTML has no main text (only scripts, menus or markup)", file=path)
    get = doc.get if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
    text = (get("text") or "").strip()
    if not text:
        raise InputError("HTML has no main text (only scripts, menus or markup)", file=path)
    title = get("title")
    yield RawDoc(
        path=path,
        text=text,
        title=title,
        url=get("url"),
        outlet=get("sitename"),
        published=get("date"),
        encoding=enc,
        notes=notes,
        reader="html",
    )


def _read_pdf(path: str, data: bytes) -> Iterator[ReadResult]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        pdf = PdfReader(io.BytesIO(data))
        if pdf.is_encrypted and not pdf.decrypt(""):
            raise InputError("encrypted PDF (needs a password)", file=path, hint="decrypt it first")
        parts: list[str] = []
        pages: list[tuple[int, int]] = []
        pos = 0
        for page in pdf.pages:
            t = (page.extract_text() or "").strip()
            if parts:
                parts.append("\n\n")
                pos += 2
            parts.append(t)
            pages.append((pos, pos + len(t)))
            pos += len(t)
        title = (pdf.metadata or {}).get("/Title") if pdf.metadata else None
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as e:
        raise InputError(
            f"corrupt PDF: {str(e).splitlines()[0] if str(e) else type(e).__name__}", file=path
        ) from None
    except Exception as e:  # pypdf raises many internal types on malformed files
        if type(e).__module__.startswith("pypdf") or "crypt" in str(e).lower():
            reason = (
                "encrypted PDF (cannot decrypt)"
                if "crypt" in str(e).lower()
                else f"corrupt PDF: {e}"
            )
            raise InputError(reason, file=path) from None
        raise
    text = "".join(parts)
    if not text.strip():
        raise InputError("PDF has no extractable text (scanned images?)", file=path)
    yield RawDoc(
        path=path, text=text, title=str(title) if title else None, pages=pages, reader="pdf"
    )


_JSONL_FIELDS = {
    "title": "title",
    "url": "url",
    "outlet": "outlet",
    "date": "published",
    "published": "published",
    "source": "outlet",
}


def _read_jsonl(path: str, data: bytes) -> Iterator[ReadResult]:
    text, enc, notes = decode(data, path)
    n_ok = 0
    for i, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if len(line) > MAX_JSONL_LINE:
            yield ReadFailure(
                f"{path}:{i}", f"line {i}: longer than {MAX_JSONL_LINE // 1024 // 1024} MB, skipped"
            )
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield ReadFailure(
                f"{path}:{i}", f"line {i}: invalid JSON ({e.msg} at column {e.colno}); line skipped"
            )
            continue
        body = rec.get("text") if isinstance(rec, dict) else None
        if not isinstance(body, str) or not body.strip():
            yield ReadFailure(f"{path}:{i}", f'line {i}: no non-empty "text" field; line skipped')
            continue
        meta = {}
        for key, attr in _JSONL_FIELDS.items():
            v = rec.get(key)
            if isinstance(v, (str, int, float)) and attr not in meta:
                meta[attr] = str(v)
        n_ok += 1
        yield RawDoc(
            path=path, text=body, line=i, encoding=enc, notes=list(notes), reader="jsonl", **meta
        )
    if n_ok == 0:
        raise InputError(
            "JSON Lines file has no usable record",
            file=path,
            hint='one JSON object with "text" per line',
        )


readers.register("text")(Reader("text", (".txt", ".text", ".md", ".markdown", ""), _read_text))
readers.register("html")(Reader("html", (".html", ".htm", ".xhtml"), _read_html, _sniff_html))
readers.register("pdf")(Reader("pdf", (".pdf",), _read_pdf, lambda head: head.startswith(b"%PDF")))
readers.register("jsonl")(Reader("jsonl", (".jsonl", ".ndjson"), _read_jsonl))


def reader_for(path: str, head: bytes) -> Reader:
    """The reader whose sniffer recognises the content, else the one claiming the suffix, else text."""
    items = [r for _, r in readers.items()]
    for r in items:
        if r.sniff(head):
            return r
    suffix = Path(path).suffix.lower()
    for r in items:
        if suffix in r.suffixes:
            return r
    return readers.get("text")


def _known_suffixes() -> set[str]:
    return {s for _, r in readers.items() for s in r.suffixes if s}


# --- walking inputs ---


def _read_file(path: str, max_bytes: int) -> Iterator[ReadResult]:
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            yield ReadFailure(
                path,
                f"file is {size / 1e6:.1f} MB, over the limit of {max_bytes / 1e6:.1f} MB (setting max_file_mb)",
            )
            return
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    except PermissionError:
        yield ReadFailure(path, "permission denied")
        return
    except IsADirectoryError:
        yield ReadFailure(path, "is a directory")
        return
    except OSError as e:
        yield ReadFailure(path, f"cannot read: {e.strerror or e}")
        return
    yield from _read_bytes(path, data)


def _read_bytes(path: str, data: bytes) -> Iterator[ReadResult]:
    reader = reader_for(path, data[:1024])
    try:
        yield from reader.read(path, data)
    except InputError as e:
        yield ReadFailure(path, e.message + (f" (fix: {e.hint})" if e.hint else ""))


def _walk(root: str, max_bytes: int) -> Iterator[ReadResult]:
    """Files under `root` with a known suffix, sorted, following links but never a loop twice."""
    suffixes = _known_suffixes()
    seen: set[tuple[int, int]] = set()

    def visit(d: str) -> Iterator[ReadResult]:
        try:
            st = os.stat(d)
        except OSError as e:
            yield ReadFailure(d, f"cannot read directory: {e.strerror or e}")
            return
        key = (st.st_dev, st.st_ino)
        if key in seen:
            yield ReadFailure(
                d, f"directory loop: it leads back to {os.path.realpath(d)}, already read; skipped"
            )
            return
        seen.add(key)
        try:
            entries = sorted(os.scandir(d), key=lambda e: e.name)
        except OSError as e:
            yield ReadFailure(d, f"cannot read directory: {e.strerror or e}")
            return
        for e in entries:
            if e.name.startswith("."):
                continue
            p = os.path.join(d, e.name)
            try:
                is_dir = e.is_dir(follow_symlinks=True)
            except OSError:
                is_dir = False
            if is_dir:
                yield from visit(p)
            elif Path(e.name).suffix.lower() in suffixes:
                yield from _read_file(p, max_bytes)

    yield from visit(root)


def iter_documents(paths: list[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ReadResult]:
    """Every document of `paths` (files, directories, globs, "-" for standard input), in order.

    Directories are read recursively (files with a registered suffix only); a file named
    explicitly is read whatever its suffix (its content picks the reader).
    """
    for given in paths:
        if given == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
            if len(data) > max_bytes:
                yield ReadFailure(
                    "-", f"standard input is over the limit of {max_bytes / 1e6:.1f} MB"
                )
            else:
                yield from _read_bytes("-", data)
        elif os.path.isdir(given):
            yield from _walk(given, max_bytes)
        elif os.path.lexists(given):
            yield from _read_file(given, max_bytes)
        elif glob.has_magic(given):
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                yield ReadFailure(given, "no file matches this pattern")
            for m in matches:
                yield from (_walk(m, max_bytes) if os.path.isdir(m) else _read_file(m, max_bytes))
        else:
            yield ReadFailure(given, "no such file or directory")
