package org.casereviews.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.casereviews.shared.ChildDetails;
import org.casereviews.shared.IncidentCategory;

/**
 * What the partnership records about a review, for creating one or changing it. The kind cannot
 * change once the review exists; the status changes only through the lifecycle. {@code caseOfficer}
 * is the user name of the officer who runs it (the creator when empty).
 */
public record ReviewDetails(
    @NotNull(message = "Choose the kind of review.") ReviewType type,
    @NotBlank(message = "Enter a pseudonym, such as 'Child A' or 'Family Q'.")
        @Size(max = 100, message = "The pseudonym can be at most 100 characters.")
        String pseudonym,
    @NotNull(message = "Choose the category: death or serious harm.") IncidentCategory category,
    @Size(max = 4000, message = "The summary can be at most 4000 characters.") String summary,
    Set<Long> themeIds,
    Set<Long> agencyIds,
    @Size(max = 200, message = "The lead reviewer's name can be at most 200 characters.")
        String leadReviewer,
    String caseOfficer,
    WorkingTogether workingTogether,
    @Size(max = 20, message = "A review can describe at most 20 children.")
        List<@Valid @NotNull ChildDetails> children,
    @NotNull ReviewDates dates,
    Set<Long> notificationIds,
    Set<Long> caseIds) {}
