// SPDX-License-Identifier: Apache-2.0
/**
 * The {@code placard} command: one small class per subcommand, each a thin shell over the core stages and the
 * store. Exit codes: 0 success, 1 some inputs could not be read, 2 usage error, 3 store or I/O failure.
 */
package org.placard.cli;
