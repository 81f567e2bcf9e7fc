-- Certificates a kit held before it renewed: what it sealed with an earlier key (receipts handed
-- to residents) must still verify after the renewal. The current certificate stays in kit.
-- PostgreSQL twin of db/hub/V65__kit_previous_certificates.sql.
CREATE TABLE kit_previous_certificate (
  kit_id          TEXT COLLATE "C" NOT NULL REFERENCES kit (kit_id),
  certificate_pem TEXT COLLATE "C" NOT NULL,
  replaced_at     TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (kit_id, certificate_pem)
);
