// SPDX-License-Identifier: Apache-2.0
package org.placard.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A test's HTTP client for a running server: raw paths are sent as written, without normalisation. */
final class ApiClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  ApiClient(int port) {
    base = "http://127.0.0.1:" + port;
  }

  HttpResponse<String> get(String rawPath) {
    return send(HttpRequest.newBuilder(URI.create(base + rawPath)).GET().build());
  }

  HttpResponse<String> post(String rawPath, String authorization) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + rawPath)).POST(HttpRequest.BodyPublishers.noBody());
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return send(b.build());
  }

  /** The JSON body of a GET that must answer 200. */
  JsonNode json(String rawPath) {
    HttpResponse<String> r = get(rawPath);
    if (r.statusCode() != 200) {
      throw new AssertionError(rawPath + " answered " + r.statusCode() + ": " + r.body());
    }
    return parse(r.body());
  }

  static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
