-- Ties carry the agreement or arrangement's name (e.g. "Prespa Agreement") apart from the note.
ALTER TABLE ties ADD COLUMN name VARCHAR;
