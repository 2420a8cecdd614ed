// SPDX-License-Identifier: Apache-2.0
package org.placard.export;

import java.io.IOException;
import org.placard.model.Event;

/**
 * Writes events in one export format. Not thread-safe. {@link #close()} finishes the document (closing a
 * GeoJSON collection, flushing CSV) and closes the underlying stream.
 */
public interface EventWriter extends AutoCloseable {

  void write(Event event) throws IOException;

  @Override
  void close() throws IOException;
}
