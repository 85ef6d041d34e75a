package org.casereviews.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.casereviews.shared.ChildDetails;
import org.casereviews.shared.IncidentCategory;

/**
 * What an agency reports. {@code agencyId} is the reporting agency; for an agency liaison officer
 * it is always their own agency, whatever is sent.
 */
public record NotificationDetails(
    Long agencyId,
    @NotNull(message = "Enter the date of the incident.") LocalDate incidentOn,
    @NotNull(message = "Enter the date the agency became aware of the incident.") LocalDate awareOn,
    @NotNull(message = "Choose what happened: death or serious harm.") IncidentCategory category,
    @NotBlank(message = "Describe what happened in the summary.")
        @Size(max = 4000, message = "The summary can be at most 4000 characters.")
        String summary,
    @NotNull(message = "Describe the children concerned.")
        @Size(
            min = 1,
            max = Notification.MAX_CHILDREN,
            message =
                "A notification covers 1 to 4 children (the national form has room for 4): send"
                    + " one notification per incident and a second one for further children.")
        List<@Valid @NotNull ChildDetails> children,
    Set<Long> agenciesInvolved) {}
