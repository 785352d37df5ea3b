-- Core schema: the pack (actors, aliases, roles, ties, indicators, sources), documents and what
-- is coded from them, and runs. JSON-valued columns are VARCHAR holding JSON text so that every
-- export format round-trips them losslessly.

CREATE TABLE runs (
    run_id VARCHAR PRIMARY KEY,
    command VARCHAR NOT NULL,
    args VARCHAR,                 -- JSON
    started_at TIMESTAMP,
    finished_at TIMESTAMP,
    status VARCHAR,               -- running | ok | failed
    stats VARCHAR                 -- JSON
);

CREATE TABLE sources (
    source_id VARCHAR PRIMARY KEY, -- pack source key (e.g. seed002) or document id
    kind VARCHAR NOT NULL,         -- seed | url | document | dataset
    title VARCHAR,
    url VARCHAR,
    outlet VARCHAR,
    date VARCHAR,                  -- ISO, as precise as known
    note VARCHAR
);

CREATE TABLE actors (
    actor_id VARCHAR PRIMARY KEY,
    kind VARCHAR NOT NULL,
    polity VARCHAR,
    name VARCHAR NOT NULL,
    description VARCHAR,
    pack VARCHAR,
    data VARCHAR                   -- JSON: the full pack record
);

CREATE TABLE aliases (
    actor_id VARCHAR NOT NULL,
    lang VARCHAR NOT NULL,         -- en, sr_latn, sr_cyrl, hr, bs, mk, sq, ru, tr
    alias VARCHAR NOT NULL,
    norm VARCHAR NOT NULL,         -- lower-cased, diacritics folded, Cyrillic transliterated
    alias_kind VARCHAR NOT NULL,   -- name | demonym | metonym | abbreviation
    ambiguous BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE roles (
    actor_id VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    polity VARCHAR NOT NULL,
    org VARCHAR,
    start_date VARCHAR,
    end_date VARCHAR,
    source VARCHAR
);

CREATE TABLE ties (
    tie_id VARCHAR PRIMARY KEY,
    kind VARCHAR NOT NULL,
    actor VARCHAR NOT NULL,
    partner VARCHAR NOT NULL,
    start_date VARCHAR,
    end_date VARCHAR,
    value DOUBLE,
    unit VARCHAR,
    stance VARCHAR,
    note VARCHAR,
    sources VARCHAR NOT NULL,      -- JSON list of {source, url, value, unit, quote, note}
    pack VARCHAR
);

CREATE TABLE indicators (
    series_id VARCHAR NOT NULL,
    polity VARCHAR,
    name VARCHAR NOT NULL,
    unit VARCHAR,
    date VARCHAR NOT NULL,
    value DOUBLE NOT NULL,
    source VARCHAR NOT NULL,
    note VARCHAR,
    pack VARCHAR
);

CREATE TABLE documents (
    doc_id VARCHAR PRIMARY KEY,    -- first 16 hex of the content hash
    path VARCHAR,
    url VARCHAR,
    title VARCHAR,
    outlet VARCHAR,
    published VARCHAR,             -- ISO date, as precise as known
    date_source VARCHAR,           -- metadata | dateline | url | none
    lang VARCHAR,
    lang_confidence DOUBLE,
    lang_alternatives VARCHAR,     -- JSON {lang: confidence}
    script VARCHAR,                -- Latn | Cyrl | mixed
    content_hash VARCHAR NOT NULL,
    simhash UBIGINT,
    duplicate_of VARCHAR,          -- near-duplicate original's doc_id
    n_chars INTEGER,
    n_sentences INTEGER,
    n_mentions INTEGER,
    text VARCHAR NOT NULL,
    run_id VARCHAR,
    ingested_at TIMESTAMP
);

CREATE TABLE sentences (
    doc_id VARCHAR NOT NULL,
    sent_idx INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    PRIMARY KEY (doc_id, sent_idx)
);

CREATE TABLE mentions (
    doc_id VARCHAR NOT NULL,
    sent_idx INTEGER,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    surface VARCHAR NOT NULL,      -- the text as written
    alias VARCHAR,                 -- the pack alias matched
    actor_id VARCHAR,              -- null when ambiguous and unresolved
    polity VARCHAR,
    match_kind VARCHAR,            -- name | demonym | metonym | abbreviation
    ambiguous BOOLEAN NOT NULL DEFAULT FALSE,
    candidates VARCHAR,            -- JSON list of actor ids when ambiguous
    PRIMARY KEY (doc_id, start_char, end_char)
);

CREATE TABLE events (
    event_id VARCHAR PRIMARY KEY,  -- cluster of mentions of one event
    type VARCHAR NOT NULL,
    quad VARCHAR NOT NULL,         -- verbal_coop | material_coop | verbal_conflict | material_conflict
    score DOUBLE,
    actor VARCHAR,
    recipient VARCHAR,
    actor_polity VARCHAR,
    recipient_polity VARCHAR,
    date VARCHAR,                  -- ISO, as precise as known
    modality VARCHAR NOT NULL,
    mode VARCHAR,
    context VARCHAR,               -- JSON list
    confidence DOUBLE,
    n_mentions INTEGER NOT NULL DEFAULT 1,
    n_documents INTEGER NOT NULL DEFAULT 1,
    first_report VARCHAR,
    last_report VARCHAR,
    origin VARCHAR NOT NULL DEFAULT 'text'   -- text | gdelt
);

CREATE TABLE event_mentions (
    mention_id VARCHAR PRIMARY KEY,
    event_id VARCHAR,
    doc_id VARCHAR NOT NULL,
    sent_idx INTEGER,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    actor VARCHAR,
    recipient VARCHAR,
    actor_polity VARCHAR,
    recipient_polity VARCHAR,
    date VARCHAR,
    modality VARCHAR NOT NULL,
    mode VARCHAR,
    context VARCHAR,               -- JSON list
    confidence DOUBLE,
    trigger VARCHAR,
    url VARCHAR                    -- evidence link for imported events (GDELT)
);

CREATE TABLE claims (
    claim_id VARCHAR PRIMARY KEY,
    doc_id VARCHAR NOT NULL,
    speaker VARCHAR,
    speaker_polity VARCHAR,
    quote_start INTEGER NOT NULL,
    quote_end INTEGER NOT NULL,
    quote VARCHAR NOT NULL,
    mention_id VARCHAR             -- the verbal event mention the claim carries
);

CREATE TABLE citations (
    doc_id VARCHAR NOT NULL,
    ref VARCHAR NOT NULL,          -- footnote marker, e.g. "1"
    title VARCHAR,
    outlet VARCHAR,
    date VARCHAR,
    accessed VARCHAR,
    url VARCHAR,
    start_char INTEGER,
    end_char INTEGER,
    PRIMARY KEY (doc_id, ref)
);
