// SPDX-License-Identifier: Apache-2.0
package org.placard.cli;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.placard.export.EventWriter;
import org.placard.export.ExportFormat;
import org.placard.model.Event;
import org.placard.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code placard export}: stored events as JSON Lines, ACLED-style CSV or GeoJSON. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export stored events as jsonl (every field, with evidence), csv (ACLED columns first) or geojson.")
final class ExportCommand implements Callable<Integer> {
  @Mixin StoreOption store;
  @Mixin EventFilter filter;

  @Option(names = "--format", required = true, converter = FormatConverter.class,
      description = "jsonl, csv, geojson, or native (lossless, for placard load).")
  ExportFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
  Path out;

  @Override
  public Integer call() throws Exception {
    try (EventStore db = store.open()) {
      long n = export(db, filter, format, out);
      if (out != null) {
        System.err.printf("Exported %d event(s) to %s.%n", n, out);
      }
      return 0;
    }
  }

  static long export(EventStore db, EventFilter filter, ExportFormat format, Path out) throws Exception {
    long n = 0;
    try (EventWriter w = format.writer(open(out))) {
      for (Event e : filter.events(db, 0)) {
        w.write(e);
        n++;
      }
    }
    return n;
  }

  /** The file, written through a temporary sibling so a failed export never leaves half a file; or stdout. */
  private static OutputStream open(Path target) throws IOException {
    if (target == null) {
      return new FilterOutputStream(new BufferedOutputStream(System.out)) {
        @Override
        public void close() throws IOException {
          flush(); // standard output stays open for whoever prints next
        }
      };
    }
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, ".export-", ".tmp");
    return new BufferedOutputStream(new FileOutputStream(tmp.toFile())) {
      @Override
      public void close() throws IOException {
        super.close();
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
    };
  }

  /** Parses format names for picocli. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ExportFormat> {
    @Override
    public ExportFormat convert(String value) {
      try {
        return ExportFormat.ofName(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException("unknown format '" + value + "': use jsonl, csv, geojson or native");
      }
    }
  }
}
