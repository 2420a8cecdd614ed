// SPDX-License-Identifier: Apache-2.0
/**
 * Where events live between runs: the {@link org.placard.store.EventStore} contract and its JDBC
 * implementations, with schema migrations versioned in one place for every database.
 */
package org.placard.store;
