// SPDX-License-Identifier: Apache-2.0
package org.placard.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.placard.model.Event;
import org.placard.model.Form;
import org.placard.model.Place;
import org.placard.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code placard events}: stored events as a readable table. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "List stored events as a table.")
final class EventsCommand implements Callable<Integer> {
  @Mixin StoreOption store;
  @Mixin EventFilter filter;

  @Option(names = "--limit", defaultValue = "200", description = "At most this many rows, 0 for all (default: ${DEFAULT-VALUE}).")
  int limit;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (EventStore db = store.open()) {
      List<Event> events = filter.events(db, limit);
      out.printf("%-10s %-23s %-4s %-3s %-20s %-22s %-18s %-7s %s%n",
          "id", "date", "prec", "cc", "place", "forms", "type", "sources", "actor");
      for (Event e : events) {
        String date = e.date().start().equals(e.date().end())
            ? e.date().start().toString() : e.date().start() + ".." + e.date().end();
        out.printf("%-10s %-23s %-4d %-3s %-20s %-22s %-18s %-7d %s%s%n",
            e.id().substring(0, Math.min(10, e.id().length())), date, e.date().precision().code(),
            e.place().map(Place::countryCode).orElse("-"), cut(e.place().map(Place::name).orElse("-"), 20),
            cut(String.join(",", e.forms().stream().sorted().map(Form::label).toList()), 22),
            cut(e.type().subEventType(), 18), e.sources().size(),
            e.actors().isEmpty() ? "-" : e.actors().get(0).name(), e.reference() ? "  [reference]" : "");
      }
      out.printf("%d event(s)%s.%n", events.size(), limit > 0 && events.size() == limit ? " (limit reached: --limit 0 for all)" : "");
      return 0;
    }
  }

  static String cut(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
