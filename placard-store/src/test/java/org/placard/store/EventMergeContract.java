// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.placard.merge.EventCombiner;
import org.placard.merge.MergeRule;
import org.placard.model.Event;
import org.placard.model.EventDate;
import org.placard.model.Form;
import org.placard.model.Report;
import org.placard.pipeline.Extraction;
import org.placard.store.MemberRows.Entry;

/** How every store merges the events of many reports into one event per happening, and undoes it on request. */
abstract class EventMergeContract extends EventQueryContract {

  /** Ways of handing the same reports to the store. */
  enum Order {
    ALL_IN_ONE_BATCH, ONE_AT_A_TIME, ONE_AT_A_TIME_REVERSED, SHUFFLED_IN_BATCHES_OF_THREE, SHUFFLED_ONE_AT_A_TIME;

    List<List<Extraction>> batches(List<Extraction> extractions) {
      List<Extraction> list = new ArrayList<>(extractions);
      switch (this) {
        case ALL_IN_ONE_BATCH -> {
          return List.of(list);
        }
        case ONE_AT_A_TIME_REVERSED -> Collections.reverse(list);
        case SHUFFLED_IN_BATCHES_OF_THREE -> Collections.shuffle(list, new Random(7));
        case SHUFFLED_ONE_AT_A_TIME -> Collections.shuffle(list, new Random(42));
        default -> { }
      }
      int size = this == SHUFFLED_IN_BATCHES_OF_THREE ? 3 : 1;
      List<List<Extraction>> batches = new ArrayList<>();
      for (int from = 0; from < list.size(); from += size) {
        batches.add(list.subList(from, Math.min(list.size(), from + size)));
      }
      return batches;
    }
  }

  private void saveAll(Order order) throws StoreException {
    for (List<Extraction> batch : order.batches(MergeWorld.extractions())) {
      store.save(batch, List.of());
    }
  }

  private static Map<String, Event> byId() {
    Map<String, Event> events = new HashMap<>();
    MergeWorld.extractions().forEach(x -> x.events().forEach(e -> events.put(e.id(), e)));
    return events;
  }

  @ParameterizedTest
  @EnumSource(Order.class)
  void theSameReportsGiveTheSameEventsInAnyOrder(Order order) throws StoreException {
    saveAll(order);

    Map<String, Event> members = byId();
    List<Event> expected = MergeWorld.GROUPS.stream()
        .map(ids -> new EventCombiner().combine(ids.stream().map(members::get).toList())).toList();
    assertThat(store.events(EventQuery.all())).containsExactlyInAnyOrderElementsOf(expected);
    for (Set<String> group : MergeWorld.GROUPS) {
      String id = Collections.min(group);
      assertThat(store.members(id)).extracting(m -> m.event().id()).containsExactlyElementsOf(group.stream().sorted().toList());
    }
  }

  @ParameterizedTest
  @EnumSource(Order.class)
  void theReasonsDoNotDependOnTheOrderEither(Order order) throws StoreException {
    saveAll(order);

    List<Entry> entries = new ArrayList<>();
    MergeWorld.extractions().forEach(x -> x.events().forEach(e -> entries.add(new Entry(e, x.report().id(), 0))));
    for (Grouping.Group group : Grouping.of(entries, new MergeRule(), Set.of())) {
      String id = group.members().get(0).id();
      assertThat(store.members(id)).allSatisfy(m -> assertThat(m.reason()).isEqualTo(group.reasons().get(m.event().id())));
    }
  }

  @Test
  void aChainJoinsThroughItsMiddleAndEachMemberSaysWhy() throws StoreException {
    saveAll(Order.ONE_AT_A_TIME);

    Map<String, Member> lyon = store.members("lyon-a").stream().collect(Collectors.toMap(m -> m.event().id(), m -> m));
    Report r3 = MergeWorld.report(3);
    assertThat(lyon.get("lyon-a").reason()).isEmpty();
    assertThat(lyon.get("lyon-b").reason()).hasValueSatisfying(why -> assertThat(why)
        .startsWith("matches lyon-a (report " + MergeWorld.report(1).id() + "): same place (Lyon, GeoNames 2996944)"));
    assertThat(lyon.get("lyon-c").reason()).hasValueSatisfying(why -> assertThat(why).startsWith("matches lyon-b"));
    assertThat(lyon.get("lyon-c2").reportId()).isEqualTo(r3.id());
    assertThat(store.event("lyon-a").orElseThrow().date().start()).as("the common part of the dates")
        .isEqualTo(LocalDate.of(2022, 3, 1));
  }

  @Test
  void twoGroupsInOneCityOnOneDayStayTwoEvents() throws StoreException {
    saveAll(Order.ALL_IN_ONE_BATCH);

    List<Event> marseille = store.events(EventQuery.all().withCountryCode("FR")).stream()
        .filter(e -> e.date().start().equals(LocalDate.of(2022, 4, 10))).toList();
    assertThat(marseille).extracting(Event::id).containsExactlyInAnyOrder("mrs-d", "mrs-f");
    assertThat(store.members("mrs-d")).extracting(Member::reason).last().asString().contains("nearby places");
  }

