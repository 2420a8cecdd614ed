// SPDX-License-Identifier: Apache-2.0
package org.placard.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet schema of exported events: the fields of {@code ExportedEvent}, in its order, with fixed types
 * (so that a column that happens to be empty in one run, say {@code geonameid}, keeps its type). The three
 * calendar dates are Parquet dates; dates inside claims and sources stay ISO strings, as in the JSON.
 */
public final class ExportSchema {
  private ExportSchema() {}

  public static StructType events() {
    StructType evidence = struct(
        field("field", StringType), field("report_id", StringType), field("start", IntegerType),
        field("end", IntegerType), field("quote", StringType));
    StructType attribution = struct(field("source", StringType), field("on", StringType));
    StructType claim = struct(
        field("figure", StringType), field("value", LongType), field("as_written", StringType),
        field("claimant", StringType), field("claimed_on", StringType),
        field("corroborated_by", array(attribution)), field("disputed_by", array(attribution)),
        field("evidence", evidence));
    StructType source = struct(
        field("report_id", StringType), field("title", StringType), field("url", StringType),
        field("outlet", StringType), field("published", StringType));
    return struct(
        field("event_id", StringType), field("event_date", DateType), field("date_start", DateType),
        field("date_end", DateType), field("time_precision", IntegerType), field("date_inferred", BooleanType),
        field("disorder_type", StringType), field("event_type", StringType), field("sub_event_type", StringType),
        field("forms", array(StringType)), field("actor1", StringType), field("assoc_actors", array(StringType)),
        field("actor2", StringType), field("iso2", StringType), field("country", StringType),
        field("admin1", StringType), field("location", StringType), field("place_as_written", StringType),
        field("geonameid", LongType), field("latitude", DoubleType), field("longitude", DoubleType),
        field("geo_precision", IntegerType), field("fatalities", LongType), field("slogans", array(StringType)),
        field("claims", array(claim)), field("reference", BooleanType), field("verification", StringType),
        field("source_count", LongType), field("sources", array(source)), field("evidence", array(evidence)));
  }

  private static StructType struct(StructField... fields) {
    return DataTypes.createStructType(fields);
  }

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  private static DataType array(DataType element) {
    return DataTypes.createArrayType(element, true);
  }
}
