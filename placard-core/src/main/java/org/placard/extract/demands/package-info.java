// SPDX-License-Identifier: Apache-2.0
/** What protesters demand and how the state responded, as Mass Mobilization categories, from keyword cues. */
package org.placard.extract.demands;
