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
import org.placard.model.Event;

/**
 * An {@link Event} as a string and back, without loss, for the shuffle between the two stages of the job.
 * The model's records hold {@code Optional}s and are not {@code Serializable}, and Kryo cannot build records,
 * so events cross the network as JSON of their record components. This is an internal wire format, not the
 * export contract (that is {@link JsonLines#event}). Thread-safe.
 */
public final class EventCodec {
  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new Jdk8Module())
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private EventCodec() {}

  public static String encode(Event event) {
    Objects.requireNonNull(event, "event");
    try {
      return JSON.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot encode event " + event.id(), e);
    }
  }

  /** The event {@link #encode} wrote; anything else fails fast, as it can only be a bug in the job. */
  public static Event decode(String encoded) {
    Objects.requireNonNull(encoded, "encoded");
    try {
      return JSON.readValue(encoded, Event.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("not an encoded event", e);
    }
  }
}
