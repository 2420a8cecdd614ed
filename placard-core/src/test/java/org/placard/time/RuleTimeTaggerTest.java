// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.placard.model.EventDate;
import org.placard.model.TimePrecision;

/** Each form of expression, read in a report dated Saturday 10 October 2020 unless a test says otherwise. */
class RuleTimeTaggerTest {

  private static final Optional<LocalDate> SATURDAY = Optional.of(LocalDate.of(2020, 10, 10));
  private final RuleTimeTagger tagger = new RuleTimeTagger();

  private TimeMention only(String text, Optional<LocalDate> anchor) {
    List<TimeMention> found = tagger.tag(text, anchor);
    assertThat(found).as("mentions in \"%s\"", text).hasSize(1);
    TimeMention m = found.get(0);
    assertThat(m.span().of(text)).isEqualTo(m.text());
    return m;
  }

  @ParameterizedTest(name = "\"{0}\" is {1} \"{2}\" ({3})")
  @CsvSource(delimiter = '|', value = {
    // sentence | expression | type | value
    "Protests began on 10 October 2020 in Tehran.|10 October 2020|DATE|2020-10-10",
    "Protests began on October 10, 2020, in Tehran.|October 10, 2020|DATE|2020-10-10",
    "Protests began on Oct. 10 in Tehran.|Oct. 10|DATE|2020-10-10",
    "Workers struck on Sept. 3rd.|Sept. 3rd|DATE|2020-09-03",
    "The rally of 10/09/2020 was large.|10/09/2020|DATE|2020-10-09",
    "The rally of 25/09/2020 was large.|25/09/2020|DATE|2020-09-25",
    "The rally of 2020-10-09 was large.|2020-10-09|DATE|2020-10-09",
    "The party was founded in 1998 by students.|1998|DATE|1998",
    "Unrest marked the 1990s.|the 1990s|DATE|199",
    "Strikes spread in November 2019.|November 2019|DATE|2019-11",
    "Strikes spread last month.|last month|DATE|2020-09",
    "Strikes spread in March.|March|DATE|2020-03",
    "Strikes spread today.|today|DATE|2020-10-10",
    "Strikes spread yesterday.|yesterday|DATE|2020-10-09",
    "Strikes will spread tomorrow.|tomorrow|DATE|2020-10-11",
    "Police fired on Saturday.|Saturday|DATE|2020-10-10",
    "Police fired on Thursday.|Thursday|DATE|2020-10-08",
    "Students will march on Monday.|Monday|DATE|2020-10-12",
    "Police fired last Friday.|last Friday|DATE|2020-10-09",
    "Students march next week.|next week|DATE|2020-W42",
    "Police fired last week.|last week|DATE|2020-W40",
    "Police fired two days later.|two days later|DATE|2020-10-12",
    "Police fired three weeks ago.|three weeks ago|DATE|2020-W38",
    "Police fired earlier this month.|earlier this month|DATE|2020-10",
    "Police fired this year.|this year|DATE|2020",
    "Police fired last year.|last year|DATE|2019",
    "Police fired in mid-September.|mid-September|DATE|2020-09",
    "Police fired in late 2019.|late 2019|DATE|2019",
    "Police fired over the weekend.|over the weekend|DATE|2020-W41-WE",
    "Profits fell in the third quarter of 2019.|the third quarter of 2019|DATE|2019-Q3",
    "Profits fell in the first quarter.|the first quarter|DATE|2020-Q1",
    "Crowds gathered in summer 2019.|summer 2019|DATE|2019-SU",
    "Workers held a three-day strike.|three-day|DURATION|P3D",
    "Workers struck for two weeks.|two weeks|DURATION|P2W",
    "Workers struck for years.|years|DURATION|PXY",
    "Crowds gathered at 3 p.m. outside.|3 p.m.|TIME|2020-10-10T15:00",
    "Crowds gathered this morning.|this morning|TIME|2020-10-10TMO",
    "Crowds will gather tonight.|tonight|TIME|2020-10-10TNI",
    "Crowds gather every Friday.|every Friday|SET|XXXX-WXX-5",
    "Crowds gather weekly.|weekly|SET|P1W",
    "Prices are now higher.|now|DATE|PRESENT_REF",
    "Prices rose recently.|recently|DATE|PAST_REF",
    "Prices will rise in the future.|the future|DATE|FUTURE_REF",
    "The protest of 25 Aban 1398 was crushed.|25 Aban 1398|DATE|2019-11-16",
    "The protest of Dey 7, 1396 spread.|Dey 7, 1396|DATE|2017-12-28",
    "تظاهرات ۲۵ آبان ۱۳۹۸ سرکوب شد|۲۵ آبان ۱۳۹۸|DATE|2019-11-16",
    "تظاهرات ٧ دی ١٣٩٦|٧ دی ١٣٩٦|DATE|2017-12-28",
    "Nurses rallied in the past 24 hours.|the past 24 hours|DURATION|PT24H",
    "Prices rose in recent years.|recent years|DURATION|PXY",
    "Police fired 10 days ago and left.|10 days ago|DATE|2020-09-30",
    "Police fired in mid-1996.|mid-1996|DATE|1996",
    "He was jailed for two and a half years.|two and a half years|DURATION|P2Y6M",
    "He was jailed for 2 1/2 years.|2 1/2 years|DURATION|P2Y6M",
    "Police held him for an hour and a half.|an hour and a half|DURATION|PT1H30M",
    "The siege lasted six and a half weeks.|six and a half weeks|DURATION|P6.5W",
    "Villagers march each July.|each July|SET|XXXX-07",
    "Prices rose in recent weeks.|recent weeks|DURATION|PXW",
    "Prices will rise as soon as possible.|as soon as possible|DATE|FUTURE_REF",
  })
  void reads_each_form(String sentence, String expression, TimeType type, String value) {
    TimeMention m = only(sentence, SATURDAY);
    assertThat(m.text()).isEqualTo(expression);
    assertThat(m.type()).isEqualTo(type);
    assertThat(m.value()).contains(value);
  }

