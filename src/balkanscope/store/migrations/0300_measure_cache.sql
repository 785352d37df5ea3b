-- Measure: a cache of the counted (asserted, dated) events with parsed days and default scores,
-- sorted by unordered dyad (x, y) and day so a dyad's rows sit in few row groups and DuckDB's
-- zone maps skip the rest. Rebuilt by the `measure-cache` build step and by `import-gdelt`;
-- used only while measure_cache.events_count equals the events table's row count.
CREATE TABLE measure_events (
    x VARCHAR,                 -- least(actor_polity, recipient_polity)
    y VARCHAR,                 -- greatest(actor_polity, recipient_polity)
    event_id VARCHAR,
    type VARCHAR,
    quad VARCHAR,
    score DOUBLE,
    actor_polity VARCHAR,
    recipient_polity VARCHAR,
    n_mentions INTEGER,
    origin VARCHAR,
    day DATE
);

CREATE TABLE measure_cache (
    events_count BIGINT,
    built_at TIMESTAMP
);
