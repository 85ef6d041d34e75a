package org.casereviews.review;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the lines of a review history file are checked against besides themselves: today's date
 * (nothing may have happened after it), the theme and agency codes the partnership keeps, and the
 * references already used by a review in the database.
 */
record HistoryContext(
    LocalDate today,
    Set<String> themeCodes,
    Set<String> agencyCodes,
    Predicate<String> referenceTaken) {}
