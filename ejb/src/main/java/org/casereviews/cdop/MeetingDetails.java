package org.casereviews.cdop;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What is recorded about a panel meeting when it is made or changed. */
public record MeetingDetails(
    @NotNull(message = "Enter the day of the meeting.") LocalDate heldOn,
    @NotBlank(message = "Give the meeting a title, such as 'CDOP panel, March'.")
        @Size(max = 200, message = "Keep the title to 200 characters.")
        String title,
    @Size(max = 4000, message = "Keep the notes to 4,000 characters.") String notes) {}
