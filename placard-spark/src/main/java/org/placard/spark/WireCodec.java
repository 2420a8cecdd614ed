// SPDX-License-Identifier: Apache-2.0
package org.placard.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * A model record (the job's {@code Report}s; events travel in core's {@code EventJson}) as a string and back,
 * without loss, for the shuffles of the
 * job. The records hold {@code Optional}s and are not {@code Serializable}, and Kryo cannot build records,
 * so they cross the network as JSON of their components. An internal wire format, not the export contract
 * (that is {@link JsonLines#event}). Thread-safe.
 */
public final class WireCodec {
  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new Jdk8Module())
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private WireCodec() {}

  public static String encode(Record value) {
    Objects.requireNonNull(value, "value");
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot encode " + value.getClass().getSimpleName(), e);
    }
  }

  /** The record {@link #encode} wrote; anything else fails fast, as it can only be a bug in the job. */
  public static <T extends Record> T decode(String encoded, Class<T> type) {
    Objects.requireNonNull(encoded, "encoded");
    try {
      return JSON.readValue(encoded, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("not an encoded " + type.getSimpleName(), e);
    }
  }
}
