-- How the resident's identity was established for a case (bundle format 1.1, `identityCheck`):
-- JSON with source, outcome and chip check only – no names, no photo, no document number. NULL when
-- the case carries none (no ID card in the visit, JSON API, cases from before this column).
ALTER TABLE captured_case ADD COLUMN identity_check TEXT;
