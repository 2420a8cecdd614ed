// SPDX-License-Identifier: Apache-2.0
package org.placard.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "development" when run from classes. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Version.class.getPackage().getImplementationVersion();
    return new String[] {"placard " + (v == null ? "development" : v)};
  }
}
