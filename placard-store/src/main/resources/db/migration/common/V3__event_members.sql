-- SPDX-License-Identifier: Apache-2.0
-- One event, many sources. Every report's own extracted event is kept whole as a member of the stored event it
-- was merged into (member_json: Placard's lossless event JSON), with the reason it joined (NULL for the member
-- whose id the event bears). The stored event is derived from its members and rewritten when they change.
-- The columns after reason repeat what the merge's candidate lookup filters on, so that it can use indexes.
CREATE TABLE event_members (
  member_id   TEXT PRIMARY KEY,
  event_id    TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  report_id   TEXT NOT NULL,
  position    INTEGER NOT NULL,  -- the member's place among its report's events
  member_json TEXT NOT NULL,
  reason      TEXT,
  reference   BOOLEAN NOT NULL,
  iso2        TEXT,
  geonameid   BIGINT,
  latitude    DOUBLE PRECISION,
  longitude   DOUBLE PRECISION,
  date_start  DATE NOT NULL,
  date_end    DATE NOT NULL,
  CHECK ((latitude IS NULL) = (longitude IS NULL))
);
CREATE INDEX event_members_by_event ON event_members (event_id);
CREATE INDEX event_members_by_report ON event_members (report_id);
CREATE INDEX event_members_by_area ON event_members (iso2, latitude);
CREATE INDEX event_members_by_end ON event_members (iso2, date_end);
CREATE INDEX event_members_by_geoname ON event_members (geonameid);

-- Pairs of members a person split apart: never merged again, not even through a third member.
-- member_a is the smaller id (as Java orders strings; the store writes them so).
CREATE TABLE merge_vetoes (
  member_a TEXT NOT NULL,
  member_b TEXT NOT NULL,
  PRIMARY KEY (member_a, member_b)
);
CREATE INDEX merge_vetoes_by_b ON merge_vetoes (member_b);
