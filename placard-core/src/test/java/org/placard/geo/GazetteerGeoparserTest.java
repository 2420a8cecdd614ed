// SPDX-License-Identifier: Apache-2.0
package org.placard.geo;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.placard.model.Problem;
import org.placard.model.Report;
import org.placard.model.Span;

class GazetteerGeoparserTest {
  private static final GazetteerGeoparser GEOPARSER = new GazetteerGeoparser(TestGazetteer.GAZETTEER);

  private static List<ResolvedPlace> places(String text) {
    return GEOPARSER.places(Report.ofText(text, "test"), p -> { });
  }

  private static List<String> mentions(String text) {
    return GEOPARSER.recognise(text).stream().map(PlaceMention::text).toList();
  }

  private static String countryOf(String text, String name) {
    return places(text).stream().filter(p -> p.mention().text().equals(name)).findFirst().orElseThrow()
        .place().countryCode();
  }

  @Test
  void aBareNameGoesToTheBiggestPlace() {
    assertThat(countryOf("Thousands marched in Paris on Saturday.", "Paris")).isEqualTo("FR");
  }

  @Test
  void anAdminHintBesideTheNameDecides() {
    assertThat(countryOf("The rally in Paris, Texas drew a crowd.", "Paris")).isEqualTo("US");
    assertThat(countryOf("Workers struck in Alexandria, Louisiana.", "Alexandria")).isEqualTo("US");
    ResolvedPlace zahedan = places("Graffiti appeared in Zahedan city (Sistan and Baluchestan).").get(0);
    assertThat(zahedan.place().geonameId()).contains(1159301L);
    assertThat(zahedan.place().precision()).isEqualTo(1);
  }

