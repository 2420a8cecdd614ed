// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.placard.model.Coordinates;
import org.placard.model.Form;

class EventQueryTest {
  @Test
  void allSelectsEverything() {
    assertThat(EventQuery.all()).isEqualTo(new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), true, 0, 0, Optional.empty(), Optional.empty()));
  }

  @Test
  void withersChangeOnePartOnly() {
    EventQuery query = EventQuery.all().withCountryCode("IR").withForm(Form.RALLY).withPage(10, 20)
        .withDates(Optional.of(LocalDate.of(2020, 1, 1)), Optional.empty()).withText(" tehran ").withoutReferences();

    assertThat(query).isEqualTo(new EventQuery(Optional.of("IR"), Optional.of(LocalDate.of(2020, 1, 1)),
        Optional.empty(), Optional.of(Form.RALLY), false, 10, 20, Optional.empty(), Optional.of("tehran")));
  }

  @Test
  void blankTextIsNoSearch() {
    assertThat(EventQuery.all().withText("   ").text()).isEmpty();
  }

  @Test
  void negativePagingIsRefused() {
    assertThatThrownBy(() -> EventQuery.all().withPage(-1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void boxesAreValidatedAndMayCrossTheAntimeridian() {
    BoundingBox pacific = new BoundingBox(-20, 170, -10, -170);
    assertThat(pacific.crossesAntimeridian()).isTrue();
    assertThat(pacific.contains(new Coordinates(-18, 178))).isTrue();
    assertThat(pacific.contains(new Coordinates(-18, -175))).isTrue();
    assertThat(pacific.contains(new Coordinates(-18, 0))).isFalse();
    assertThat(new BoundingBox(40, -5, 52, 10).contains(new Coordinates(48.85, 2.35))).isTrue();
    assertThatThrownBy(() -> new BoundingBox(52, 0, 40, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BoundingBox(0, -181, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BoundingBox(Double.NaN, 0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
