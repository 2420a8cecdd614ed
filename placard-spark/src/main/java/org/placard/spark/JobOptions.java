// SPDX-License-Identifier: Apache-2.0
package org.placard.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The job's command line: {@code --input PATHS --output DIR [--format jsonl] [--pipeline CLASS]}.
 *
 * @param inputs   files, folders or globs on any Hadoop file system; {@code --input} takes a comma-separated
 *                 list and may be repeated
 * @param output   the folder to create; the job refuses to write into one that exists
 * @param format   {@code jsonl}: JSON Lines files, split by line across tasks; {@code warc}: whole files, one
 *                 task each, in any format {@code placard ingest} reads (WARC, HTML, text, feeds, JSON Lines,
 *                 gzipped or not)
 * @param pipeline the {@link PipelineFactory} class to run
 */
public record JobOptions(List<String> inputs, String output, String format, String pipeline) {
  public static final String USAGE = "usage: PlacardSparkJob --input PATHS --output DIR [--format jsonl|warc]"
      + " [--pipeline FACTORY_CLASS]";

  public JobOptions {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(pipeline, "pipeline");
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no --input given");
    }
    if (!format.equals("jsonl") && !format.equals("warc")) {
      throw new IllegalArgumentException("unknown --format " + format + " (jsonl or warc)");
    }
  }

  /** Reads the command line; a bad one fails with a message naming the problem. */
  public static JobOptions parse(String... args) {
    List<String> inputs = new ArrayList<>();
    String output = null;
    String format = "jsonl";
    String pipeline = StandardPipeline.class.getName();
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      String value = args[++i];
      switch (name) {
        case "--input" -> Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(inputs::add);
        case "--output" -> output = value;
        case "--format" -> format = value;
        case "--pipeline" -> pipeline = value;
        default -> throw new IllegalArgumentException("unknown option " + name);
      }
    }
    if (output == null) {
      throw new IllegalArgumentException("no --output given");
    }
    return new JobOptions(inputs, output, format, pipeline);
  }
}
