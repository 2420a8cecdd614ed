// SPDX-License-Identifier: Apache-2.0
package org.placard.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The event API over the sample store, on a real server on a free port. */
class PlacardServerTest {
  private static PlacardServer server;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    server = PlacardServer.start(SampleEvents.store(), "127.0.0.1", 0, Optional.empty());
    api = new ApiClient(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("events").forEach(e -> ids.add(e.get("event_id").asText()));
    return ids;
  }

  @Test
  void listsNewEventsByDateWithTheirTotal() {
    JsonNode page = api.json("/api/events");
    assertThat(page.get("total").asInt()).isEqualTo(24);
    assertThat(page.get("events")).hasSize(24);
    List<String> dates = new ArrayList<>();
    page.get("events").forEach(e -> dates.add(e.get("date_start").asText()));
    assertThat(dates).isSorted();
    assertThat(page.get("events").get(0).get("location").asText()).isEqualTo("Tehran");
  }

  @Test
  void includesReferenceEventsOnlyWhenAsked() {
    assertThat(api.json("/api/events?include_references=true").get("total").asInt()).isEqualTo(25);
  }

  @ParameterizedTest(name = "{0} selects {1}")
  @CsvSource(delimiter = '|', value = {
      "country=FR|2",
      "country=ir&form=graffiti|5",
      "since=2020-11-01&until=2020-11-04|5",
      "bbox=51,35,52,36|4",
      "admin1=isfahan|4",
      "event_type=Protest%20with%20intervention|1",
      "actor=pensioner|2",
      "q=down%20khamenei|2",
      "q=homayoun|1",
      "verification=self-reported|12",
      "form=sit-in&sort=-date|2"})
  void filters(String query, int expected) {
    JsonNode page = api.json("/api/events?" + query);
    assertThat(page.get("total").asInt()).isEqualTo(expected);
    assertThat(page.get("events")).hasSize(expected);
  }

  @Test
  void pagesAndSortsNewestFirst() {
    List<String> all = ids(api.json("/api/events"));
    assertThat(ids(api.json("/api/events?limit=5&offset=5"))).isEqualTo(all.subList(5, 10));
    List<String> newest = ids(api.json("/api/events?sort=-date"));
    assertThat(newest.get(0)).isEqualTo(all.get(all.size() - 1));
  }

  @ParameterizedTest(name = "{0} is refused naming {1}")
  @CsvSource(delimiter = '|', value = {
      "since=yesterday|since",
      "since=2020-11-05&until=2020-11-01|until",
      "bbox=1,2,3|bbox",
      "bbox=0,95,1,96|bbox",
      "country=Iran|country",
      "form=dancing|form",
      "verification=rumour|verification",
      "limit=0|limit",
      "limit=lots|limit",
      "sort=place|sort",
      "contry=IR|contry",
      "country=IR&country=FR|country"})
  void refusesBadParametersNamingThem(String query, String parameter) {
    HttpResponse<String> r = api.get("/api/events?" + query);
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode body = ApiClient.parse(r.body());
    assertThat(body.get("parameter").asText()).isEqualTo(parameter);
    assertThat(body.get("error").asText()).isNotBlank();
  }

  @Test
  void showsOneEventWithTheTextOfEachSource() {
    JsonNode list = api.json("/api/events?q=pensions");
    String id = list.get("events").get(0).get("event_id").asText();
    JsonNode event = api.json("/api/events/" + id);
    assertThat(event.get("reports")).hasSize(2);
    assertThat(event.get("claims").get(0).get("claimant").asText()).isEqualTo("HRANA");
    for (JsonNode ev : event.get("evidence")) {
      JsonNode report = null;
      for (JsonNode r : event.get("reports")) {
        if (r.get("report_id").asText().equals(ev.get("report_id").asText())) {
          report = r;
        }
      }
      assertThat(report).as("the report of %s", ev).isNotNull();
      assertThat(report.get("text").asText().substring(ev.get("start").asInt(), ev.get("end").asInt()))
          .isEqualTo(ev.get("quote").asText());
    }
    String reportId = event.get("reports").get(1).get("report_id").asText();
    assertThat(api.json("/api/reports/" + reportId).get("title").asText()).isEqualTo(SampleEvents.HOSTILE_TITLE);
  }

