// SPDX-License-Identifier: Apache-2.0
package org.placard.spark;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.placard.ingest.ReportSources;
import org.placard.ingest.SourceDefaults;
import org.placard.export.EventJson;
import org.placard.merge.EventCombiner;
import org.placard.merge.MergeRule;
import org.placard.model.Report;
import org.placard.pipeline.Pipeline;
import scala.Tuple2;

/**
 * Placard on a cluster. Stage one reads reports from any Hadoop file system with core's reader (JSON Lines
 * split by line, or whole files such as WARC), drops reports read twice, and runs the pipeline on each,
 * building one pipeline per partition. Stage two merges events across reports: events are shuffled
 * by {@link MergeKey} block and sorted by start day, and {@link CrossReportMerge} clusters them run by run,
 * giving the events the single-machine pipeline gives. It writes, under the output folder:
 *
 * <ul>
 *   <li>{@code events.jsonl/part-*}: one event per line, exactly as {@code placard export --format jsonl};
 *   <li>{@code events-native.jsonl/part-*}: the same events in Placard's lossless form ({@link EventJson}), which
 *       {@code placard load} reads into a store;
 *   <li>{@code events.parquet/}: the same events, columns as {@link ExportSchema};
 *   <li>{@code problems.jsonl/part-*}: what could not be read or understood, one problem per line.
 * </ul>
 */
public final class PlacardSparkJob {

  /** Counts of one run. */
  public record Summary(long reports, long problems, long eventsFound, long eventsWritten) {
    @Override
    public String toString() {
      return reports + " reports, " + eventsFound + " events found, " + eventsWritten
          + " after merging across reports, " + problems + " problems";
    }
  }

  private PlacardSparkJob() {}

  public static void main(String[] args) {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(JobOptions.USAGE);
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("placard").getOrCreate();
    try {
      System.out.println(run(spark, options, PipelineFactory.named(options.pipeline())));
    } finally {
      spark.stop();
    }
  }

  /** Runs the job on {@code spark}; fails if the output folder's parts already exist. */
  public static Summary run(SparkSession spark, JobOptions options, PipelineFactory factory) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    String inputs = String.join(",", options.inputs());
    JavaRDD<ReportsRead> read = (options.format().equals("warc") ? wholeFiles(sc, inputs) : jsonLines(sc, inputs))
        .persist(StorageLevel.MEMORY_AND_DISK());

    // A report read twice (a re-crawl, a copied file) is processed once, as placard ingest does.
    JavaRDD<ExtractedReport> extracted = read
        .flatMap(r -> r.reports().iterator())
        .mapToPair(encoded -> new Tuple2<>(WireCodec.decode(encoded, Report.class).id(), encoded))
        .reduceByKey((a, b) -> a.compareTo(b) <= 0 ? a : b)
        .values()
        .mapPartitions(part -> extract(factory, part))
        .persist(StorageLevel.MEMORY_AND_DISK());

    int partitions = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));
    JavaRDD<String> merged = extracted
        .flatMap(x -> x.events().iterator())
        .mapToPair(encoded -> new Tuple2<>(MergeKey.of(EventJson.read(encoded)), encoded))
        .repartitionAndSortWithinPartitions(new BlockPartitioner(partitions))
        .mapPartitions(part -> map(
            new CrossReportMerge(map(part, kv -> EventJson.read(kv._2())), new MergeRule(),
                new EventCombiner()),
            EventJson::write))
        .persist(StorageLevel.MEMORY_AND_DISK());

    String out = options.output().replaceAll("/+$", "");
    spark.createDataset(merged.rdd(), Encoders.STRING()).write().text(out + "/events-native.jsonl");
    Dataset<String> events = spark.createDataset(merged.map(line -> JsonLines.event(EventJson.read(line))).rdd(),
        Encoders.STRING());
    events.write().text(out + "/events.jsonl");
    // FAILFAST: a line that does not fit the schema is a bug to hear of, not a row to drop silently.
    spark.read().schema(ExportSchema.events()).option("mode", "FAILFAST").json(events)
        .write().parquet(out + "/events.parquet");
    JavaRDD<String> problems = read.flatMap(r -> r.problems().iterator())
        .union(extracted.flatMap(x -> x.problems().iterator()));
    spark.createDataset(problems.rdd(), Encoders.STRING()).write().text(out + "/problems.jsonl");

    long[] counts = extracted
        .map(x -> new long[] {1, x.problems().size(), x.events().size()})
        .fold(new long[3], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
    long readProblems = read.map(r -> (long) r.problems().size()).fold(0L, Long::sum);
    Summary summary = new Summary(counts[0], readProblems + counts[1], counts[2], merged.count());
    merged.unpersist(false);
    extracted.unpersist(false);
    read.unpersist(false);
    return summary;
  }

  /** JSON Lines, split by line across tasks; each line is named by its file and byte offset. */
  private static JavaRDD<ReportsRead> jsonLines(JavaSparkContext sc, String inputs) {
    JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) sc.newAPIHadoopFile(
        inputs, TextInputFormat.class, LongWritable.class, Text.class, sc.hadoopConfiguration());
    return lines.mapPartitionsWithInputSplit((split, part) -> {
      String path = split instanceof FileSplit file ? file.getPath().toString() : String.valueOf(split);
      ReportSources sources = new ReportSources(SourceDefaults.none());
      // Hadoop reuses the Text: read it at once.
      return map(part, line -> ReportsRead.ofLine(sources, line._2().toString(), path + "@" + line._1().get()));
    }, false);
  }

  /** Whole files, one task each, in whatever format the reader recognises. */
  private static JavaRDD<ReportsRead> wholeFiles(JavaSparkContext sc, String inputs) {
    return sc.binaryFiles(inputs).map(file -> {
      ReportSources sources = new ReportSources(SourceDefaults.none());
      return ReportsRead.ofStream(sources, file._2().open(), file._1());
    });
  }

  /** One partition of reports through one pipeline, built for it only if it has reports. */
  private static Iterator<ExtractedReport> extract(PipelineFactory factory, Iterator<String> reports) {
    return new Iterator<>() {
      private Pipeline pipeline;

      @Override
      public boolean hasNext() {
        return reports.hasNext();
      }

      @Override
      public ExtractedReport next() {
        String report = reports.next();
        if (pipeline == null) {
          pipeline = factory.create();
        }
        return ExtractedReport.of(pipeline, report);
      }
    };
  }

  private static <A, B> Iterator<B> map(Iterator<A> in, Function<A, B> f) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(in, Spliterator.ORDERED), false).map(f).iterator();
  }
}
