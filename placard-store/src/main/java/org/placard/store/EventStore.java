// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.placard.model.Event;
import org.placard.model.Problem;
import org.placard.model.Report;
import org.placard.pipeline.Extraction;

/**
 * Stored reports, events (with their actors, slogans, claims and evidence) and problems.
 *
 * <p>Writes are transactional per batch: a batch is stored whole or not at all, so a run killed at any moment
 * leaves the store as it was after the last whole batch, and running the same command again completes it.
 * Implementations are safe for use by one writer and several readers.
 */
public interface EventStore extends AutoCloseable {

  /** Those of {@code reportIds} that are already stored. */
  Set<String> knownReports(Collection<String> reportIds) throws StoreException;

  /**
   * Stores a batch in one transaction: each extraction's report, events and problems, and problems met while
   * reading inputs. Reports already stored are skipped, so saving the same batch twice adds nothing.
   */
  void save(List<Extraction> batch, List<Problem> inputProblems) throws StoreException;

  /** Events matching the query, by date then id. */
  List<Event> events(EventQuery query) throws StoreException;

  Optional<Event> event(String id) throws StoreException;

  Optional<Report> report(String id) throws StoreException;

  /** Every recorded problem, oldest first. */
  List<Problem> problems() throws StoreException;

  long reportCount() throws StoreException;

  long eventCount() throws StoreException;

  @Override
  void close() throws StoreException;
}
