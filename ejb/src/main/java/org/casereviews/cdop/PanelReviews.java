package org.casereviews.cdop;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.review.Review;
import org.casereviews.security.Roles;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.ConflictException;
import org.casereviews.shared.NotFoundException;
import org.casereviews.shared.Today;

/**
 * The panel's work on a child death record: moving it through its stages (each move kept with who,
 * when and why), the panel's analysis, the Joint Agency Response flag and the link to a case
 * review. CDOP officers and administrators only; every change is audited and checked against the
 * version the caller read.
 */
@Stateless
@RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.CDOP_OFFICER})
public class PanelReviews {

  @PersistenceContext private EntityManager em;

  @EJB private AuditTrail audit;

  @Inject private Event<DeathsChanged> deathsChanged;

  @EJB private ChildDeathRecords records;

  /**
   * Moves a record to its next stage, or back one stage with a reason. The panel's review is
   * recorded with {@link #recordPanelReview}, which needs the panel's analysis.
   *
   * @param on the day the stage was reached (today when null)
   */
  public ChildDeath move(long id, long version, CdopStatus to, LocalDate on, String reason) {
    ChildDeath record = current(id, version);
    CdopStatus from = record.getStatus();
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    CdopLifecycle.checkMove(from, to, why);
    LocalDate today = Today.inEngland();
    LocalDate day = on == null ? today : on;
    if (CdopLifecycle.isBack(from, to)) {
      record.moveBack(to);
    } else {
      if (to == CdopStatus.PANEL_REVIEWED) {
        throw new BusinessException(
            "status",
            "Record the panel's review with its category and whether there were modifiable"
                + " factors: the move to 'Reviewed by the panel' comes with it.");
      }
      CdopLifecycle.checkDay("on", what(to), day, record.getDateOfDeath(), today);
      CdopLifecycle.checkAfter(
          "on", what(to), day, "the panel's review", record.getPanelReviewedOn());
      record.moveOn(to, day);
    }
    keepMove(record, from, day, why);
    return record;
  }

  /**
   * Records the panel's analysis and moves the record to 'Reviewed by the panel' (or corrects the
   * analysis of a record already reviewed). The day defaults to the latest panel meeting, up to
   * today, that had the case.
   */
  public ChildDeath recordPanelReview(long id, long version, @NotNull @Valid PanelReview review) {
    ChildDeath record = current(id, version);
    CdopStatus from = record.getStatus();
    if (from != CdopStatus.CDR_MEETING_HELD && from != CdopStatus.PANEL_REVIEWED) {
      throw new BusinessException(
          "status",
          "The panel reviews a death after its child death review meeting; this record is '"
              + from.getLabel()
              + "'.");
    }
    LocalDate today = Today.inEngland();
    LocalDate day = review.reviewedOn() == null ? latestMeeting(id, today) : review.reviewedOn();
    String what = "The panel's review";
    CdopLifecycle.checkDay("reviewedOn", what, day, record.getDateOfDeath(), today);
    CdopLifecycle.checkAfter(
        "reviewedOn", what, day, "the child death review meeting", record.getCdrMeetingOn());
    if (review.category() == null) {
      throw new BusinessException(
          "category", "Choose the category of the death: the highest of the ten that applies.");
    }
    if (review.modifiable() == null) {
      throw new BusinessException(
          "modifiable",
          "Say whether the panel found modifiable factors: yes, no or insufficient information.");
    }
    String learning =
        review.learningPoints() == null || review.learningPoints().isBlank()
            ? null
            : review.learningPoints().strip();
    record.recordPanelReview(day, review.category(), review.modifiable(), learning);
    CountedYears.changed(em, id);
    deathsChanged.fire(new DeathsChanged());
    replaceFactors(id, review.factors());
    if (from != CdopStatus.PANEL_REVIEWED) {
      keepMove(record, from, day, null);
    } else {
      audit.record(AuditAction.UPDATE, ChildDeathRecords.RECORD_TYPE, id, "panel review changed");
    }
    return record;
  }

  /**
   * Sets or clears the Joint Agency Response flag; clearing it for an unexpected death needs a
   * reason.
   */
  public ChildDeath setJointAgencyResponse(long id, long version, boolean flag, String reason) {
    ChildDeath record = current(id, version);
    boolean needsReason = !flag && record.getExpected() == DeathExpectation.UNEXPECTED;
    if (needsReason && (reason == null || reason.isBlank())) {
      throw new BusinessException(
          "reason",
          "The death was unexpected, which calls for a Joint Agency Response: say why there is"
              + " none.");
    }
    record.setJointAgencyResponse(flag);
    audit.record(
        AuditAction.UPDATE,
        ChildDeathRecords.RECORD_TYPE,
        id,
        "joint agency response "
            + (flag ? "set" : "cleared")
            + (reason == null || reason.isBlank() ? "" : ": " + reason.strip()));
    return record;
  }

