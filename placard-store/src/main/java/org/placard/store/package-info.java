// SPDX-License-Identifier: Apache-2.0
/**
 * Where events live between runs: the {@link org.placard.store.EventStore} contract and its JDBC
 * implementations ({@link org.placard.store.SqliteEventStore}, the embedded default, and
 * {@link org.placard.store.PostgresEventStore}), opened by location with {@link org.placard.store.EventStores}.
 *
 * <p>The schema is versioned with Flyway in one place for every database ({@code db/migration/common}, plus
 * {@code db/migration/sqlite} and {@code db/migration/postgresql} for the little that differs). An applied
 * migration is never edited: a change is a new {@code V<n>__what.sql}, written for both databases.
 */
package org.placard.store;
