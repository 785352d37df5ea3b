-- Ingest: every input that gave a document (an identical document read from several paths is
-- stored once; its other paths are kept here), and per-document reader details.
CREATE TABLE document_sources (
    doc_id VARCHAR NOT NULL,
    source VARCHAR NOT NULL,       -- path as given, "path:LINE" for JSON Lines records, "-" for stdin
    PRIMARY KEY (doc_id, source)
);

ALTER TABLE documents ADD COLUMN meta VARCHAR;   -- JSON: reader, encoding, notes, pages (PDF)
