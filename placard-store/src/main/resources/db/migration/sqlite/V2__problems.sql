-- SPDX-License-Identifier: Apache-2.0
-- Problems are kept in the order they were recorded: the id is SQLite's rowid, assigned on insert.
-- fingerprint (a hash of the other fields, computed by the store) makes recording the same problem twice a no-op.
CREATE TABLE problems (
  id          INTEGER PRIMARY KEY,
  fingerprint TEXT NOT NULL UNIQUE,
  input       TEXT NOT NULL,
  report_id   TEXT,
  stage       TEXT NOT NULL,
  message     TEXT NOT NULL,
  quote       TEXT,
  recorded_at TIMESTAMP NOT NULL  -- UTC, ISO-8601 text
);
CREATE INDEX problems_by_report ON problems (report_id);
