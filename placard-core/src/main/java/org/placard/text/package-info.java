// SPDX-License-Identifier: Apache-2.0
/**
 * Text normalisation and segmentation shared by the stages that read a report's text: sentences, headlines,
 * captions and list items with exact offsets ({@link org.placard.text.Segmenter}), and offset-preserving
 * folding of typographic variants for matching ({@link org.placard.text.Folding}).
 */
package org.placard.text;
