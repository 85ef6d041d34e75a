package org.casereviews.review;

import java.time.LocalDate;
import java.util.List;
import org.casereviews.shared.IncidentCategory;

/**
 * One line of a review history file that passed every rule: what the review to create will hold.
 * Themes and agencies are still codes; the import finds the records they stand for.
 */
record HistoricReview(
    String reference,
    String pseudonym,
    ReviewType type,
    IncidentCategory category,
    ReviewStatus status,
    PanelDecision panelDecision,
    WorkingTogether workingTogether,
    ReviewDates dates,
    LocalDate openedOn,
    List<String> themeCodes,
    List<String> agencyCodes,
    String leadReviewer,
    String summary) {}
