// SPDX-License-Identifier: Apache-2.0
package org.placard.export;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.StdConverter;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.placard.model.Event;
import org.placard.model.Form;

/**
 * Placard's native JSON form of an {@link Event}: every field of the model, nothing derived, so that
 * {@code read(write(e))} equals {@code e}. One object per event, the record components as keys, dates as ISO
 * text ({@code "2020-10-05"}), enums by name ({@code "SIT_IN"}), an absent value as {@code null}, and forms in
 * the order of {@link Form}, so that the same event always gives the same text. This is the format the Spark job writes and
 * {@code placard load} reads; unlike the JSON Lines export it is meant to be read back, not to be flat.
 *
 * <p>Reading is strict: an unknown key, a missing required value or a value the model refuses (a negative
 * count, a date range that ends before it starts) fails. Thread-safe and stateless.
 */
public final class EventJson {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .addModule(new Jdk8Module())
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
      .addMixIn(Event.class, EventMixIn.class)
      .build();

  private EventJson() {}

  /** The event as one line of JSON. */
  public static String write(Event event) {
    Objects.requireNonNull(event, "event");
    try {
      return JSON.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an event could not be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * The event {@code json} holds.
   *
   * @throws IllegalArgumentException when {@code json} is not an event in this form; the message says where
   */
  public static Event read(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return JSON.readValue(json, Event.class);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
      throw new IllegalArgumentException("not a Placard event" + where + ": " + e.getOriginalMessage(), e);
    }
  }

  /** Fixes the key order to the model's and writes forms sorted (a set has no order of its own). */
  @JsonPropertyOrder({"id", "date", "place", "type", "forms", "actors", "slogans", "claims", "reference", "sources",
      "evidence"})
  private abstract static class EventMixIn {
    @JsonSerialize(converter = SortedForms.class)
    abstract Set<Form> forms();
  }

  static final class SortedForms extends StdConverter<Set<Form>, List<Form>> {
    @Override
    public List<Form> convert(Set<Form> forms) {
      return forms.stream().sorted().toList();
    }
  }
}
