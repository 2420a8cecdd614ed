// SPDX-License-Identifier: Apache-2.0
/**
 * Measuring the stages against human-annotated gold data that lives outside the repository: each evaluation is
 * a class with a {@code run} method the CLI calls and a {@code main}, printing a table and a last line of JSON.
 */
package org.placard.eval;
