"""Test inputs built in code: minimal PDFs, encrypted PDFs, documents in several languages."""

from __future__ import annotations

import io


def make_pdf(pages: list[str]) -> bytes:
    """A minimal valid PDF with one Helvetica text line per page (ASCII text)."""
    objs: list[bytes] = []
    n_pages = len(pages)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for i, text in enumerate(pages):
        esc = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        stream = f"BT /F1 12 Tf 72 720 Td ({esc}) Tj ET".encode()
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
            f"/Contents {5 + 2 * i} 0 R >>".encode()
        )
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def make_encrypted_pdf(text: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(make_pdf([text]))).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


SR_LATN = (
    "Beograd, 7. mart 2025.\n\n"
    "Predsednik Srbije Aleksandar Vučić razgovarao je juče sa predstavnicima Rusije o "
    "isporukama gasa. Sastanak je održan posle dve nedelje pregovora. Vučić je rekao da je "
    "cena povoljna i da će Srbija i dalje sarađivati sa svim partnerima."
)
SR_CYRL = (
    "Београд, 7. март 2025.\n\n"
    "Председник Србије Александар Вучић разговарао је јуче са представницима Русије о "
    "испорукама гаса. Вучић је рекао да је цена повољна."
)
HR = (
    "Zagreb, 19. ožujka 2025.\n\n"
    "Predsjednik Vlade razgovarao je jučer s predstavnicima Europske unije o suradnji u "
    "području obrane. Tijekom sastanka dogovoreno je da će tisuću vojnika sudjelovati u "
    "vježbi. Glasnogovornik je priopćio da je riječ o važnom koraku."
)
BS = (
    "Sarajevo, 6. januar 2022.\n\n"
    "Predsjednik Predsjedništva razgovarao je juče s predstavnicima Evropske unije o saradnji "
    "i sigurnosti. Riječ je o prvoj sedmici pregovora, a historija odnosa je duga. Hiljadu "
    "ljudi okupilo se ispred zgrade Vijeća ministara."
)
RU = (
    "Москва, 5 июня 2017 г.\n\n"
    "Министр иностранных дел России заявил, что Москва оставляет за собой право на ответные "
    "меры. Российская сторона выразила сожаление."
)
MK = (
    "Скопје, 19 јули 2022 година\n\n"
    "Северна Македонија денеска официјално ги започна пристапните преговори со Европската "
    "унија. Владата ја поздрави одлуката."
)
SQ = (
    "Prishtinë, 25 shtator 2023\n\n"
    "Kryeministri i Kosovës foli sot për sigurinë në veri. Ai tha se institucionet do të "
    "vazhdojnë punën me partnerët ndërkombëtarë."
)
TR = (
    "Ankara, 5 Haziran 2023\n\n"
    "Türkiye'nin Kosova'daki barış gücüne katkısı artırıldı. Bakanlık, gelişmelerin "
    "diyalogla çözülmesi çağrısında bulundu."
)
EN = (
    "12:38 PM EST, November 11, 2023\n\n"
    "The West needs to prevent a new crisis in the region, analysts said. Officials in "
    "Washington and Brussels met on Friday to discuss the situation."
)


def snapshot(db_path) -> dict[str, list[tuple]]:
    """Everything ingest stores, sorted, without the run id and timestamps (which differ
    between any two runs); equal snapshots mean equal databases for every reader."""
    import duckdb

    con = duckdb.connect(str(db_path), read_only=True)
    try:
        out = {}
        for table, exclude in (
            ("documents", "EXCLUDE (run_id, ingested_at)"),
            ("sentences", ""),
            ("mentions", ""),
            ("document_sources", ""),
        ):
            out[table] = sorted(
                con.execute(f"SELECT * {exclude} FROM {table}").fetchall(), key=repr
            )
        return out
    finally:
        con.close()


def write_corpus(folder, n: int, start: int = 0, chars: int = 1500) -> list:
    """`n` synthetic documents in several languages as .txt files."""
    from balkanscope.ingest.synth import document

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        p = folder / f"doc{i:05d}.txt"
        p.write_text(document(i, target_chars=chars)[1], encoding="utf-8")
        paths.append(p)
    return paths
