// SPDX-License-Identifier: Apache-2.0
/**
 * What happened: protest events read from a report's sentences, with their forms, ACLED type, actors, slogans
 * and attributed claims, each field tied to its evidence. {@link org.placard.extract.RuleEventExtractor} codes
 * by rules kept in data files beside it; {@code docs/acled-mapping.md} states the rules (dates, reference
 * events, symbolic acts, vague quantities, slogans).
 */
package org.placard.extract;
