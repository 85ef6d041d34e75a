package org.casereviews.statistics;

import java.io.Serializable;
import java.util.List;

/**
 * The child deaths of a span by one dimension (rows) and year (columns), with totals; small numbers
 * hidden where the breakdown is for anyone but the CDOP's own officers.
 *
 * @param suppressedBelow counts from 1 to this less one are hidden; 0 when nothing is hidden
 */
public record Breakdown(
    CdopDimension dimension, Span span, ShownTable table, int suppressedBelow, List<String> notes)
    implements Serializable {}
