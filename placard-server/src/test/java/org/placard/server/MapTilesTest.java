// SPDX-License-Identifier: Apache-2.0
package org.placard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Online tiles are named by a plain URL template whose one host the page's policy then allows. */
class MapTilesTest {
  @ParameterizedTest
  @CsvSource({
      "https://tile.openstreetmap.org/{z}/{x}/{y}.png, https://tile.openstreetmap.org",
      "https://{s}.tile.example.org/{z}/{x}/{y}.png, https://*.tile.example.org",
      "http://localhost:8089/tiles/{z}/{x}/{y}{r}.png?key=abc, http://localhost:8089",
      "HTTPS://Tiles.Example.ORG/{z}/{x}/{y}.png, https://tiles.example.org"})
  void allowsOnlyTheTemplatesOrigin(String template, String origin) {
    assertThat(new MapTiles(template, "© someone").cspSource()).isEqualTo(origin);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "tile.openstreetmap.org/{z}/{x}/{y}.png",
      "ftp://tiles.example.org/{z}/{x}/{y}.png",
      "javascript:alert(1)//{z}/{x}/{y}",
      "https://tiles.example.org/{z}/{x}.png",
      "https://user@tiles.example.org/{z}/{x}/{y}.png",
      "https://tiles.example.org;script-src */{z}/{x}/{y}.png",
      "https://tiles.{s}.example.org/{z}/{x}/{y}.png",
      "https://*/{z}/{x}/{y}.png",
      "https:///{z}/{x}/{y}.png",
      "https://tiles example.org/{z}/{x}/{y}.png"})
  void refusesTemplatesThatAreNotAPlainHttpUrl(String template) {
    assertThatThrownBy(() -> new MapTiles(template, "© someone")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void needsAnAttribution() {
    assertThatThrownBy(() -> new MapTiles(MapTiles.OPENSTREETMAP, " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attribution");
  }

  @Test
  void givesOpenStreetMapsTilesTheAttributionItsLicenceAsksFor() {
    assertThat(MapTiles.of(MapTiles.OPENSTREETMAP).attribution()).isEqualTo("© OpenStreetMap contributors");
    assertThat(MapTiles.of("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png").attribution())
        .contains("OpenStreetMap");
    assertThat(MapTiles.of("https://tiles.example.org/{z}/{x}/{y}.png").attribution())
        .isEqualTo("Map tiles: tiles.example.org");
    assertThat(MapTiles.of("https://notopenstreetmap.org/{z}/{x}/{y}.png").attribution())
        .doesNotContain("OpenStreetMap");
  }
}
