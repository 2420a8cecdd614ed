// SPDX-License-Identifier: Apache-2.0
/**
 * What happened: protest events read from a report's sentences, with their forms, ACLED type, actors, slogans
 * and attributed claims, each field tied to its evidence.
 */
package org.placard.extract;
