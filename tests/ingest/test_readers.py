import io
import json
import os
import shutil
import subprocess
import sys
import tempfile

import pytest

from balkanscope.ingest.readers import RawDoc, Reader, ReadFailure, iter_documents
from balkanscope.registry import readers

from .fixtures import SR_CYRL, SR_LATN, make_encrypted_pdf, make_pdf


def read_all(paths, **kw):
    return list(iter_documents([str(p) for p in paths], **kw))


def only_doc(paths, **kw):
    (doc,) = read_all(paths, **kw)
    assert isinstance(doc, RawDoc), doc
    return doc


def only_failure(paths, **kw):
    (f,) = read_all(paths, **kw)
    assert isinstance(f, ReadFailure), f
    assert "\n" not in f.reason
    return f


def test_plain_text_and_markdown(tmp_path):
    (tmp_path / "a.txt").write_text(SR_LATN, encoding="utf-8")
    (tmp_path / "b.md").write_text("# Naslov\n\n" + SR_CYRL, encoding="utf-8")
    a = only_doc([tmp_path / "a.txt"])
    assert (
        a.text == SR_LATN
        and a.path == str(tmp_path / "a.txt")
        and a.title == "Beograd, 7. mart 2025."
    )
    b = only_doc([tmp_path / "b.md"])
    assert b.title == "Naslov" and b.text.endswith("цена повољна.")


def test_html_main_text_without_menus_and_scripts(tmp_path):
    body = " ".join(["Predsednik je govorio o saradnji sa partnerima u regionu."] * 4)
    html = (
        "<html><head><title>Vest dana</title><meta property='og:site_name' content='Portal X'>"
        "<meta name='date' content='2024-03-05'><script>var tracker = 1;</script></head><body>"
        "<nav><a href='/'>Početna</a> <a href='/o'>O nama</a></nav>"
        f"<article><h1>Vest dana</h1><p>{body}</p><p>Drugi pasus teksta vesti.</p></article>"
        "<footer>Sva prava zadržana</footer></body></html>"
    )
    (tmp_path / "x.html").write_text(html, encoding="utf-8")
    doc = only_doc([tmp_path / "x.html"])
    assert "saradnji" in doc.text and "tracker" not in doc.text and "Početna" not in doc.text
    assert doc.title == "Vest dana" and doc.published == "2024-03-05" and doc.outlet == "Portal X"


def test_pdf_text_with_page_offsets(tmp_path):
    (tmp_path / "r.pdf").write_bytes(
        make_pdf(["First page about Serbia.", "Second page about Russia."])
    )
    doc = only_doc([tmp_path / "r.pdf"])
    assert [doc.text[a:b] for a, b in doc.pages] == [
        "First page about Serbia.",
        "Second page about Russia.",
    ]


