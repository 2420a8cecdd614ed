// SPDX-License-Identifier: Apache-2.0
/**
 * Events out: JSON Lines (Placard's full record), ACLED-style CSV and GeoJSON, all from one flat view of an
 * event ({@link org.placard.export.ExportedEvent}) so that the three formats never disagree.
 */
package org.placard.export;
