// SPDX-License-Identifier: GPL-3.0-or-later
package org.placard.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.placard.geo.Geoparser;
import org.placard.geo.PlaceMention;
import org.placard.geo.ResolvedPlace;
import org.placard.model.Coordinates;
import org.placard.model.EventDate;
import org.placard.model.Place;
import org.placard.model.Problem;
import org.placard.model.Report;
import org.placard.time.TimeMention;
import org.placard.time.TimeType;

/** Loads CoreNLP's models once (half a minute): runs only with -Pcorenlp. */
class CoreNlpPipelinesTest {
  static CoreNlpAnnotator annotator;

  static final String TEXT = "Thousands of teachers marched in Lyon on Friday, and nurses rallied across France in March 2019.";

  /** Resolves every mention to a made-up place of that name, so that a test sees what CoreNLP found. */
  static final Geoparser NAMES = new Geoparser() {
    @Override
    public List<PlaceMention> recognise(String text) {
      throw new AssertionError("the baseline recognises with CoreNLP, not with its resolver");
    }

    @Override
    public List<ResolvedPlace> resolve(Report report, List<PlaceMention> mentions, Consumer<Problem> problems) {
      return mentions.stream().map(m -> new ResolvedPlace(m, new Place(Optional.empty(), m.text(), m.text(),
          Optional.empty(), "FR", "France", Optional.of(new Coordinates(46, 2)), 1), "P", 1.0)).toList();
    }
  };

  @BeforeAll
  static void load() {
    annotator = new CoreNlpAnnotator();
  }

  @Test
  void placesAreCoreNlpsLocationsResolvedByTheDelegate() {
    Report report = Report.ofText(TEXT, "test");
    List<Problem> problems = new ArrayList<>();
    List<ResolvedPlace> places = new CoreNlpGeoparser(annotator, NAMES).places(report, problems::add);
    assertThat(places).extracting(p -> p.mention().text()).containsExactly("Lyon", "France");
    assertThat(places.get(0).mention().span().of(TEXT)).isEqualTo("Lyon");
  }

  @Test
  void timesAreSuTimesResolvedAgainstTheReportsDate() {
    List<TimeMention> times = new CoreNlpTimeTagger(annotator).tag(TEXT, Optional.of(LocalDate.of(2020, 10, 10)));
    assertThat(times).extracting(TimeMention::text).containsExactly("Friday", "March 2019");
    TimeMention friday = times.get(0);
    assertThat(friday.type()).isEqualTo(TimeType.DATE);
    assertThat(friday.value()).contains("2020-10-09");
    assertThat(friday.date()).contains(EventDate.day(LocalDate.of(2020, 10, 9)));
    assertThat(friday.span().of(TEXT)).isEqualTo("Friday");
    assertThat(times.get(1).date()).hasValueSatisfying(d -> {
      assertThat(d.start()).isEqualTo(LocalDate.of(2019, 3, 1));
      assertThat(d.end()).isEqualTo(LocalDate.of(2019, 3, 31));
    });
  }

  @Test
  void withoutADateRelativeTimesHaveNoValue() {
    List<TimeMention> times = new CoreNlpTimeTagger(annotator).tag(TEXT, Optional.empty());
    assertThat(times).filteredOn(t -> t.text().equals("Friday")).singleElement()
        .satisfies(t -> {
          assertThat(t.value()).isEmpty();
          assertThat(t.date()).isEmpty();
        });
  }

  @Test
  void theBaselineIsFoundByName() {
    assertThat(java.util.ServiceLoader.load(org.placard.bench.Baseline.class)).extracting(b -> b.name())
        .contains("corenlp");
  }
}
