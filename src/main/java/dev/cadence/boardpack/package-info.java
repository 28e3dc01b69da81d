/**
 * The quarterly board pack: one pack per fiscal quarter, its eight sections in a fixed order built from the live
 * artifacts through the other features' services (scorecard, forecast and its accuracy, NRR, value drivers, decisions,
 * experiments), a short commentary per section written by the CEO, the CFO or the CRO, and the PDF. A version is a
 * draft until it is finalized; a final version is frozen (figures, commentary and the PDF with its SHA-256) and is what
 * the board reads. A new version starts from a final one.
 */
package dev.cadence.boardpack;