def test_jsonl_feed_keeps_good_lines(tmp_path):
    lines = [
        json.dumps(
            {
                "text": "Prvi tekst.",
                "url": "https://x.example/2024/05/01/a",
                "title": "A",
                "date": "2024-05-01",
                "outlet": "X",
            }
        ),
        "{not json",
        json.dumps({"title": "no text"}),
        "",
        json.dumps({"text": "Drugi tekst.", "title": "B"}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    out = read_all([tmp_path / "feed.jsonl"])
    docs = [d for d in out if isinstance(d, RawDoc)]
    fails = [f for f in out if isinstance(f, ReadFailure)]
    assert [(d.text, d.line, d.title) for d in docs] == [
        ("Prvi tekst.", 1, "A"),
        ("Drugi tekst.", 5, "B"),
    ]
    assert (
        docs[0].url.endswith("/a") and docs[0].published == "2024-05-01" and docs[0].outlet == "X"
    )
    assert [f.path.rsplit(":", 1)[1] for f in fails] == ["2", "3"]
    assert "invalid JSON" in fails[0].reason and '"text"' in fails[1].reason


def test_directory_recursive_glob_and_stdin(tmp_path, monkeypatch):
    (tmp_path / "d" / "sub").mkdir(parents=True)
    (tmp_path / "d" / "1.txt").write_text("Jedan.", encoding="utf-8")
    (tmp_path / "d" / "sub" / "2.txt").write_text("Dva.", encoding="utf-8")
    (tmp_path / "d" / "image.png").write_bytes(b"\x89PNG\x00\x00")  # not a document type: skipped
    docs = read_all([tmp_path / "d"])
    assert [d.text for d in docs] == ["Jedan.", "Dva."]
    assert [d.text for d in read_all([f"{tmp_path}/d/**/*.txt"])] == ["Jedan.", "Dva."]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Sa ulaza.")))
    (doc,) = read_all(["-"])
    assert (doc.path, doc.text) == ("-", "Sa ulaza.")


def test_non_utf8_text_is_detected_and_decoded(tmp_path):
    text = (
        "Predsednik Srbije je rekao da će se sastanak održati u četvrtak, a ministar je to potvrdio. "
        * 3
    )
    (tmp_path / "cp.txt").write_bytes(text.encode("cp1250"))
    doc = only_doc([tmp_path / "cp.txt"])
    assert doc.text == text and doc.encoding.lower().replace("_", "") in {"cp1250", "windows1250"}
    assert doc.notes


def test_utf16_with_bom_is_decoded_with_a_note(tmp_path):
    (tmp_path / "u16.txt").write_bytes("Вучић и Путин.".encode("utf-16"))
    doc = only_doc([tmp_path / "u16.txt"])
    assert doc.text == "Вучић и Путин." and "UTF-16" in doc.notes[0]


def test_a_few_invalid_utf8_bytes_are_replaced_with_a_note(tmp_path):
    data = ("Čačak je grad u Srbiji. " * 50).encode() + b"\xff" + b" Kraj."
    (tmp_path / "bad.txt").write_bytes(data)
    doc = only_doc([tmp_path / "bad.txt"])
    assert "\ufffd" in doc.text and "invalid UTF-8" in doc.notes[0]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\t\n", "empty file"),
        ("bin.txt", bytes(range(256)) * 4, "binary file"),
        (
            "scripts.html",
            b"<html><head><script>alert(1)</script></head><body><script>x()</script></body></html>",
            "no main text",
        ),
        ("corrupt.pdf", make_pdf(["Some text."])[:150], "corrupt PDF"),
        ("locked.pdf", make_encrypted_pdf("Secret text."), "encrypted PDF"),
        ("all_bad.jsonl", b"{oops\n", "invalid JSON"),
    ],
)
def test_bad_inputs_give_one_clear_line(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    out = read_all([tmp_path / name])
    assert out and all(isinstance(f, ReadFailure) and "\n" not in f.reason for f in out)
    assert reason in out[0].reason


def test_file_over_the_size_limit(tmp_path):
    (tmp_path / "big.txt").write_text("x" * 5000, encoding="utf-8")
    f = only_failure([tmp_path / "big.txt"], max_bytes=1000)
    assert "over the limit" in f.reason and "max_file_mb" in f.reason


def test_missing_path_and_unmatched_glob(tmp_path):
    assert "no such file" in only_failure([tmp_path / "nope.txt"]).reason
    assert "no file matches" in only_failure([f"{tmp_path}/*.none"]).reason


def test_unreadable_file():
    """Root reads every file, so as root the reader runs in a child that first drops to the
    unprivileged `nobody` user (after importing, so only the file read is unprivileged)."""
    folder = tempfile.mkdtemp(prefix="bs_unreadable_")
    os.chmod(folder, 0o755)  # the child must reach the file to be refused it
    p = os.path.join(folder, "secret.txt")
    try:
        with open(p, "w", encoding="utf-8") as f:
            f.write("tajna")
        os.chmod(p, 0)
        if os.geteuid() != 0:
            reason = only_failure([p]).reason
        else:
            code = (
                "import os, sys\n"
                "from balkanscope.ingest.readers import iter_documents\n"
                "os.setgroups([]); os.setgid(65534); os.setuid(65534)\n"
                "(f,) = iter_documents([sys.argv[1]])\n"
                "print(type(f).__name__, f.reason)\n"
            )
            res = subprocess.run([sys.executable, "-c", code, p], capture_output=True, text=True)
            assert res.returncode == 0, res.stderr
            assert res.stdout.startswith("ReadFailure ")
            reason = res.stdout
        assert "permission denied" in reason
    finally:
        shutil.rmtree(folder)


def test_directory_loop_is_reported_once_and_the_rest_is_read(tmp_path):
    (tmp_path / "d" / "sub").mkdir(parents=True)
    (tmp_path / "d" / "sub" / "a.txt").write_text("Tekst.", encoding="utf-8")
    os.symlink(tmp_path / "d", tmp_path / "d" / "sub" / "back")
    out = read_all([tmp_path / "d"])
    assert [d.text for d in out if isinstance(d, RawDoc)] == ["Tekst."]
    (loop,) = [f for f in out if isinstance(f, ReadFailure)]
    assert "directory loop" in loop.reason


def test_a_registered_reader_is_used_like_a_builtin(tmp_path):
    def read_upper(path, data):
        yield RawDoc(path=path, text=data.decode().upper(), reader="upper")

    readers.register("upper")(Reader("upper", (".upper",), read_upper))
    try:
        (tmp_path / "x.upper").write_text("srbija", encoding="utf-8")
        assert only_doc([tmp_path / "x.upper"]).text == "SRBIJA"
    finally:
        readers._items.pop("upper")


def test_broken_symlink_is_an_unreadable_path(tmp_path):
    os.symlink(tmp_path / "gone.txt", tmp_path / "link.txt")
    (tmp_path / "ok.txt").write_text("U redu.", encoding="utf-8")
    out = read_all([tmp_path / "link.txt", tmp_path / "ok.txt"])
    assert isinstance(out[0], ReadFailure) and "cannot read" in out[0].reason
    assert isinstance(out[1], RawDoc) and out[1].text == "U redu."
