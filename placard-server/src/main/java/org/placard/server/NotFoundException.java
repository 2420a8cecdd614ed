// SPDX-License-Identifier: Apache-2.0
package org.placard.server;

/** Nothing is stored under the id a request asked for; answered with 404. */
final class NotFoundException extends RuntimeException {
  NotFoundException(String message) {
    super(message);
  }
}
