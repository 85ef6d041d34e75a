package org.casereviews.learning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What the partnership records about a learning event, for creating one or changing it. {@code
 * reviewId} is the review whose learning it spreads (may be null when themes are given); {@code
 * attendance} maps agency ids to the number of people from that agency who took part.
 */
public record LearningEventDetails(
    @NotBlank(message = "Enter the title of the event, such as '7-minute briefing: Child A'.")
        @Size(max = 200, message = "The title can be at most 200 characters.")
        String title,
    @NotNull(message = "Choose the format: 7-minute briefing, workshop, presentation...")
        LearningFormat format,
    @NotNull(message = "Enter the date the event was held (or is planned for).") LocalDate heldOn,
    @Size(max = 500, message = "The audience can be at most 500 characters.") String audience,
    Long reviewId,
    Set<Long> themeIds,
    Map<Long, Integer> attendance,
    @Size(max = 4000, message = "The notes can be at most 4000 characters.") String notes) {}