  /**
   * Links the case review commissioned after the death, or unlinks it when {@code reviewId} is
   * null.
   */
  public ChildDeath linkCaseReview(long id, long version, Long reviewId) {
    ChildDeath record = current(id, version);
    if (reviewId != null && em.find(Review.class, reviewId) == null) {
      throw new BusinessException("caseReview", "There is no case review number " + reviewId + ".");
    }
    record.setCaseReviewId(reviewId);
    CountedYears.changed(em, id);
    deathsChanged.fire(new DeathsChanged());
    audit.record(
        AuditAction.UPDATE,
        ChildDeathRecords.RECORD_TYPE,
        id,
        reviewId == null ? "case review unlinked" : "case review " + reviewId + " linked");
    return record;
  }

  /** The number of the case review with this reference, ignoring case and surrounding spaces. */
  public Optional<Long> caseReviewNumber(String reference) {
    return em.createQuery(
            "SELECT r.id FROM Review r WHERE LOWER(r.reference) = :reference", Long.class)
        .setParameter("reference", reference == null ? "" : reference.strip().toLowerCase())
        .getResultStream()
        .findFirst();
  }

  /** The case review linked to the record, if any (its reference and pseudonym, for a link). */
  public Optional<Review> caseReview(ChildDeath record) {
    return Optional.ofNullable(record.getCaseReviewId()).map(r -> em.find(Review.class, r));
  }

  /** The panel's factors, in the order recorded. */
  public List<DeathFactor> factors(long id) {
    return em.createQuery(
            "SELECT f FROM DeathFactor f WHERE f.childDeathId = :id ORDER BY f.position",
            DeathFactor.class)
        .setParameter("id", id)
        .getResultList();
  }

  public List<DeathTransition> transitions(long id) {
    return em.createQuery(
            "SELECT t FROM DeathTransition t WHERE t.childDeathId = :id"
                + " ORDER BY t.recordedAt, t.id",
            DeathTransition.class)
        .setParameter("id", id)
        .getResultList();
  }

  /** The notifications received (their read audited) and the moves between stages, by day. */
  public List<TimelineEntry> timeline(long id) {
    Stream<TimelineEntry> received =
        records.notifications(id).stream()
            .map(
                n ->
                    new TimelineEntry(
                        n.getNotifiedOn() != null
                            ? n.getNotifiedOn()
                            : n.getReceivedAt().atZone(Today.ENGLAND).toLocalDate(),
                        n.getReceivedAt(),
                        TimelineEntry.NOTIFICATION,
                        "Notified by "
                            + n.getSourceSystem()
                            + " (reference "
                            + n.getSourceRef()
                            + ")",
                        n.getSourceSystem(),
                        null));
    Stream<TimelineEntry> moves =
        transitions(id).stream()
            .map(
                t ->
                    new TimelineEntry(
                        t.getEffectiveOn(),
                        t.getRecordedAt(),
                        TimelineEntry.STATUS,
                        t.getFromStatus().getLabel() + " → " + t.getToStatus().getLabel(),
                        t.getRecordedBy(),
                        t.getNote()));
    return Stream.concat(received, moves)
        .sorted(Comparator.comparing(TimelineEntry::on).thenComparing(TimelineEntry::recordedAt))
        .toList();
  }

  private ChildDeath current(long id, long version) {
    ChildDeath record = em.find(ChildDeath.class, id);
    if (record == null) {
      throw new NotFoundException("There is no child death record number " + id + ".");
    }
    if (record.getVersion() != version) {
      throw new ConflictException(
          "version",
          "Someone else changed child death record "
              + id
              + " while you were working on it. Reload the record and make your change again.");
    }
    return record;
  }

  private LocalDate latestMeeting(long id, LocalDate today) {
    LocalDate latest =
        em.createQuery(
                "SELECT MAX(m.heldOn) FROM PanelMeeting m JOIN m.cases c"
                    + " WHERE c.id = :id AND m.heldOn <= :today",
                LocalDate.class)
            .setParameter("id", id)
            .setParameter("today", today)
            .getSingleResult();
    if (latest == null) {
      throw new BusinessException(
          "reviewedOn",
          "Enter the day of the panel's review: no panel meeting so far has had this case.");
    }
    return latest;
  }

  private void replaceFactors(long id, List<PanelReview.Factor> factors) {
    em.createQuery("DELETE FROM DeathFactor f WHERE f.childDeathId = :id")
        .setParameter("id", id)
        .executeUpdate();
    for (int i = 0; i < factors.size(); i++) {
      PanelReview.Factor f = factors.get(i);
      em.persist(new DeathFactor(id, i + 1, f.domain(), f.description().strip(), f.score()));
    }
  }

  private void keepMove(ChildDeath record, CdopStatus from, LocalDate day, String why) {
    em.persist(
        new DeathTransition(
            record.getId(), from, record.getStatus(), day, audit.callerName(), why));
    audit.record(
        AuditAction.UPDATE,
        ChildDeathRecords.RECORD_TYPE,
        record.getId(),
        "status " + from.name() + " -> " + record.getStatus().name());
  }

  private static String what(CdopStatus to) {
    return switch (to) {
      case INFORMATION_GATHERING -> "The start of information gathering";
      case CDR_MEETING_HELD -> "The child death review meeting";
      case CLOSED -> "The closing of the record";
      default -> "The move";
    };
  }
}
