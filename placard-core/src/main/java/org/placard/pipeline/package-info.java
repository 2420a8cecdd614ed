// SPDX-License-Identifier: Apache-2.0
/** The stages chained: a report in, its events and problems out. */
package org.placard.pipeline;
