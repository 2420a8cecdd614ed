-- SPDX-License-Identifier: Apache-2.0
-- The merge's candidate lookup asks for members at one place (a GeoNames id, or a country and a latitude band)
-- whose dates come within a day of the new member's. With the place alone in the index, a place reported every
-- day for years made each lookup read all its members; with the end date beside it, the lookup reads only
-- members that end on or after the new member's start, which for news arriving in date order is a handful.
DROP INDEX event_members_by_geoname;
CREATE INDEX event_members_by_geoname_end ON event_members (geonameid, date_end);
DROP INDEX event_members_by_area;
CREATE INDEX event_members_by_area_end ON event_members (iso2, date_end, latitude);
DROP INDEX event_members_by_end;
