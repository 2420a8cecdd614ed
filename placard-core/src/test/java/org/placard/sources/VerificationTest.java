// SPDX-License-Identifier: Apache-2.0
package org.placard.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placard.model.Actor;
import org.placard.model.ActorRole;
import org.placard.model.Attribution;
import org.placard.model.Claim;
import org.placard.model.Event;
import org.placard.model.EventDate;
import org.placard.model.EventType;
import org.placard.model.Evidence;
import org.placard.model.Figure;
import org.placard.model.Source;
import org.placard.model.Span;

class VerificationTest {
  static final SourceRegister REGISTER = SourceRegister.bundled();

  static Source source(String id, String outlet, String url) {
    return new Source(id, Optional.empty(), Optional.ofNullable(url), Optional.ofNullable(outlet), Optional.empty());
  }

  static Event event(List<Source> sources, List<Actor> actors, List<Claim> claims) {
    return new Event("e", EventDate.day(LocalDate.of(2020, 10, 10)), Optional.empty(), EventType.PEACEFUL_PROTEST,
        Set.of(), actors, List.of(), claims, false, sources, List.of());
  }

  static final Actor MEK = new Actor("PMOI/MEK", ActorRole.ORGANISER, List.of("MEK"));

  @Test
  void outletsAreFoundByNameAliasOrDomainAndOtherwiseUnknown() {
    assertThat(REGISTER.outletOf(source("1", "reuters", null)).kind()).isEqualTo(OutletKind.INTERNATIONAL_AGENCY);
    assertThat(REGISTER.outletOf(source("1", null, "https://www.reuters.com/world/x")).name()).isEqualTo("Reuters");
    assertThat(REGISTER.outletOf(source("1", "NCRI", null)).kind()).isEqualTo(OutletKind.SELF_REPORT);
    assertThat(REGISTER.outletOf(source("1", "The Daily Nowhere", "https://nowhere.invalid/a")).kind())
        .isEqualTo(OutletKind.UNKNOWN);
  }

  @Test
  void theActingGroupsOwnOutletAloneIsSelfReported() {
    Event e = event(List.of(source("1", "NCRI", null), source("2", "mek-iran.com", null)), List.of(MEK), List.of());
    assertThat(Verification.of(e, REGISTER)).isEqualTo(Verification.SELF_REPORTED);
  }

  @Test
  void anOutletIsSelfReportedOnlyWhenTheOrganisationTheRegisterDeclaresActed() throws IOException {
    SourceRegister register = SourceRegister.read(new StringReader(
        "Workers Front Bulletin\tself-report\tWorkers Front\tworkers-front.example\n"));
    List<Source> bulletin = List.of(source("1", null, "https://workers-front.example/r17"));
    Actor front = new Actor("Workers Front", ActorRole.ORGANISER, List.of("the Workers Front"));
    Actor drivers = new Actor("Truck Drivers (Iran)", ActorRole.PROTESTERS, List.of("Truck drivers"));
    Actor workers = new Actor("Labour Group (Iran)", ActorRole.PROTESTERS, List.of("Workers"));

    assertThat(Verification.of(event(bulletin, List.of(drivers, front), List.of()), register))
        .isEqualTo(Verification.SELF_REPORTED);
    assertThat(Verification.of(event(bulletin, List.of(drivers, workers), List.of()), register))
        .as("workers in general are not the Front").isEqualTo(Verification.SINGLE_SOURCE);
  }

  @Test
  void oneOutletIsSingleSourceEvenWithManyReports() {
    Event e = event(List.of(source("1", "Daily A", null), source("2", "daily a", null)), List.of(), List.of());
    assertThat(Verification.of(e, REGISTER)).isEqualTo(Verification.SINGLE_SOURCE);
  }

  @Test
  void twoIndependentOutletsAreMultiSourceAndAnAgencyAmongThemConfirms() {
    assertThat(Verification.of(event(List.of(source("1", "Daily A", null), source("2", "Daily B", null)), List.of(),
        List.of()), REGISTER)).isEqualTo(Verification.MULTI_SOURCE);
    assertThat(Verification.of(event(List.of(source("1", "NCRI", null), source("2", "AFP", null)), List.of(MEK),
        List.of()), REGISTER)).isEqualTo(Verification.CONFIRMED);
  }

  @Test
  void aClaimCorroboratedByAnAgencyConfirms() {
    Evidence ev = new Evidence("1", "claim", new Span(0, 4), "1500");
    Claim toll = new Claim(Figure.KILLED, Optional.of(1500L), "1,500",
        Optional.of(new Attribution("PMOI/MEK", Optional.of(LocalDate.of(2019, 12, 15)))),
        List.of(new Attribution("Reuters", Optional.of(LocalDate.of(2019, 12, 23)))), List.of(), ev);
    Event e = event(List.of(source("1", "NCRI", null)), List.of(MEK), List.of(toll));
    assertThat(Verification.of(e, REGISTER)).isEqualTo(Verification.CONFIRMED);
  }

  @Test
  void aUserFileAddsAndOverridesEntries(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.tsv");
    Files.writeString(file, "# mine\nDaily A\tlocal-media\t\tdailya.example\nReuters\tnational-media\t\t\n");
    SourceRegister mine = SourceRegister.withUserFile(file);
    assertThat(mine.outletOf(source("1", "Daily A", null)).kind()).isEqualTo(OutletKind.LOCAL_MEDIA);
    assertThat(mine.outletOf(source("1", "Reuters", null)).kind()).isEqualTo(OutletKind.NATIONAL_MEDIA);
    assertThat(mine.outletOf(source("1", "AFP", null)).kind()).isEqualTo(OutletKind.INTERNATIONAL_AGENCY);
  }

  @Test
  void aBadKindNamesItsLine() {
    assertThatThrownBy(() -> SourceRegister.read(new StringReader("A\tnewspaper\n")))
        .hasMessageContaining("line 1").hasMessageContaining("newspaper");
  }
}
