// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.placard.model.Actor;
import org.placard.model.Attribution;
import org.placard.model.Claim;
import org.placard.model.Event;
import org.placard.model.Evidence;
import org.placard.model.Form;
import org.placard.model.Problem;
import org.placard.model.Report;
import org.placard.model.Slogan;
import org.placard.model.Source;

/**
 * Writes reports, events and problems as rows, batched per table, inside the caller's transaction. Not
 * thread-safe; one writer per transaction. {@link #flush()} sends the batches in foreign-key order.
 */
final class EventWriter implements AutoCloseable {
  private final Dialect dialect;
  private final Instant now;
  private final List<PreparedStatement> inOrder = new ArrayList<>();
  private final PreparedStatement reports;
  private final PreparedStatement events;
  private final PreparedStatement sources;
  private final PreparedStatement forms;
  private final PreparedStatement actors;
  private final PreparedStatement actorNames;
  private final PreparedStatement slogans;
  private final PreparedStatement claims;
  private final PreparedStatement attributions;
  private final PreparedStatement evidence;
  private final PreparedStatement problems;

  EventWriter(Connection connection, Dialect dialect, Instant now) throws SQLException {
    this.dialect = dialect;
    this.now = now;
    reports = prepare(connection, "reports",
        "id, text, title, url, outlet, published, language, input, ingested_at");
    events = prepare(connection, "events",
        "id, date_start, date_end, time_precision, inferred_date, event_date, disorder_type, event_type, "
            + "sub_event_type, reference, geonameid, location, place_as_written, admin1, iso2, country, latitude, "
            + "longitude, geo_precision");
    sources = prepare(connection, "event_sources", "event_id, position, report_id, title, url, outlet, published");
    forms = prepare(connection, "event_forms", "event_id, form");
    actors = prepare(connection, "actors", "event_id, position, name, role");
    actorNames = prepare(connection, "actor_names", "event_id, actor_position, position, as_written");
    slogans = prepare(connection, "slogans", "event_id, position, text");
    claims = prepare(connection, "claims",
        "event_id, position, figure, value, as_written, claimant, claimant_on");
    attributions = prepare(connection, "claim_attributions",
        "event_id, claim_position, kind, position, source, said_on");
    evidence = prepare(connection, "evidence",
        "event_id, owner, position, report_id, field, span_start, span_end, quote");
    // Recording the same problem again (the same input re-read) adds nothing.
    problems = track(connection.prepareStatement(
        "INSERT INTO problems (fingerprint, input, report_id, stage, message, quote, recorded_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (fingerprint) DO NOTHING"));
  }

  void report(Report report) throws SQLException {
    set(reports, report.id(), report.text(), report.title(), report.url(), report.outlet());
    dialect.bindDate(reports, 6, report.published());
    reports.setString(7, report.language());
    reports.setString(8, report.input());
    dialect.bindTime(reports, 9, now);
    reports.addBatch();
  }

  void event(Event event) throws SQLException {
    EventRows.bind(events, dialect, event);
    events.addBatch();
    String id = event.id();
    for (int i = 0; i < event.sources().size(); i++) {
      Source source = event.sources().get(i);
      set(sources, id, i, source.reportId(), source.title(), source.url(), source.outlet());
      dialect.bindDate(sources, 7, source.published());
      sources.addBatch();
    }
    for (Form form : event.forms().stream().sorted(Comparator.naturalOrder()).toList()) {
      set(forms, id, form.name());
      forms.addBatch();
    }
    for (int i = 0; i < event.actors().size(); i++) {
      Actor actor = event.actors().get(i);
      set(actors, id, i, actor.name(), actor.role().name());
      actors.addBatch();
      for (int n = 0; n < actor.asWritten().size(); n++) {
        set(actorNames, id, i, n, actor.asWritten().get(n));
        actorNames.addBatch();
      }
    }
    for (int i = 0; i < event.slogans().size(); i++) {
      Slogan slogan = event.slogans().get(i);
      set(slogans, id, i, slogan.text());
      slogans.addBatch();
      evidence(id, "slogan", i, slogan.evidence());
    }
    for (int i = 0; i < event.claims().size(); i++) {
      claim(id, i, event.claims().get(i));
    }
    for (int i = 0; i < event.evidence().size(); i++) {
      evidence(id, "event", i, event.evidence().get(i));
    }
  }

  void problem(Problem problem) throws SQLException {
    set(problems, fingerprint(problem), problem.input(), problem.reportId(), problem.stage(), problem.message(),
        problem.quote());
    dialect.bindTime(problems, 7, now);
    problems.addBatch();
  }

  /** Sends every pending row, parents before children. */
  void flush() throws SQLException {
    for (PreparedStatement statement : inOrder) {
      statement.executeBatch();
    }
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement statement : inOrder) {
      statement.close();
    }
  }

  private void claim(String eventId, int position, Claim claim) throws SQLException {
    set(claims, eventId, position, claim.figure().name(), claim.value(), claim.asWritten(),
        claim.claimant().map(Attribution::source));
    dialect.bindDate(claims, 7, claim.claimant().flatMap(Attribution::on));
    claims.addBatch();
    attributions(eventId, position, "corroborated", claim.corroboratedBy());
    attributions(eventId, position, "disputed", claim.disputedBy());
    evidence(eventId, "claim", position, claim.evidence());
  }

  private void attributions(String eventId, int claim, String kind, List<Attribution> list) throws SQLException {
    for (int i = 0; i < list.size(); i++) {
      set(attributions, eventId, claim, kind, i, list.get(i).source());
      dialect.bindDate(attributions, 6, list.get(i).on());
      attributions.addBatch();
    }
  }

  private void evidence(String eventId, String owner, int position, Evidence e) throws SQLException {
    set(evidence, eventId, owner, position, e.reportId(), e.field(), e.span().start(), e.span().end(), e.quote());
    evidence.addBatch();
  }

  private PreparedStatement prepare(Connection connection, String table, String columns) throws SQLException {
    String marks = String.join(", ", Collections.nCopies(columns.split(",").length, "?"));
    return track(connection.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")"));
  }

  private PreparedStatement track(PreparedStatement statement) {
    inOrder.add(statement);
    return statement;
  }

  /** Binds strings, integers, longs and optionals of those from parameter 1 on. */
  static void set(PreparedStatement statement, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object value = values[i] instanceof Optional<?> optional ? optional.orElse(null) : values[i];
      if (value == null) {
        statement.setNull(i + 1, Types.NULL); // untyped: the column decides
      } else if (value instanceof Integer n) {
        statement.setInt(i + 1, n);
      } else if (value instanceof Long n) {
        statement.setLong(i + 1, n);
      } else {
        statement.setString(i + 1, (String) value);
      }
    }
  }

  private static String fingerprint(Problem problem) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Object part : List.of(problem.input(), problem.reportId(), problem.stage(), problem.message(),
          problem.quote())) {
        // "absent" and "empty" differ: the marker byte tells them apart.
        String text = part instanceof Optional<?> o ? o.map(v -> "+" + v).orElse("-") : "+" + part;
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
