package org.casereviews.api;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casereviews.cdop.CdopLifecycle;
import org.casereviews.cdop.ChildDeath;
import org.casereviews.cdop.DeathCategory;
import org.casereviews.cdop.DeathFactor;
import org.casereviews.cdop.FactorDomain;
import org.casereviews.cdop.Modifiable;
import org.casereviews.cdop.PanelReview;
import org.casereviews.cdop.TimelineEntry;
import org.casereviews.shared.BusinessException;

/**
 * The panel's side of a child death record in the API: its stage, the days of the stages, the
 * analysis and the flags, with the version to send back; and what is sent to change them.
 */
public final class PanelReviewJson {

  private PanelReviewJson() {}

  /** A record's stage and analysis; {@code category} is the number of the ten (1 to 10). */
  @JsonbNillable
  public record View(
      long id,
      long version,
      String status,
      String nextStatus,
      LocalDate dateOfDeath,
      LocalDate cdrMeetingOn,
      LocalDate panelReviewedOn,
      Integer category,
      String modifiable,
      String learningPoints,
      LocalDate closedOn,
      boolean jointAgencyResponse,
      Long caseReviewId,
      List<Factor> factors) {

    static View of(ChildDeath r, List<DeathFactor> factors) {
      return new View(
          r.getId(),
          r.getVersion(),
          r.getStatus().name(),
          CdopLifecycle.next(r.getStatus()).map(Enum::name).orElse(null),
          r.getDateOfDeath(),
          r.getCdrMeetingOn(),
          r.getPanelReviewedOn(),
          r.getCategory() == null ? null : r.getCategory().getNumber(),
          Enums.name(r.getModifiable()),
          r.getLearningPoints(),
          r.getClosedOn(),
          r.isJointAgencyResponse(),
          r.getCaseReviewId(),
          factors.stream()
              .map(f -> new Factor(f.getDomain().name(), f.getDescription(), f.getScore()))
              .toList());
    }
  }

  /**
   * A factor in a domain (INTRINSIC, SOCIAL_ENVIRONMENT, PHYSICAL_ENVIRONMENT, SERVICE_PROVISION).
   */
  public record Factor(String domain, String description, Integer score) {}

  /** A move: {@code to} the stage, {@code on} its day, {@code reason} needed when going back. */
  public record Transition(Long version, String to, LocalDate on, String reason) {}

  /** The panel's review; {@code reviewedOn} defaults to the latest meeting that had the case. */
  public record Review(
      Long version,
      LocalDate reviewedOn,
      Integer category,
      List<Factor> factors,
      String modifiable,
      String learningPoints) {

    PanelReview toPanelReview() {
      DeathCategory chosen =
          category == null
              ? null
              : DeathCategory.ofNumber(category)
                  .orElseThrow(
                      () ->
                          new BusinessException(
                              "category", "The category is a number from 1 to 10."));
      List<PanelReview.Factor> given = new ArrayList<>();
      for (Factor f : factors == null ? List.<Factor>of() : factors) {
        FactorDomain domain =
            f.domain() == null || f.domain().isBlank()
                ? null
                : Enums.parse(
                    FactorDomain.class, f.domain(), "domain", Enums.names(FactorDomain.class));
        given.add(
            new PanelReview.Factor(domain, f.description(), f.score() == null ? -1 : f.score()));
      }
      Modifiable answer =
          modifiable == null || modifiable.isBlank()
              ? null
              : Enums.parse(
                  Modifiable.class, modifiable, "modifiable", Enums.names(Modifiable.class));
      return new PanelReview(reviewedOn, chosen, given, answer, learningPoints);
    }
  }

  /** The Joint Agency Response flag; {@code reason} needed to clear it for an unexpected death. */
  public record JointAgencyResponse(Long version, Boolean required, String reason) {}

  /** The case review commissioned after the death ({@code reviewId} null to unlink). */
  public record CaseReview(Long version, Long reviewId) {}

  /** One line of the timeline: {@code kind} NOTIFICATION or STATUS. */
  @JsonbNillable
  public record TimelineLine(
      LocalDate on, Instant recordedAt, String kind, String text, String by, String note) {

    static TimelineLine of(TimelineEntry e) {
      return new TimelineLine(e.on(), e.recordedAt(), e.kind(), e.text(), e.by(), e.note());
    }
  }

  static long version(Long version) {
    if (version == null) {
      throw new BusinessException(
          "version", "Send the version of the record you read, as 'version'.");
    }
    return version;
  }
}
