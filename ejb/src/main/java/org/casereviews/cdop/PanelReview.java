package org.casereviews.cdop;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The panel's analysis of one death as it is recorded: the day (the day of the latest panel meeting
 * that had the case when left empty), the category, the factors in each domain with their score,
 * whether there were modifiable factors, and the learning.
 */
public record PanelReview(
    LocalDate reviewedOn,
    DeathCategory category,
    @NotNull List<@NotNull @Valid Factor> factors,
    Modifiable modifiable,
    @Size(max = 4000, message = "Keep the learning points to 4,000 characters.")
        String learningPoints) {

  /** One factor in one domain, scored 0 to 2 (see {@link DeathFactor#SCORE_LABELS}). */
  public record Factor(
      @NotNull(message = "Choose the domain of each factor.") FactorDomain domain,
      @NotBlank(message = "Describe each factor.")
          @Size(max = 1000, message = "Keep each factor to 1,000 characters.")
          String description,
      @Min(value = 0, message = "A factor's score is 0, 1 or 2.")
          @Max(value = 2, message = "A factor's score is 0, 1 or 2.")
          int score) {}
}