  @Test
  void answersUnknownIdsWithNotFound() {
    HttpResponse<String> r = api.get("/api/events/no-such-event");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(ApiClient.parse(r.body()).get("error").asText()).contains("no-such-event");
    assertThat(api.get("/api/reports/nothing").statusCode()).isEqualTo(404);
    assertThat(api.get("/api/nothing").statusCode()).isEqualTo(404);
  }

  @Test
  void exportsTheFilteredEventsAsCsvAndGeoJson() {
    HttpResponse<String> csv = api.get("/api/events.csv?country=FR");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    String[] lines = csv.body().strip().split("\r\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).startsWith("event_id_cnty,");
    JsonNode geo = api.json("/api/events.geojson?form=graffiti");
    assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(geo.get("features")).hasSize(5);
    assertThat(api.get("/api/events.csv?since=soon").statusCode()).isEqualTo(400);
  }

  @Test
  void givesMapPointsForPlacedEventsOnly() {
    JsonNode points = api.json("/api/points");
    assertThat(points.get("total").asInt()).isEqualTo(24);
    assertThat(points.get("unplaced").asInt()).isEqualTo(1);
    assertThat(points.get("rows")).hasSize(23);
  }

  @Test
  void countsByPeriodPlaceActorAndForm() {
    JsonNode stats = api.json("/api/stats?by=month");
    assertThat(stats.get("timeline").toString()).isEqualTo(
        "[{\"period\":\"2020-10\",\"count\":15},{\"period\":\"2020-11\",\"count\":9}]");
    assertThat(api.json("/api/stats?by=week&country=FR").get("timeline").toString())
        .isEqualTo("[{\"period\":\"2020-10-19\",\"count\":2}]");
    assertThat(api.get("/api/stats?by=year").statusCode()).isEqualTo(400);
    JsonNode places = api.json("/api/places").get("places");
    assertThat(places.get(0).get("name").asText()).isEqualTo("Tehran");
    assertThat(places.get(0).get("events").asInt()).isEqualTo(4);
    JsonNode actors = api.json("/api/actors?country=IR").get("actors");
    assertThat(actors.get(0).get("name").asText()).isEqualTo("PMOI/MEK");
    assertThat(actors.get(0).get("events").asInt()).isEqualTo(12);
    assertThat(api.json("/api/problems").get("total").asInt()).isZero();
  }

  @Test
  void describesItselfInOpenApi() {
    JsonNode doc = api.json("/api/openapi.json");
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    assertThat(doc.get("paths").fieldNames()).toIterable().contains("/api/events", "/api/events/{id}",
        "/api/events.csv", "/api/events.geojson", "/api/reports/{id}", "/api/places", "/api/actors",
        "/api/problems", "/api/stats");
  }

  @Test
  void refusesWritesWhenStartedWithoutToken() {
    assertThat(api.post("/api/events/x/split", null).statusCode()).isEqualTo(403);
    assertThat(api.post("/api/events/x/split", "Bearer anything").statusCode()).isEqualTo(403);
  }

  @Test
  void acceptsWritesOnlyWithTheTokenItWasStartedWith() {
    try (PlacardServer writable = PlacardServer.start(SampleEvents.store(), "127.0.0.1", 0,
        Optional.of("0123456789abcdef-secret"))) {
      ApiClient client = new ApiClient(writable.port());
      assertThat(client.post("/api/events/x/split", null).statusCode()).isEqualTo(401);
      assertThat(client.post("/api/events/x/split", "Bearer wrong").statusCode()).isEqualTo(401);
      assertThat(client.post("/api/events/x/split", "Bearer 0123456789abcdef-secret").statusCode()).isEqualTo(501);
    }
  }
}
