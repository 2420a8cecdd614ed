// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;
import org.placard.model.Coordinates;
import org.placard.model.Event;
import org.placard.model.EventDate;
import org.placard.model.EventType;
import org.placard.model.Place;
import org.placard.model.TimePrecision;

/** The {@code events} row of an event: its own columns, without the lists kept in child tables. */
final class EventRows {
  /** The columns of {@code events}, in the order {@link #bind} binds them. */
  static final String COLUMNS = "e.id, e.date_start, e.date_end, e.time_precision, e.inferred_date, e.event_date, "
      + "e.disorder_type, e.event_type, e.sub_event_type, e.reference, e.geonameid, e.location, "
      + "e.place_as_written, e.admin1, e.iso2, e.country, e.latitude, e.longitude, e.geo_precision";

  /** What the events row holds; the rest of the event comes from the child tables. */
  record Head(String id, EventDate date, Optional<Place> place, EventType type, boolean reference) {}

  private EventRows() {}

  static void bind(PreparedStatement row, Dialect dialect, Event event) throws SQLException {
    EventDate date = event.date();
    row.setString(1, event.id());
    dialect.bindDate(row, 2, date.start());
    dialect.bindDate(row, 3, date.end());
    row.setInt(4, date.precision().code());
    row.setBoolean(5, date.inferred());
    // event_date is derived, stored for SQL users who want ACLED's single date column.
    dialect.bindDate(row, 6, date.eventDate());
    row.setString(7, event.type().disorderType());
    row.setString(8, event.type().eventType());
    row.setString(9, event.type().subEventType());
    row.setBoolean(10, event.reference());
    Optional<Place> place = event.place();
    setLong(row, 11, place.flatMap(Place::geonameId));
    row.setString(12, place.map(Place::name).orElse(null));
    row.setString(13, place.map(Place::nameAsWritten).orElse(null));
    row.setString(14, place.flatMap(Place::admin1).orElse(null));
    row.setString(15, place.map(Place::countryCode).orElse(null));
    row.setString(16, place.map(Place::country).orElse(null));
    Optional<Coordinates> point = place.flatMap(Place::coordinates);
    setDouble(row, 17, point.map(Coordinates::lat));
    setDouble(row, 18, point.map(Coordinates::lon));
    if (place.isPresent()) {
      row.setInt(19, place.get().precision());
    } else {
      row.setNull(19, Types.INTEGER);
    }
  }

  static Head read(ResultSet row, Dialect dialect) throws SQLException {
    EventDate date = new EventDate(
        dialect.requiredDate(row, "date_start"), dialect.requiredDate(row, "date_end"),
        TimePrecision.ofCode(row.getInt("time_precision")), row.getBoolean("inferred_date"));
    EventType type = new EventType(
        row.getString("disorder_type"), row.getString("event_type"), row.getString("sub_event_type"));
    return new Head(row.getString("id"), date, place(row), type, row.getBoolean("reference"));
  }

  private static Optional<Place> place(ResultSet row) throws SQLException {
    String countryCode = row.getString("iso2");
    if (countryCode == null) {
      return Optional.empty();
    }
    long geonameId = row.getLong("geonameid");
    Optional<Long> geoname = row.wasNull() ? Optional.empty() : Optional.of(geonameId);
    double lat = row.getDouble("latitude");
    Optional<Coordinates> point = row.wasNull()
        ? Optional.empty() : Optional.of(new Coordinates(lat, row.getDouble("longitude")));
    return Optional.of(new Place(geoname, row.getString("location"), row.getString("place_as_written"),
        Optional.ofNullable(row.getString("admin1")), countryCode, row.getString("country"), point,
        row.getInt("geo_precision")));
  }

  private static void setLong(PreparedStatement row, int index, Optional<Long> value) throws SQLException {
    if (value.isPresent()) {
      row.setLong(index, value.get());
    } else {
      row.setNull(index, Types.BIGINT);
    }
  }

  private static void setDouble(PreparedStatement row, int index, Optional<Double> value) throws SQLException {
    if (value.isPresent()) {
      row.setDouble(index, value.get());
    } else {
      row.setNull(index, Types.DOUBLE);
    }
  }
}
