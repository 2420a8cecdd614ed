// SPDX-License-Identifier: Apache-2.0
package org.placard.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.placard.model.Event;
import org.placard.model.Form;
import org.placard.model.Place;
import org.placard.store.EventStore;
import org.placard.store.Member;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code placard events}: stored events as a readable table. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "List stored events as a table.",
    subcommands = {EventsCommand.Members.class, EventsCommand.Split.class})
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

  /** A subcommand about one stored event, given by its id: opens the store and hands it over. */
  abstract static class OneEvent implements Callable<Integer> {
    @Mixin StoreOption store;

    @picocli.CommandLine.Parameters(paramLabel = "ID", description = "The event's id.")
    String id;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
      try (EventStore db = store.open()) {
        run(db, spec.commandLine().getOut());
        return 0;
      }
    }

    abstract void run(EventStore db, PrintWriter out) throws Exception;
  }

  /** {@code placard events members ID}: why the reports of an event were merged. */
  @Command(name = "members", mixinStandardHelpOptions = true,
      description = "Show the reports an event was merged from, and the reason each joined.")
  static final class Members extends OneEvent {
    @Override
    void run(EventStore db, PrintWriter out) throws Exception {
      List<Member> members = db.members(id);
      if (members.isEmpty()) {
        throw new IllegalArgumentException("no event " + id + " is stored");
      }
      for (Member m : members) {
        out.printf("%s  report %s  %s%n", m.event().id(), m.reportId(), m.reason().orElse("(the event's first report)"));
      }
    }
  }

  /** {@code placard events split ID}: undo a merge, for good. */
  @Command(name = "split", mixinStandardHelpOptions = true,
      description = {"Undo a merge: each report's event becomes an event of its own again, and no later report can "
          + "merge them back together."})
  static final class Split extends OneEvent {
    @Override
    void run(EventStore db, PrintWriter out) throws Exception {
      List<Event> events = db.split(id);
      out.printf("Event %s is now %d event(s): %s%n", id, events.size(),
          String.join(", ", events.stream().map(Event::id).toList()));
    }
  }
}
