// SPDX-License-Identifier: Apache-2.0
package org.placard.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/** Serves the hand-written OpenAPI 3 description of the API, kept beside the code as {@code openapi.json}. */
final class OpenApi {
  private final byte[] document;

  OpenApi() {
    try (InputStream in = OpenApi.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the classpath");
      }
      document = in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read openapi.json", e);
    }
  }

  void serve(Context ctx) {
    ctx.contentType("application/json").result(document);
  }
}
