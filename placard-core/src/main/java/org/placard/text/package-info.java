// SPDX-License-Identifier: Apache-2.0
/** Text normalisation and segmentation shared by the stages that read a report's text. */
package org.placard.text;
