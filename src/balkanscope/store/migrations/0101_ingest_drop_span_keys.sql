-- Sentences and mentions are written once, with their document, in the document's batch
-- transaction (a document already stored is skipped whole), so their primary keys guarded
-- nothing; but DuckDB keeps a primary key's ART index in memory and checks it on every insert,
-- which made the writer's memory and commit time grow with the corpus. Recreate both tables
-- without keys (DuckDB cannot drop a primary key in place).
CREATE TABLE sentences_new (
    doc_id VARCHAR NOT NULL,
    sent_idx INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text VARCHAR NOT NULL
);
INSERT INTO sentences_new SELECT doc_id, sent_idx, start_char, end_char, text FROM sentences;
DROP TABLE sentences;
ALTER TABLE sentences_new RENAME TO sentences;

CREATE TABLE mentions_new (
    doc_id VARCHAR NOT NULL,
    sent_idx INTEGER,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    surface VARCHAR NOT NULL,
    alias VARCHAR,
    actor_id VARCHAR,
    polity VARCHAR,
    match_kind VARCHAR,
    ambiguous BOOLEAN NOT NULL DEFAULT FALSE,
    candidates VARCHAR
);
INSERT INTO mentions_new
    SELECT doc_id, sent_idx, start_char, end_char, surface, alias, actor_id, polity, match_kind,
           ambiguous, candidates
    FROM mentions;
DROP TABLE mentions;
ALTER TABLE mentions_new RENAME TO mentions;
