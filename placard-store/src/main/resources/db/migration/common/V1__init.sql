-- SPDX-License-Identifier: Apache-2.0
-- Placard's schema, in SQL that both SQLite and PostgreSQL accept. Lists keep the model's order in a
-- "position" column; child rows go with their event (ON DELETE CASCADE), so an event is replaced whole.
-- Dates are DATE (ISO text in SQLite, where text order is date order); booleans are BOOLEAN (0/1 in SQLite).

CREATE TABLE reports (
  id          TEXT PRIMARY KEY,
  text        TEXT NOT NULL,
  title       TEXT,
  url         TEXT,
  outlet      TEXT,
  published   DATE,
  language    TEXT NOT NULL,
  input       TEXT NOT NULL,
  ingested_at TIMESTAMP NOT NULL
);

CREATE TABLE events (
  id               TEXT PRIMARY KEY,
  date_start       DATE NOT NULL,
  date_end         DATE NOT NULL,
  time_precision   INTEGER NOT NULL CHECK (time_precision BETWEEN 1 AND 4),
  inferred_date    BOOLEAN NOT NULL,
  event_date       DATE NOT NULL,
  disorder_type    TEXT NOT NULL,
  event_type       TEXT NOT NULL,
  sub_event_type   TEXT NOT NULL,
  reference        BOOLEAN NOT NULL,
  -- the place: all NULL when the event has none; country_code is set whenever there is a place
  geonameid        BIGINT,
  location         TEXT,
  place_as_written TEXT,
  admin1           TEXT,
  iso2             TEXT,
  country          TEXT,
  latitude         DOUBLE PRECISION,
  longitude        DOUBLE PRECISION,
  geo_precision    INTEGER CHECK (geo_precision BETWEEN 1 AND 3),
  CHECK ((latitude IS NULL) = (longitude IS NULL))
);
CREATE INDEX events_by_date ON events (date_start, id);
CREATE INDEX events_by_end ON events (date_end);
CREATE INDEX events_by_country ON events (iso2, date_start);
CREATE INDEX events_by_position ON events (latitude, longitude);

-- The reports an event cites, with their metadata as the event saw it (a source need not be a stored report).
CREATE TABLE event_sources (
  event_id  TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  report_id TEXT NOT NULL,
  title     TEXT,
  url       TEXT,
  outlet    TEXT,
  published DATE,
  PRIMARY KEY (event_id, position)
);
CREATE INDEX event_sources_by_report ON event_sources (report_id);

CREATE TABLE event_forms (
  event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  form     TEXT NOT NULL,
  PRIMARY KEY (event_id, form)
);
CREATE INDEX event_forms_by_form ON event_forms (form, event_id);

CREATE TABLE actors (
  event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name     TEXT NOT NULL,
  role     TEXT NOT NULL,
  PRIMARY KEY (event_id, position)
);

-- The names a report used for an actor ("the Resistance Units" for "PMOI/MEK Resistance Units").
CREATE TABLE actor_names (
  event_id       TEXT NOT NULL,
  actor_position INTEGER NOT NULL,
  position       INTEGER NOT NULL,
  as_written     TEXT NOT NULL,
  PRIMARY KEY (event_id, actor_position, position),
  FOREIGN KEY (event_id, actor_position) REFERENCES actors (event_id, position) ON DELETE CASCADE
);

CREATE TABLE slogans (
  event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text     TEXT NOT NULL,
  PRIMARY KEY (event_id, position)
);

CREATE TABLE claims (
  event_id        TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  position        INTEGER NOT NULL,
  figure          TEXT NOT NULL,
  value           BIGINT CHECK (value >= 0),
  as_written      TEXT NOT NULL,
  claimant        TEXT,
  claimant_on     DATE,
  PRIMARY KEY (event_id, position)
);
CREATE INDEX claims_by_figure ON claims (figure, event_id);

-- Who confirmed ('corroborated') or disputed ('disputed') a claim, and when.
CREATE TABLE claim_attributions (
  event_id       TEXT NOT NULL,
  claim_position INTEGER NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN ('corroborated', 'disputed')),
  position       INTEGER NOT NULL,
  source         TEXT NOT NULL,
  said_on        DATE,
  PRIMARY KEY (event_id, claim_position, kind, position),
  FOREIGN KEY (event_id, claim_position) REFERENCES claims (event_id, position) ON DELETE CASCADE
);

-- Evidence for the event itself (owner 'event', position in the event's list), or the one span a slogan or
-- a claim was read from (owner 'slogan' or 'claim', position of that slogan or claim).
CREATE TABLE evidence (
  event_id   TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  owner      TEXT NOT NULL CHECK (owner IN ('event', 'slogan', 'claim')),
  position   INTEGER NOT NULL,
  report_id  TEXT NOT NULL,
  field      TEXT NOT NULL,
  span_start INTEGER NOT NULL CHECK (span_start >= 0),
  span_end   INTEGER NOT NULL CHECK (span_end >= span_start),
  quote      TEXT NOT NULL,
  PRIMARY KEY (event_id, owner, position)
);
CREATE INDEX evidence_by_report ON evidence (report_id, span_start);
