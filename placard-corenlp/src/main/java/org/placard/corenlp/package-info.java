// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * A baseline for Placard's bench on Stanford CoreNLP (GPL, optional): its named-entity recogniser finds the places
 * and SUTime the times, while Placard's own resolver and event extractor do the rest.
 */
package org.placard.corenlp;
