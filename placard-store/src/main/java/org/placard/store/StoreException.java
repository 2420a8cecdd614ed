// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

/** A store could not be opened, read or written. The message names the store and what was being done. */
public class StoreException extends Exception {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
