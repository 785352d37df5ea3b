-- Sources record which pack wrote them, so a rebuild replaces the pack's sources without
-- touching those found in documents (citations).
ALTER TABLE sources ADD COLUMN pack VARCHAR;
