// SPDX-License-Identifier: Apache-2.0
package org.placard.spark;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.placard.merge.EventCombiner;
import org.placard.merge.MergeRule;
import org.placard.model.Event;
import org.placard.pipeline.Pipeline;
import scala.Tuple2;

/**
 * Placard on a cluster. Stage one reads JSON Lines reports from any Hadoop file system and runs the pipeline
 * on each, building one pipeline per partition. Stage two merges events across reports: events are shuffled
 * by {@link MergeKey} block and sorted by start day, and {@link CrossReportMerge} clusters them run by run,
 * giving the events the single-machine pipeline gives. It writes, under the output folder:
 *
 * <ul>
 *   <li>{@code events.jsonl/part-*}: one event per line, exactly as {@code placard export --format jsonl};
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
    JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) sc.newAPIHadoopFile(
        String.join(",", options.inputs()), TextInputFormat.class, LongWritable.class, Text.class,
        sc.hadoopConfiguration());
    JavaRDD<ExtractedLine> extracted = lines
        .mapPartitionsWithInputSplit((split, part) -> extract(factory, split, part), false)
        .persist(StorageLevel.MEMORY_AND_DISK());

    int partitions = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));
    JavaRDD<String> merged = extracted
        .flatMap(x -> x.events().iterator())
        .mapToPair(encoded -> new Tuple2<>(MergeKey.of(EventCodec.decode(encoded)), encoded))
        .repartitionAndSortWithinPartitions(new BlockPartitioner(partitions))
        .mapPartitions(part -> map(
            new CrossReportMerge(map(part, kv -> EventCodec.decode(kv._2())), new MergeRule(), new EventCombiner()),
            JsonLines::event))
        .persist(StorageLevel.MEMORY_AND_DISK());

    String out = options.output().replaceAll("/+$", "");
    Dataset<String> events = spark.createDataset(merged.rdd(), Encoders.STRING());
    events.write().text(out + "/events.jsonl");
    // FAILFAST: a line that does not fit the schema is a bug to hear of, not a row to drop silently.
    spark.read().schema(ExportSchema.events()).option("mode", "FAILFAST").json(events)
        .write().parquet(out + "/events.parquet");
    spark.createDataset(extracted.flatMap(x -> x.problems().iterator()).rdd(), Encoders.STRING())
        .write().text(out + "/problems.jsonl");

    long[] counts = extracted
        .map(x -> new long[] {x.report() ? 1 : 0, x.problems().size(), x.events().size()})
        .fold(new long[3], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
    Summary summary = new Summary(counts[0], counts[1], counts[2], merged.count());
    merged.unpersist(false);
    extracted.unpersist(false);
    return summary;
  }

  /** One partition of input lines, through one pipeline built for it (only if the partition has lines). */
  private static Iterator<ExtractedLine> extract(
      PipelineFactory factory, InputSplit split, Iterator<Tuple2<LongWritable, Text>> lines) {
    String path = split instanceof FileSplit file ? file.getPath().toString() : String.valueOf(split);
    return new Iterator<>() {
      private Pipeline pipeline;

      @Override
      public boolean hasNext() {
        return lines.hasNext();
      }

      @Override
      public ExtractedLine next() {
        Tuple2<LongWritable, Text> line = lines.next();
        if (pipeline == null) {
          pipeline = factory.create();
        }
        // Hadoop reuses the Text: read it now. The input names the line by its byte offset in the file.
        return ExtractedLine.of(pipeline, line._2().toString(), path + "@" + line._1().get());
      }
    };
  }

  private static <A, B> Iterator<B> map(Iterator<A> in, Function<A, B> f) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(in, Spliterator.ORDERED), false).map(f).iterator();
  }
}
