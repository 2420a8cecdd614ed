// SPDX-License-Identifier: Apache-2.0
/**
 * Accuracy measured on gold data that the project did not write: each evaluation reads a corpus by path, runs
 * a stage on it and prints its metrics, so that every accuracy claim comes from a command anyone can rerun.
 */
package org.placard.eval;