  @Test
  void the_first_week_of_a_month_is_its_first_seven_days() {
    TimeMention m = only("Graffiti appeared during the first week of October 2020.", Optional.empty());
    assertThat(m.text()).isEqualTo("the first week of October 2020");
    assertThat(m.date()).contains(range("2020-10-01", "2020-10-07", TimePrecision.WEEK));
  }

  @Test
  void mid_month_is_days_eleven_to_twenty_with_week_precision() {
    TimeMention m = only("Police fired in mid-November 2019.", Optional.empty());
    assertThat(m.value()).contains("2019-11");
    assertThat(m.date()).contains(range("2019-11-11", "2019-11-20", TimePrecision.WEEK));
  }

  @Test
  void ranges_carry_acled_precision() {
    assertThat(only("on October 10, 2020", Optional.empty()).date())
        .contains(range("2020-10-10", "2020-10-10", TimePrecision.DAY));
    assertThat(only("in November 2019", Optional.empty()).date())
        .contains(range("2019-11-01", "2019-11-30", TimePrecision.MONTH));
    assertThat(only("in 1998", Optional.empty()).date())
        .contains(range("1998-01-01", "1998-12-31", TimePrecision.COARSER));
    assertThat(only("in early 2020", Optional.empty()).date())
        .contains(range("2020-01-01", "2020-04-30", TimePrecision.COARSER));
    assertThat(only("Aban 1398", Optional.empty()).date())
        .contains(range("2019-10-23", "2019-11-21", TimePrecision.MONTH));
  }

  @Test
  void without_an_anchor_relative_expressions_have_no_value_but_absolute_ones_do() {
    List<TimeMention> found = tagger.tag("Yesterday, as on Oct. 10 and on 12 March 2019, crowds gathered.",
        Optional.empty());
    assertThat(found).extracting(TimeMention::text).containsExactly("Yesterday", "Oct. 10", "12 March 2019");
    assertThat(found.get(0).value()).isEmpty();
    assertThat(found.get(0).date()).isEmpty();
    assertThat(found.get(1).value()).isEmpty();
    assertThat(found.get(2).value()).contains("2019-03-12");
  }

  @Test
  void a_day_without_year_is_the_nearest_leaning_to_the_past() {
    Optional<LocalDate> january = Optional.of(LocalDate.of(2020, 1, 10));
    assertThat(only("on Dec. 15", january).value()).contains("2019-12-15");
    assertThat(only("on Jan. 3", Optional.of(LocalDate.of(1989, 11, 2))).value()).contains("1990-01-03");
    assertThat(tagger.tag("on Feb. 30", january)).isEmpty();
    assertThat(only("in mid-November", january).value()).contains("2019-11");
  }

  @Test
  void may_is_a_month_only_where_it_reads_as_one() {
    assertThat(tagger.tag("May I add that they may come.", SATURDAY)).isEmpty();
    assertThat(only("It happened in May.", SATURDAY).value()).contains("2020-05");
  }

  @Test
  void a_bare_number_is_a_year_only_when_it_can_be_one() {
    assertThat(tagger.tag("Some 1500 people and 2000 protesters marched.", SATURDAY)).isEmpty();
  }

  @Test
  void both_days_of_a_pair_take_the_month_and_year_written_once() {
    assertThat(tagger.tag("Protests on 5 and 6 October 2019 and on March 3-4, 2019 spread.", SATURDAY))
        .extracting(TimeMention::text, TimeMention::value)
        .containsExactly(tuple("5", Optional.of("2019-10-05")), tuple("6 October 2019", Optional.of("2019-10-06")),
            tuple("March 3", Optional.of("2019-03-03")), tuple("4", Optional.of("2019-03-04")),
            tuple("2019", Optional.of("2019")));
    assertThat(tagger.tag("Police killed 5 and injured 6 October", SATURDAY)).extracting(TimeMention::text)
        .containsExactly("6 October");
  }

  @Test
  void a_year_named_by_its_end_is_a_length_of_time() {
    assertThat(tagger.tag("Profit rose for the year ended March 31.", SATURDAY))
        .extracting(TimeMention::text, TimeMention::type, TimeMention::value)
        .containsExactly(tuple("the year", TimeType.DURATION, Optional.of("P1Y")),
            tuple("March 31", TimeType.DATE, Optional.of("2020-03-31")));
  }

  @Test
  void words_that_only_look_like_time_are_not_tagged() {
    assertThat(tagger.tag("Troops left soon after the vote and as soon as they could.", SATURDAY)).isEmpty();
    assertThat(tagger.tag("A second group of students joined a second round.", SATURDAY)).isEmpty();
    assertThat(tagger.tag("It led the evening news.", SATURDAY)).isEmpty();
    assertThat(tagger.tag("Foreign ministers Jan Kavan and Janos Martonyi signed.", SATURDAY)).isEmpty();
    assertThat(only("Wait a second.", SATURDAY).value()).contains("PT1S");
    assertThat(tagger.tag("He was seen two days before police came.", SATURDAY))
        .noneMatch(m -> m.type() == TimeType.DATE);
  }

  private static EventDate range(String start, String end, TimePrecision precision) {
    return new EventDate(LocalDate.parse(start), LocalDate.parse(end), precision, false);
  }
}
