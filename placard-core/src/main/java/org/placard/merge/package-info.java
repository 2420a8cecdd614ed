// SPDX-License-Identifier: Apache-2.0
/**
 * One event, many sources: deciding that two reports tell of the same event (with a reason a person can
 * read), and combining the events reports told into one, independently of the order they came in.
 */
package org.placard.merge;
