// SPDX-License-Identifier: Apache-2.0
/**
 * Events over HTTP: a read-only JSON API on an {@link org.placard.store.EventStore} and the web page (map,
 * timeline, list, evidence) that uses it, started with {@link org.placard.server.PlacardServer#start}.
 */
package org.placard.server;
