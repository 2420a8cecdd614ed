// SPDX-License-Identifier: Apache-2.0
/**
 * Where: place names recognised in text ({@link org.placard.geo.PlaceMention}), looked up in a
 * {@link org.placard.geo.Gazetteer} and resolved in the context of the document
 * ({@link org.placard.geo.ResolvedPlace}).
 */
package org.placard.geo;
