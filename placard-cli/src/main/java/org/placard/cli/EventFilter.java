// SPDX-License-Identifier: Apache-2.0
package org.placard.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.placard.model.Event;
import org.placard.model.Form;
import org.placard.sources.SourceRegister;
import org.placard.sources.Verification;
import org.placard.store.EventQuery;
import org.placard.store.EventStore;
import org.placard.store.StoreException;
import picocli.CommandLine.Option;

/** The event filters shared by {@code events} and {@code export}. */
final class EventFilter {
  @Option(names = "--country", paramLabel = "ISO2", description = "Only events in this country (ISO 3166 alpha-2).")
  String country;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Only events whose dates reach this day or later.")
  LocalDate since;

  @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Only events whose dates start on or before this day.")
  LocalDate until;

  @Option(names = "--form", paramLabel = "FORM", converter = FormConverter.class,
      description = "Only events of this form: demonstration, march, rally, sit-in, strike, hunger strike, boycott, "
          + "road block, graffiti, banner, leaflet, chanting, online.")
  Form form;

  @Option(names = "--verification", paramLabel = "STATUS", converter = VerificationConverter.class,
      description = "Only events with this verification: confirmed, multi-source, self-reported, single-source.")
  Verification verification;

  @Option(names = "--no-references", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Include past events that reports mention only as background (default: include).")
  boolean references;

  /** Stored events passing every filter, at most {@code limit} (0: all). */
  List<Event> events(EventStore store, int limit) throws StoreException {
    EventQuery query = new EventQuery(Optional.ofNullable(country).map(c -> c.toUpperCase(Locale.ROOT)),
        Optional.ofNullable(since), Optional.ofNullable(until), Optional.ofNullable(form), references,
        verification == null ? limit : 0, 0);
    List<Event> events = store.events(query);
    if (verification == null) {
      return events;
    }
    // Verification is judged from the source register at read time, so it is filtered here, not in SQL.
    SourceRegister register = SourceRegister.bundled();
    return events.stream().filter(e -> Verification.of(e, register) == verification)
        .limit(limit == 0 ? Long.MAX_VALUE : limit).toList();
  }

  /** Parses verification labels for picocli. */
  static final class VerificationConverter implements picocli.CommandLine.ITypeConverter<Verification> {
    @Override
    public Verification convert(String value) {
      try {
        return Verification.ofLabel(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** Parses form labels for picocli, with the list of valid ones in the message. */
  static final class FormConverter implements picocli.CommandLine.ITypeConverter<Form> {
    @Override
    public Form convert(String value) {
      try {
        return Form.ofLabel(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
