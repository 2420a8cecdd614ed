// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.placard.store.Fixtures.event;
import static org.placard.store.Fixtures.extraction;
import static org.placard.store.Fixtures.place;
import static org.placard.store.Fixtures.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.placard.model.Event;
import org.placard.model.EventDate;
import org.placard.model.Form;
import org.placard.model.Place;
import org.placard.model.Report;
import org.placard.model.Slogan;
import org.placard.model.TimePrecision;

/** How every store answers an {@link EventQuery}, over a small world of events. */
abstract class EventQueryContract extends EventStoreContract {
  private static final Place PARIS = place("Paris", "FR", "France", 48.8566, 2.3522);
  private static final Place LYON = place("Lyon", "FR", "France", 45.764, 4.8357);
  private static final Place SUVA = place("Suva", "FJ", "Fiji", -18.1416, 178.4419);
  private static final Place APIA = place("Apia", "WS", "Samoa", -13.8333, -171.7667);

  /** Saves the small world every query test asks about (not in @BeforeEach: the inherited tests want an empty store). */
  private void saveTheWorld() throws StoreException {
    Report news = report("Marches in Paris, a strike in Lyon. \"Wages up 50%\" they said. Rallies in Suva, Apia.",
        "wire", LocalDate.of(2021, 7, 3));
    Report iran = report(Fixtures.richText(), "iranfocus", LocalDate.of(2020, 10, 12));
    Event paris = event(news, "paris", LocalDate.of(2021, 5, 1), Optional.of(PARIS), Form.MARCH, false);
    Event lyon = new Event("lyon", new EventDate(LocalDate.of(2021, 6, 10), LocalDate.of(2021, 6, 20),
        TimePrecision.WEEK, false), Optional.of(LYON), paris.type(), Set.of(Form.STRIKE), List.of(),
        List.of(new Slogan("Wages up 50%", Fixtures.evidence(news, "slogan", "Wages up 50%"))), List.of(), false,
        paris.sources(), List.of());
    store.save(List.of(
        extraction(news, List.of(paris, lyon,
            event(news, "suva", LocalDate.of(2021, 7, 1), Optional.of(SUVA), Form.DEMONSTRATION, false),
            event(news, "apia", LocalDate.of(2021, 7, 2), Optional.of(APIA), Form.DEMONSTRATION, false),
            event(news, "old", LocalDate.of(2019, 1, 1), Optional.of(PARIS), Form.MARCH, true),
            event(news, "nowhere", LocalDate.of(2021, 5, 1), Optional.empty(), Form.RALLY, false))),
        extraction(iran, List.of(Fixtures.richEvent(iran, iran)))), List.of());
  }

  @Test
  void everythingComesByDateThenId() throws StoreException {
    saveTheWorld();
    assertThat(ids(EventQuery.all()))
        .containsExactly("old", "ev-" + iranId(), "nowhere", "paris", "lyon", "suva", "apia");
  }

  @Test
  void countryIsMatchedWhateverItsCase() throws StoreException {
    saveTheWorld();
    assertThat(ids(EventQuery.all().withCountryCode("fr"))).containsExactly("old", "paris", "lyon");
  }

  @Test
  void datesSelectEventsWhoseRangeOverlaps() throws StoreException {
    saveTheWorld();
    assertThat(ids(EventQuery.all().withDates(Optional.of(LocalDate.of(2021, 6, 15)), Optional.empty())))
        .containsExactly("lyon", "suva", "apia");
    assertThat(ids(EventQuery.all().withDates(Optional.of(LocalDate.of(2021, 6, 11)), Optional.of(LocalDate.of(2021, 6, 12)))))
        .containsExactly("lyon");
    assertThat(ids(EventQuery.all().withDates(Optional.empty(), Optional.of(LocalDate.of(2021, 5, 1)))))
        .containsExactly("old", "ev-" + iranId(), "nowhere", "paris");
  }

  @Test
  void formAndReferenceFilters() throws StoreException {
    saveTheWorld();
    assertThat(ids(EventQuery.all().withForm(Form.MARCH))).containsExactly("old", "paris");
    assertThat(ids(EventQuery.all().withForm(Form.MARCH).withoutReferences())).containsExactly("paris");
    assertThat(ids(EventQuery.all().withForm(Form.CHANTING))).containsExactly("ev-" + iranId());
  }

  @Test
  void pagesWithLimitAndOffset() throws StoreException {
    saveTheWorld();
    assertThat(ids(EventQuery.all().withPage(2, 2))).containsExactly("nowhere", "paris");
    assertThat(ids(EventQuery.all().withPage(0, 5))).containsExactly("suva", "apia");
    assertThat(ids(EventQuery.all().withPage(3, 100))).isEmpty();
  }

  @Test
  void aBoxSelectsPlacedEventsInsideIt() throws StoreException {
    saveTheWorld();
    assertThat(ids(EventQuery.all().withBox(new BoundingBox(40, -5, 52, 10)))).containsExactly("old", "paris", "lyon");
    assertThat(ids(EventQuery.all().withBox(new BoundingBox(-20, 170, -10, -170)))).containsExactly("suva", "apia");
    assertThat(ids(EventQuery.all().withBox(new BoundingBox(-20, 178, -10, 179)))).containsExactly("suva");
  }

  @Test
  void textIsSoughtInSlogansActorsPlacesAndReports() throws StoreException {
    saveTheWorld();
    assertThat(ids(EventQuery.all().withText("DICTATOR"))).containsExactly("ev-" + iranId());
    assertThat(ids(EventQuery.all().withText("the units"))).containsExactly("ev-" + iranId());
    assertThat(ids(EventQuery.all().withText("teheran"))).containsExactly("ev-" + iranId());
    assertThat(ids(EventQuery.all().withText("strike in lyon").withCountryCode("WS"))).containsExactly("apia");
    assertThat(ids(EventQuery.all().withText("50%"))).containsExactly("old", "nowhere", "paris", "lyon", "suva", "apia");
    assertThat(ids(EventQuery.all().withText("50%").withForm(Form.STRIKE))).containsExactly("lyon");
    assertThat(ids(EventQuery.all().withText("p_ris"))).as("_ is not a wildcard").isEmpty();
  }

  @Test
  void filtersCombine() throws StoreException {
    saveTheWorld();
    EventQuery query = new EventQuery(Optional.of("FR"), Optional.of(LocalDate.of(2019, 6, 1)), Optional.empty(),
        Optional.of(Form.MARCH), false, 10, 0, Optional.of(new BoundingBox(48, 2, 49, 3)), Optional.of("paris"));
    assertThat(ids(query)).containsExactly("paris");
  }

  @Test
  void valuesAreNeverReadAsSql() throws StoreException {
    saveTheWorld();
    assertThat(ids(EventQuery.all().withText("x' OR '1'='1"))).isEmpty();
    assertThat(ids(EventQuery.all().withCountryCode("FR' OR 1=1 --"))).isEmpty();
    assertThat(ids(EventQuery.all().withText("'); DROP TABLE events; --"))).isEmpty();
    assertThat(store.eventCount()).isEqualTo(7);
  }

  private String iranId() throws StoreException {
    return store.events(EventQuery.all().withForm(Form.CHANTING)).get(0).id().substring(3);
  }

  private List<String> ids(EventQuery query) throws StoreException {
    return store.events(query).stream().map(Event::id).toList();
  }
}
