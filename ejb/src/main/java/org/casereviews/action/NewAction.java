package org.casereviews.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A new action on a recommendation: the owning agency, the named owner, what and by when. */
public record NewAction(
    @NotNull(message = "Choose the agency that owns the action.") Long agencyId,
    @NotBlank(message = "Name the person who owns the action.")
        @Size(max = 200, message = "The owner's name can be at most 200 characters.")
        String ownerName,
    @NotBlank(message = "Describe the action.")
        @Size(max = 4000, message = "The description can be at most 4000 characters.")
        String description,
    @NotNull(message = "Enter the date the action is due.") LocalDate dueOn) {}