  @Test
  void aCountryTheReportIsKnownToBeAboutOutweighsItsNames() {
    String text = "Dock workers marched in Alexandria on Monday.";
    ResolvedPlace alone = places(text).get(0);
    assertThat(alone.place().countryCode()).isEqualTo("EG");
    Report aboutTheUs = Report.ofText(text, "test").withCountry(Optional.of("US"));
    assertThat(GEOPARSER.places(aboutTheUs, p -> { }).get(0).place().countryCode()).isEqualTo("US");
    assertThat(GEOPARSER.countryCode("Egypt")).contains("EG");
    assertThat(GEOPARSER.countryCode("Atlantis")).isEmpty();
    assertThatThrownBy(() -> Report.ofText(text, "test").withCountry(Optional.of("Egypt")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two-letter");
  }

  @Test
  void theCountryTheReportIsAboutDecidesOtherwise() {
    String text = "Iranian police arrested students in Tehran and in Zahedan. Iran denied it.";
    assertThat(countryOf(text, "Zahedan")).isEqualTo("IR");
  }

  @Test
  void historicNamesTransliterationsAndDiacriticsResolve() {
    List<ResolvedPlace> found = places("Banners went up in Homayoun Shahr, Bandar-e Abbas, Esfarāyen and Urmia.");
    assertThat(found).extracting(p -> p.place().geonameId().orElseThrow())
        .containsExactly(418710L, 141681L, 135298L, 121801L);
    assertThat(found.get(0).place().nameAsWritten()).isEqualTo("Homayoun Shahr");
    assertThat(found.get(0).place().name()).isEqualTo("Khomeynī Shahr");
  }

  @Test
  void peopleAreNotPlaces() {
    String text = "Mrs. Maryam Rajavi spoke in Tehran. Rajavi said the regime would fall. "
        + "Supporters of Mr. Massoud Rajavi met.";
    assertThat(mentions(text)).containsExactly("Tehran");
  }

  @Test
  void commonWordsAndLowercaseWordsAreNotPlaces() {
    assertThat(mentions("Most people were reading. Split decisions are common in May.")).isEmpty();
    assertThat(mentions("He went to reading and to split.")).isEmpty();
  }

  @Test
  void aQuantifierOpeningASentenceIsNotThePlaceItFoldsOnto() {
    assertThat(mentions("Some 300 teachers rallied in Paris. Many stayed. Several left.")).containsExactly("Paris");
    assertThat(mentions("Pilgrims walked to the Somme.")).containsExactly("Somme");
  }

  @Test
  void peopleOfAPlaceAreNotAnOrganisationNamedAfterIt() {
    assertThat(mentions("Residents of Zahedan protested. Students of Isfahan marched.")).containsExactly("Zahedan", "Isfahan");
    assertThat(mentions("The University of Isfahan was closed.")).isEmpty();
  }

  @Test
  void aPlaceInsideAnOrganisationsNameIsNotAPlaceOfTheText() {
    assertThat(mentions("The Tehran Times and the University of Isfahan reported it.")).isEmpty();
  }

  @Test
  void demonymsResolveToTheirCountryAsContextOnly() {
    ResolvedPlace iranian = places("Iranian security forces opened fire.").get(0);
    assertThat(iranian.mention().text()).isEqualTo("Iranian");
    assertThat(iranian.isDemonym()).isTrue();
    assertThat(iranian.place().countryCode()).isEqualTo("IR");
    assertThat(iranian.featureClass()).isEqualTo("A");
    assertThat(iranian.place().precision()).isEqualTo(3);
  }

  @Test
  void anUnknownNameIsAProblemNotAGuess() {
    List<Problem> problems = new ArrayList<>();
    Report report = Report.ofText("Protests in Qwertyville.", "test");
    List<ResolvedPlace> found = GEOPARSER.resolve(report,
        List.of(new PlaceMention(new Span(12, 23), "Qwertyville")), problems::add);
    assertThat(found).isEmpty();
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.stage()).isEqualTo("geo");
      assertThat(p.quote()).contains("Qwertyville");
    });
  }

  @Test
  void anUnknownNameWithNoTownBesideItLiesInTheCountryTheReportIsAbout() {
    String text = "Iran: students gathered in Qwertyville. Iran state media said so.";
    List<PlaceMention> given = List.of(new PlaceMention(new Span(0, 4), "Iran"),
        new PlaceMention(new Span(27, 38), "Qwertyville"), new PlaceMention(new Span(40, 44), "Iran"));
    List<Problem> problems = new ArrayList<>();
    List<ResolvedPlace> found = GEOPARSER.resolve(Report.ofText(text, "test"), given, problems::add);
    ResolvedPlace unknown = found.get(1);
    assertThat(unknown.place().countryCode()).isEqualTo("IR");
    assertThat(unknown.featureCode()).contains(ResolvedPlace.NEAR_TOWN);
    assertThat(unknown.confidence()).isLessThan(0.2);
    // placed only as well as the country: the text's problem is still told
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("Qwertyville", "placed at"));
  }

  @Test
  void anOfficeARegionHasAndATownLacksNamesTheRegion() {
    assertThat(resolveWhole("Washington Governor Jay Inslee declared an emergency.", "Washington"))
        .singleElement().satisfies(p -> assertThat(p.featureCode()).contains("ADM1"));
    assertThat(resolveWhole("Washington Mayor Muriel Bowser spoke.", "Washington"))
        .singleElement().satisfies(p -> assertThat(p.featureCode()).contains("PPLC"));
  }

  private static List<ResolvedPlace> resolveWhole(String text, String name) {
    int at = text.indexOf(name);
    return GEOPARSER.resolve(Report.ofText(text, "test"),
        List.of(new PlaceMention(new Span(at, at + name.length()), name)), p -> { });
  }

  @Test
  void anUnknownLongerNameResolvesToTheProminentPlaceItContains() {
    assertThat(resolveWhole("Traders closed the Tehran Grand Bazaar.", "Tehran Grand Bazaar"))
        .singleElement().satisfies(p -> assertThat(p.place().geonameId()).contains(112931L));
    assertThat(resolveWhole("Envoys of the Republic of Iran met.", "Republic of Iran"))
        .singleElement().satisfies(p -> assertThat(p.place().countryCode()).isEqualTo("IR"));
  }

  @Test
  void aCountryAdjectiveInsideALongerNameGivesTheCountry() {
    assertThat(resolveWhole("Staff of the Iranian Embassy left.", "Iranian Embassy"))
        .singleElement().satisfies(p -> assertThat(p.place().countryCode()).isEqualTo("IR"));
  }

  @Test
  void aCommonNounAfterTheIsNotAMinorPlaceAbroad() {
    String text = "Police used water cannon to disperse the march near the Alameda in Santiago. "
        + "Chile's government defended it; Chile's opposition and Santiago's mayor did not.";
    assertThat(places(text)).noneMatch(p -> p.place().countryCode().equals("US"));
    assertThat(countryOf("Protesters gathered near the Alameda in California.", "Alameda")).isEqualTo("US");
  }

  @Test
  void aRepeatedNameDoesNotVoteForItsOwnCountry() {
    String text = "Children fell ill in Santa Ana, California. " + "Santa Ana officials met. ".repeat(6);
    assertThat(places(text)).filteredOn(p -> p.mention().text().equals("Santa Ana"))
        .extracting(p -> p.place().countryCode()).containsOnly("US");
  }

  @Test
  void aPlaceBeforeATitleAndAWorldRegionsAcronymAreRecognised() {
    assertThat(mentions("It drew criticism from U.S. President Donald Trump.")).containsExactly("U.S.");
    assertThat(mentions("The EU member states agreed.")).containsExactly("EU");
  }

  @Test
  void aMetonymAliasNamesTheTownAndAnAbbreviationTheRegion() {
    assertThat(TestGazetteer.GAZETTEER.lookup("White House")).singleElement()
        .satisfies(e -> assertThat(e.featureCode()).isEqualTo("PPLC"));
    assertThat(TestGazetteer.GAZETTEER.lookup("Wash.")).singleElement()
        .satisfies(e -> assertThat(e.featureCode()).isEqualTo("ADM1"));
  }

  @Test
  void anUnknownSquareIsPlacedAtTheTownNamedBesideIt() {
    String text = "Crowds filled Azadi Square in Tehran on Friday.";
    List<PlaceMention> mentions = List.of(new PlaceMention(new Span(14, 26), "Azadi Square"),
        new PlaceMention(new Span(30, 36), "Tehran"));
    List<ResolvedPlace> found = GEOPARSER.resolve(Report.ofText(text, "test"), mentions, p -> { });
    assertThat(found).hasSize(2);
    assertThat(found.get(0).featureCode()).contains(ResolvedPlace.WITHIN_TOWN);
    assertThat(found.get(0).place().geonameId()).contains(112931L);
    assertThat(found.get(0).place().nameAsWritten()).isEqualTo("Azadi Square");
  }

  @Test
  void anUnknownVillageIsPlacedNearTheTownNamedBesideItWithLowConfidence() {
    String text = "Shelling hit Qwertyabad, a village outside Tehran.";
    List<PlaceMention> mentions = List.of(new PlaceMention(new Span(13, 23), "Qwertyabad"),
        new PlaceMention(new Span(44, 50), "Tehran"));
    List<ResolvedPlace> found = GEOPARSER.resolve(Report.ofText(text, "test"), mentions, p -> { });
    assertThat(found).hasSize(2);
    assertThat(found.get(0).featureCode()).contains(ResolvedPlace.NEAR_TOWN);
    assertThat(found.get(0).place().geonameId()).contains(112931L);
    assertThat(found.get(0).confidence()).isLessThan(found.get(1).confidence());
  }

  @Test
  void aNameSharedByACapitalAndARegionIsTheRegionAfterTheStateOfOrATownOfThatRegion() {
    assertThat(resolveWhole("Officials in Washington said so.", "Washington").get(0).featureCode()).contains("PPLC");
    assertThat(resolveWhole("Flu was found in the state of Washington.", "Washington").get(0).featureCode())
        .contains("ADM1");
    String text = "She flew from Spokane, Washington to Boston.";
    List<ResolvedPlace> found = GEOPARSER.resolve(Report.ofText(text, "test"), List.of(
        new PlaceMention(new Span(14, 21), "Spokane"), new PlaceMention(new Span(23, 33), "Washington")), p -> { });
    assertThat(found).extracting(p -> p.featureCode().orElse("")).containsExactly("PPLA2", "ADM1");
  }

  @Test
  void demonymsOfSmallerCountriesAndPeoplesNameTheirCountryOrRegion() {
    assertThat(TestGazetteer.GAZETTEER.countryOfDemonym("Serb").map(GazetteerEntry::countryCode)).contains("RS");
    assertThat(TestGazetteer.GAZETTEER.countryOfDemonym("Saint Lucian").map(GazetteerEntry::countryCode))
        .contains("LC");
    assertThat(TestGazetteer.GAZETTEER.countryOfDemonym("Kurdish").map(GazetteerEntry::name)).contains("Kurdistan");
  }

  @Test
  void aTownsOwnNameOutranksASixTimesBiggerTownThatListsItOnlyAsAnAlternateName() {
    assertThat(resolveWhole("Tickets sold in Riverdale won.", "Riverdale")).singleElement()
        .satisfies(p -> assertThat(p.place().geonameId()).contains(4219934L));
  }

  @Test
  void anUnknownVillageWithItsCountryWrittenBesideItLiesInThatCountryNotAtAForeignTownNearby() {
    String text = "Cases in Paris and in Qwertyabad, Iran, rose.";
    List<PlaceMention> mentions = List.of(new PlaceMention(new Span(9, 14), "Paris"),
        new PlaceMention(new Span(22, 32), "Qwertyabad"));
    List<ResolvedPlace> found = GEOPARSER.resolve(Report.ofText(text, "test"), mentions, p -> { });
    assertThat(found).hasSize(2);
    assertThat(found.get(1).place().countryCode()).isEqualTo("IR");
    assertThat(found.get(1).featureCode()).contains(ResolvedPlace.NEAR_TOWN);
  }

  @Test
  void aStreetNamedLikeAHamletStaysUnresolved() {
    assertThat(resolveWhole("They gathered on Rajavi Street.", "Rajavi Street")).isEmpty();
  }

  @Test
  void countriesAndRegionsHavePrecisionThree() {
    assertThat(places("Strikes spread across Iran.").get(0).place().precision()).isEqualTo(3);
  }

  @Test
  void noInputMakesItThrow() {
    qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 300))
        .checkAssert(text -> GEOPARSER.places(Report.ofText(text, "fuzz"), p -> { }));
  }

  @Test
  void anInstituteOrAParadeTheGazetteerLacksLiesInTheTownNamedBesideIt() {
    String text = "Classes at the Tehran Institute resumed. Crowds gathered on Enghelab Parade in Tehran.";
    List<PlaceMention> mentions = List.of(new PlaceMention(new Span(15, 31), "Tehran Institute"),
        new PlaceMention(new Span(60, 75), "Enghelab Parade"), new PlaceMention(new Span(79, 85), "Tehran"));
    List<ResolvedPlace> found = GEOPARSER.resolve(Report.ofText(text, "test"), mentions, p -> { });
    assertThat(found).extracting(p -> p.place().geonameId().orElse(0L)).containsOnly(112931L);
    assertThat(found.get(1).featureCode()).contains(ResolvedPlace.WITHIN_TOWN);
  }

  @Test
  void aRegionListedWithItsSiblingRegionsIsThatCountrysRegion() {
    assertThat(countryOf("Cases were reported in Paris, Texas, Louisiana and Georgia.", "Georgia")).isEqualTo("US");
    assertThat(countryOf("Troops left Georgia and Armenia for Russia.", "Georgia")).isEqualTo("GE");
  }

  @Test
  void theCountryTheReportIsAboutIsJudgedByThePlacesChosenNotByEachNamesLikeliestPlace() {
    // read alone, "Paris" (twice) is France's; chosen beside "Texas" it is Texas's, and so the report is about the US
    String text = "Police in Paris, Texas said the Paris march was calm. " + "Speakers came and went. ".repeat(20)
        + "A second march reached Qwertyville.";
    List<PlaceMention> given = new ArrayList<>();
    for (String name : List.of("Paris", "Texas", "Paris ", "Qwertyville")) {
      int at = text.indexOf(name.strip(), given.isEmpty() ? 0 : given.get(given.size() - 1).span().end());
      given.add(new PlaceMention(new Span(at, at + name.strip().length()), name.strip()));
    }
    List<ResolvedPlace> found = GEOPARSER.resolve(Report.ofText(text, "test"), given, p -> { });
    assertThat(found).extracting(p -> p.place().countryCode()).containsExactly("US", "US", "US", "US");
  }

  @Test
  void aShortAcronymIsNoVillageWhoseNameFoldsOntoIt() {
    // "Sa" is an alternate name of Sia, Cyprus; "SA" (South Africa, Saudi Arabia, South Australia) is not it
    assertThat(resolveWhole("Mining in SA grew last year.", "SA")).isEmpty();
    assertThat(countryOf("Exports from the UK and the US grew.", "UK")).isEqualTo("GB");
    assertThat(countryOf("Exports from the UK and the U.S. grew.", "U.S.")).isEqualTo("US");
  }

  @Test
  void aNameSharedByACapitalIsTheRegionInAListOfItsSiblingRegions() {
    ResolvedPlace washington = places("Cases were found in Pennsylvania, Utah, Washington, Wyoming and Texas.")
        .stream().filter(p -> p.mention().text().equals("Washington")).findFirst().orElseThrow();
    assertThat(washington.featureCode()).contains("ADM1");
    ResolvedPlace capital = places("Officials in Washington met envoys from Texas and Utah.").stream()
        .filter(p -> p.mention().text().equals("Washington")).findFirst().orElseThrow();
    assertThat(capital.featureCode()).contains("PPLC");
  }

  @Test
  void aPlaceOrDemonymOpeningAHyphenatedWordIsFound() {
    assertThat(mentions("The Iranian-backed militia met a Paris-based lawyer and an Alexandria-born poet."))
        .containsExactly("Iranian", "Paris", "Alexandria");
    assertThat(mentions("Maryam-Rajavi supporters and Anti-Tehran slogans.")).containsExactly("Tehran");
  }

  @Test
  void anOfficeAfterATitleIsNoPersonsName() {
    assertThat(mentions("The Deputy Minister of Defence of Texas spoke. Later, Texas sent troops."))
        .containsExactly("Texas");
  }

  @Test
  void givenNamesAndTheirSurnamesArePeopleUnlessAPrepositionOfPlaceComesFirst() {
    String text = "Gino Bassett, 56, was charged. Bassett said he had met Barry Smith in Paris. "
        + "\"Not now,\" continued Amy. A dam broke at Bassett.";
    assertThat(GEOPARSER.recognise(text)).extracting(PlaceMention::text).containsExactly("Paris", "Bassett");
    assertThat(GEOPARSER.recognise(text).get(1).span().start()).isEqualTo(text.lastIndexOf("Bassett"));
  }

  @Test
  void aGivenNameThatIsAProminentPlaceStaysAPlaceByItself() {
    // "Florence" is a given name too, but a city of 350,000: alone it is the city, before a surname a person
    assertThat(mentions("Crowds gathered. Florence was calm. Later Florence Welch sang.")).containsExactly("Florence");
  }

  @Test
  void anAbbreviatedSaintJoinsItsName() {
    assertThat(mentions("ST. LOUIS - Police in St. Louis said. Then it rained.")).containsExactly("ST. LOUIS",
        "St. Louis");
    assertThat(countryOf("Police in St. Louis said so.", "St. Louis")).isEqualTo("US");
  }

  @Test
  void aCapitalisedCommonWordIsAPlaceOnlyIfProminentOrAfterAPrepositionOfPlace() {
    assertThat(mentions("A swan died in the Dresden Zoo. Derby was calm.")).doesNotContain("Zoo")
        .contains("Derby");
    assertThat(mentions("They drove to a farm in Zoo.")).containsExactly("Zoo");
  }

  @Test
  void aLandmarkNamedAfterItsPlaceIsOnePlace() {
    assertThat(mentions("The wedding takes place at Windsor Castle on Saturday.")).containsExactly("Windsor Castle");
    List<ResolvedPlace> found = places("Fans gathered outside the Dresden Stadium.");
    assertThat(found).extracting(p -> p.mention().text()).containsExactly("Dresden Stadium");
    assertThat(found.get(0).place().name()).isEqualTo("Dresden");
  }

  @Test
  void aCurrencyIsNoPlace() {
    assertThat(mentions("Libya settled for US$460 million with the US.")).containsExactly("Libya", "US");
  }

  @Test
  void aDirectionBeforeAnAreaNamesAPartOfThatArea() {
    String text = "Miners marched in South Venezuela and in Northern Texas.";
    List<PlaceMention> given = List.of(new PlaceMention(new Span(18, 33), "South Venezuela"),
        new PlaceMention(new Span(41, 55), "Northern Texas"));
    List<ResolvedPlace> found = GEOPARSER.resolve(Report.ofText(text, "test"), given, p -> { });
    assertThat(found).extracting(p -> p.place().countryCode()).containsExactly("VE", "US");
    assertThat(found.get(1).featureCode()).contains("ADM1");
  }

  @Test
  void aRegionsAbbreviationAfterATownAndACommaIsThatRegion() {
    List<ResolvedPlace> found = places("TACOMA, Wash. - Nurses walked out. WA Health said nothing.");
    assertThat(found).extracting(p -> p.mention().text()).contains("Wash").doesNotContain("WA");
    assertThat(found.stream().filter(p -> p.mention().text().equals("Wash")).findFirst().orElseThrow()
        .featureCode()).contains("ADM1");
  }

  @Test
  void aCountryCodeOpeningAHyphenatedWordIsThatCountry() {
    assertThat(mentions("A US-based producer said so.")).containsExactly("US");
  }

  @Test
  void aCountryOrRegionBeforeAnotherInAListIsNoTownOfTheOther() {
    // Japan has a town called China, Pennsylvania one called Oklahoma: "X, Y" is a list here, not a hint
    assertThat(countryOf("Cases were reported in Mexico, China, Japan and Brazil.", "China")).isEqualTo("CN");
    ResolvedPlace oklahoma = places("Farms in Georgia, Oklahoma, Pennsylvania and Texas were hit.").stream()
        .filter(p -> p.mention().text().equals("Oklahoma")).findFirst().orElseThrow();
    assertThat(oklahoma.featureCode()).contains("ADM1");
  }
}
