-- Visit planning: the visits the town hall planned for a kit. They name residents, so they are
-- deleted a retention period after their day (bk.hub.visits.retention, docs/security.md).
CREATE TABLE visit (
  visit_id      TEXT COLLATE "C" PRIMARY KEY,
  kit_id        TEXT COLLATE "C" NOT NULL,
  day           TEXT COLLATE "C" NOT NULL,  -- ISO-8601 date, town-hall time zone
  time          TEXT COLLATE "C" NOT NULL,
  resident_name TEXT COLLATE "C" NOT NULL,
  address       TEXT COLLATE "C" NOT NULL,
  form_ids      TEXT COLLATE "C" NOT NULL,  -- comma-separated form ids of the catalog
  note          TEXT COLLATE "C" NOT NULL,
  changed_at    TEXT COLLATE "C" NOT NULL
);
CREATE INDEX visit_kit_day ON visit (kit_id, day);

-- The last visit plan issued per kit: its version only counts up; published = 0 while it waits
-- for the broker.
CREATE TABLE visit_plan (
  kit_id    TEXT COLLATE "C" PRIMARY KEY,
  version   BIGINT NOT NULL,
  issued_at TEXT COLLATE "C" NOT NULL,
  visits    INTEGER NOT NULL,
  published INTEGER NOT NULL
);
