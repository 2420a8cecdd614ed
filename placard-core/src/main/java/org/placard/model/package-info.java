// SPDX-License-Identifier: Apache-2.0
/**
 * Placard's vocabulary as immutable values: a {@link org.placard.model.Report} comes in, an
 * {@link org.placard.model.Event} with its {@link org.placard.model.Place}, {@link org.placard.model.EventDate},
 * actors, slogans, {@link org.placard.model.Claim}s and {@link org.placard.model.Evidence} goes out.
 */
package org.placard.model;
