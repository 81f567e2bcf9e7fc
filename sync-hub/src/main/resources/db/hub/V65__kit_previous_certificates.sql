-- Certificates a kit held before it renewed: what it sealed with an earlier key (receipts handed
-- to residents) must still verify after the renewal. The current certificate stays in kit.
CREATE TABLE kit_previous_certificate (
  kit_id          TEXT NOT NULL REFERENCES kit (kit_id),
  certificate_pem TEXT NOT NULL,
  replaced_at     TEXT NOT NULL,
  PRIMARY KEY (kit_id, certificate_pem)
);
