// SPDX-License-Identifier: Apache-2.0
package org.placard.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.placard.sources.Outlet;
import org.placard.sources.SourceRegister;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code placard sources}: the source register. */
@Command(name = "sources", mixinStandardHelpOptions = true,
    description = {"List the source register: each outlet's kind (international news agency, national or local "
        + "media, state media, the organisation's own outlet, NGO or monitor, social media).",
        "Outlets not in the register are 'unknown': Placard never guesses an outlet's kind from its content."})
final class SourcesCommand implements Callable<Integer> {
  @Option(names = "--sources", paramLabel = "FILE",
      description = "A register of your own (TSV: name, kind, organisation, aliases), whose entries win over the bundled ones.")
  Path file;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SourceRegister register = file == null ? SourceRegister.bundled() : SourceRegister.withUserFile(file);
    out.printf("%-40s %-32s %-20s %s%n", "outlet", "kind", "voice of", "aliases");
    for (Outlet o : register.outlets()) {
      out.printf("%-40s %-32s %-20s %s%n", o.name(), o.kind().label(), o.organisation().orElse("-"),
          String.join(", ", o.aliases()));
    }
    out.printf("%d outlet(s).%n", register.outlets().size());
    return 0;
  }
}