  @Test
  void savingOrLoadingEverythingAgainChangesNothing() throws StoreException {
    saveAll(Order.SHUFFLED_IN_BATCHES_OF_THREE);
    List<Event> events = store.events(EventQuery.all());
    Map<String, List<Member>> members = new HashMap<>();
    for (Event e : events) {
      members.put(e.id(), store.members(e.id()));
    }

    saveAll(Order.ALL_IN_ONE_BATCH);
    store.load(List.copyOf(byId().values()));

    assertThat(store.events(EventQuery.all())).isEqualTo(events);
    for (Event e : events) {
      assertThat(store.members(e.id())).isEqualTo(members.get(e.id()));
    }
    assertThat(store.reportCount()).isEqualTo(10);
  }

  @Test
  void loadedEventsMergeAsSavedOnes() throws StoreException {
    List<Extraction> all = MergeWorld.extractions();
    store.save(all.subList(0, 4), List.of());
    store.load(all.subList(4, all.size()).stream().flatMap(x -> x.events().stream()).toList());

    Map<String, Event> members = byId();
    assertThat(store.events(EventQuery.all())).containsExactlyInAnyOrderElementsOf(MergeWorld.GROUPS.stream()
        .map(ids -> new EventCombiner().combine(ids.stream().map(members::get).toList())).toList());
    assertThat(store.reportCount()).as("loaded events need no stored report").isEqualTo(4);
    assertThat(store.members("paris-i")).extracting(Member::reportId)
        .containsExactly(MergeWorld.report(7).id(), MergeWorld.report(8).id());
  }

  @Test
  void splittingMakesEachMemberItsOwnEventForGood() throws StoreException {
    saveAll(Order.ALL_IN_ONE_BATCH);

    List<Event> split = store.split("lyon-a");

    assertThat(split).extracting(Event::id).containsExactly("lyon-a", "lyon-b", "lyon-c", "lyon-c2");
    Map<String, Event> members = byId();
    for (String id : List.of("lyon-a", "lyon-b", "lyon-c", "lyon-c2")) {
      assertThat(store.event(id)).contains(members.get(id));
      assertThat(store.members(id)).extracting(Member::reason).containsExactly(java.util.Optional.empty());
    }

    // A later report that matches all four joins one of them, never two: not even through itself. It joins the one
    // it matches best: lyon-b, whose week shares five of its days.
    Report later = MergeWorld.report(11);
    Event bridge = MergeWorld.event(later, "lyon-n", new EventDate(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 5),
        org.placard.model.TimePrecision.WEEK, false), MergeWorld.LYON, Form.MARCH, null, false);
    store.save(List.of(new Extraction(later, List.of(bridge), List.of())), List.of());
    saveAll(Order.ONE_AT_A_TIME_REVERSED);

    assertThat(store.members("lyon-b")).extracting(m -> m.event().id()).containsExactly("lyon-b", "lyon-n");
    for (String id : List.of("lyon-a", "lyon-c", "lyon-c2")) {
      assertThat(store.members(id)).extracting(m -> m.event().id()).containsExactly(id);
    }
    assertThat(store.eventCount()).isEqualTo(MergeWorld.GROUPS.size() + 3);
  }

  @Test
  void anEventOfOneMemberSplitsIntoItself() throws StoreException {
    saveAll(Order.ALL_IN_ONE_BATCH);
    Event riot = store.event("lyon-m").orElseThrow();

    assertThat(store.split("lyon-m")).containsExactly(riot);
    assertThat(store.event("lyon-m")).contains(riot);
  }

  @Test
  void batchesOf256ReportsMergeWithWhatIsStored() throws StoreException {
    // 16 towns a degree apart, 8 days: each batch tells of every town and day twice, so every report of the
    // second batch has candidates (no timing is asserted; the suite's time shows it).
    for (int batch = 0; batch < 2; batch++) {
      List<Extraction> extractions = new ArrayList<>();
      for (int n = 0; n < 256; n++) {
        int town = n % 16;
        int day = (n / 16) % 8;
        Report report = MergeWorld.report(1000 * (batch + 1) + n);
        org.placard.model.Place place = new org.placard.model.Place(java.util.Optional.empty(), "Town " + town,
            "Town " + town, java.util.Optional.empty(), "FR", "France", java.util.Optional.of(
                new org.placard.model.Coordinates(44 + town / 4, 1 + town % 4)), 1);
        extractions.add(new Extraction(report, List.of(MergeWorld.event(report, "bulk-" + batch + "-" + n,
            EventDate.day(LocalDate.of(2023, 6, 1 + day)), place, Form.MARCH, null, false)), List.of()));
      }
      store.save(extractions, List.of());
    }

    assertThat(store.eventCount()).isEqualTo(16 * 8);
    assertThat(store.members("bulk-0-0")).extracting(m -> m.event().id())
        .containsExactly("bulk-0-0", "bulk-0-128", "bulk-1-0", "bulk-1-128");
  }

  @Test
  void anUnknownEventHasNoMembersAndCannotBeSplit() throws StoreException {
    assertThat(store.members("nothing")).isEmpty();
    assertThatThrownBy(() -> store.split("nothing")).isInstanceOf(StoreException.class)
        .hasMessageContaining("nothing").hasMessageContaining("split");
  }

  @Test
  void aLoadedEventMustCiteItsReport() {
    Event orphan = new Event("orphan", EventDate.day(LocalDate.of(2022, 1, 1)), java.util.Optional.empty(),
        org.placard.model.EventType.PEACEFUL_PROTEST, Set.of(), List.of(), List.of(), List.of(), false, List.of(),
        List.of());
    assertThatThrownBy(() -> store.load(List.of(orphan))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("orphan");
  }
}
