// SPDX-License-Identifier: Apache-2.0
package org.placard.server;

import java.util.Objects;

/** A query parameter the API cannot use; answered with 400 and a JSON body naming the parameter. */
final class BadParameterException extends RuntimeException {
  private final String parameter;

  BadParameterException(String parameter, String message) {
    super(message);
    this.parameter = Objects.requireNonNull(parameter, "parameter");
  }

  String parameter() {
    return parameter;
  }
}
