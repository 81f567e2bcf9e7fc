-- identity_check: how the kit established the resident's identity (bundle format 1.1), JSON with
-- source, outcome and chip check only; NULL for cases without one (older kits, JSON API).
-- supplement_to: for a supplement ("nachreichung"), the number of the case it belongs to. The link
-- is made by number when a page is shown, so it holds in either order of arrival.
ALTER TABLE received_case ADD COLUMN identity_check TEXT;
ALTER TABLE received_case ADD COLUMN supplement_to TEXT;
CREATE INDEX received_case_supplement_to ON received_case (supplement_to);
