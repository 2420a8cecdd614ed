// SPDX-License-Identifier: Apache-2.0
/**
 * Where events live between runs: the {@link org.placard.store.EventStore} contract and its JDBC
 * implementations ({@link org.placard.store.SqliteEventStore}, the embedded default, and
 * {@link org.placard.store.PostgresEventStore}), opened by location with {@link org.placard.store.EventStores}.
 *
 * <p>One event, many sources. Each report's own extracted event is kept whole as a <em>member</em>; a stored
 * event is a group of members combined into one (the smallest member id is its id, every source, claim and
 * piece of evidence is kept). Two members are in one group when a chain of pairwise matches by
 * {@link org.placard.merge.MergeRule} joins them (the same place, overlapping dates, the same kind of event, no
 * two different named groups), and never when a person split them apart: {@code split} makes each member of an
 * event its own event again and records every pair so split, which no later report can join again, not even
 * through a third member. Matches are tried in a fixed order, so the stored events depend only on which reports
 * were saved or loaded, never on their order or batching; {@code members} shows each member with its report
 * and the reason it joined.
 *
 * <p>The schema is versioned with Flyway in one place for every database ({@code db/migration/common}, plus
 * {@code db/migration/sqlite} and {@code db/migration/postgresql} for the little that differs). An applied
 * migration is never edited: a change is a new {@code V<n>__what.sql}, written for both databases.
 */
package org.placard.store;
