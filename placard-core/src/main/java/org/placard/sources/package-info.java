// SPDX-License-Identifier: Apache-2.0
/**
 * Who says so: a register of outlets and their kinds (news agency, state media, the organisation's own
 * outlet...), and the verification status it gives an event. Unknown outlets are "unknown", never guessed
 * from what they publish.
 */
package org.placard.sources;
