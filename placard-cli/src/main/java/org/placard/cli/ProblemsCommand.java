// SPDX-License-Identifier: Apache-2.0
package org.placard.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.placard.model.Problem;
import org.placard.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code placard problems}: what could not be read or understood, by input. */
@Command(name = "problems", mixinStandardHelpOptions = true,
    description = "List the problems met in source data: unreadable inputs, unresolved places, undated events.")
final class ProblemsCommand implements Callable<Integer> {
  @Mixin StoreOption store;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (EventStore db = store.open()) {
      List<Problem> problems = db.problems();
      for (Problem p : problems) {
        out.printf("%s\t%s\t%s%s%n", p.input(), p.stage(), p.message(),
            p.quote().map(q -> "\t\"" + EventsCommand.cut(q.replace('\n', ' '), 80) + "\"").orElse(""));
      }
      out.printf("%d problem(s).%n", problems.size());
      return 0;
    }
  }
}
