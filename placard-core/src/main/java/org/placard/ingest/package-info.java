// SPDX-License-Identifier: Apache-2.0
/**
 * Reading reports from anything: plain text, HTML, JSON Lines, WARC, RSS/Atom, gzipped or not, files, folders
 * or stdin. {@link org.placard.ingest.ReportSources} is the one entry point; every bad input becomes a
 * {@link org.placard.model.Problem}, never an exception.
 */
package org.placard.ingest;
