// SPDX-License-Identifier: Apache-2.0
/**
 * When: time expressions found in text ({@link org.placard.time.TimeMention}), normalised against the report's
 * date to TimeML values and to an {@link org.placard.model.EventDate} with its precision.
 */
package org.placard.time;
