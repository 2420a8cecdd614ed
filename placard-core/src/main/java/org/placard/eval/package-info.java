// SPDX-License-Identifier: Apache-2.0
/**
 * Accuracy measured on gold data the project did not write, kept outside the repository: each evaluation reads
 * a corpus by path, runs a stage on it and prints a table and, as its last line, one JSON object, so that every
 * accuracy claim comes from a command anyone can rerun.
 */
package org.placard.eval;
