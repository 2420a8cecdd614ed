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
   *
   * <p>Each event is kept as a member (see {@link #members}) and merged with the stored events and the batch's
   * other events that are the same event by {@link org.placard.merge.MergeRule}; the stored events are the
   * groups of all members, whatever the order in which reports were saved (see the package description).
   */
  void save(List<Extraction> batch, List<Problem> inputProblems) throws StoreException;

  /**
   * Stores events already extracted elsewhere (the Spark job), merged exactly as {@link #save} merges; their
   * reports need not be stored. Each event's first source is the report it was read from. Events whose id is
   * stored already are skipped, so loading the same events twice adds nothing.
   *
   * @throws IllegalArgumentException when an event cites no source
   */
  void load(List<Event> events) throws StoreException;

  /**
   * The reports' own events that make up a stored event, smallest id (the event's own) first, each with its
   * report and the reason it joined; empty when no event has that id.
   */
  List<Member> members(String eventId) throws StoreException;

  /**
   * Undoes a merge: each member of the event becomes an event of its own again, and every pair of them is
   * recorded so that no later save or load merges them again, not even through a third report.
   *
   * @return the events it became, by id
   * @throws StoreException when no event has that id
   */
  List<Event> split(String eventId) throws StoreException;

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
