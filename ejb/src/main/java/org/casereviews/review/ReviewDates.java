package org.casereviews.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.casereviews.shared.BusinessException;

/**
 * The key dates of a review, from the incident to the archive. Each is set by the lifecycle when
 * the review reaches that stage, and can be corrected afterwards; {@link #check} keeps them in
 * order.
 */
@Embeddable
public class ReviewDates implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** One date of a review: the field name used by forms and the API, and what people call it. */
  private record Field(String name, String label, Function<ReviewDates, LocalDate> value) {}

  private static final Field INCIDENT = new Field("incidentOn", "The incident", d -> d.incidentOn);
  private static final Field AWARE = new Field("awareOn", "Becoming aware", d -> d.awareOn);
  private static final Field NOTIFIED =
      new Field("notifiedOn", "The notification to the Panel", d -> d.notifiedOn);
  private static final Field RAPID_SENT =
      new Field("rapidReviewSentOn", "Sending the rapid review", d -> d.rapidReviewSentOn);
  private static final Field DECISION = new Field("decisionOn", "The decision", d -> d.decisionOn);
  private static final Field INITIATED = new Field("initiatedOn", "Initiation", d -> d.initiatedOn);
  private static final Field SIGNED_OFF = new Field("signedOffOn", "Sign-off", d -> d.signedOffOn);
  private static final Field SENT =
      new Field("sentToPanelOn", "Sending the report to the Panel", d -> d.sentToPanelOn);
  private static final Field PUBLISHED =
      new Field("publishedOn", "Publication", d -> d.publishedOn);
  private static final Field ARCHIVED = new Field("archivedOn", "Archiving", d -> d.archivedOn);

  /** Pairs (earlier, later): the later may not come before the earlier. */
  private static final List<Field[]> ORDER =
      List.of(
          new Field[] {INCIDENT, AWARE},
          new Field[] {AWARE, NOTIFIED},
          new Field[] {AWARE, RAPID_SENT},
          new Field[] {RAPID_SENT, DECISION},
          new Field[] {INITIATED, SIGNED_OFF},
          new Field[] {SIGNED_OFF, SENT},
          new Field[] {SIGNED_OFF, PUBLISHED},
          new Field[] {SENT, PUBLISHED},
          new Field[] {PUBLISHED, ARCHIVED});

  private static final List<Field> HAPPENED =
      List.of(
          INCIDENT,
          AWARE,
          NOTIFIED,
          RAPID_SENT,
          DECISION,
          INITIATED,
          SIGNED_OFF,
          SENT,
          PUBLISHED,
          ARCHIVED);

  @Column(name = "incident_on")
  private LocalDate incidentOn;

  @Column(name = "aware_on")
  private LocalDate awareOn;

  @Column(name = "notified_on")
  private LocalDate notifiedOn;

  @Column(name = "rapid_review_sent_on")
  private LocalDate rapidReviewSentOn;

  @Column(name = "decision_on")
  private LocalDate decisionOn;

  @Column(name = "initiated_on")
  private LocalDate initiatedOn;

  @Column(name = "signed_off_on")
  private LocalDate signedOffOn;

  @Column(name = "sent_to_panel_on")
  private LocalDate sentToPanelOn;

  @Column(name = "planned_publication_on")
  private LocalDate plannedPublicationOn;

  @Column(name = "published_on")
  private LocalDate publishedOn;

  @Column(name = "archived_on")
  private LocalDate archivedOn;

  /**
   * Refuses dates out of order (becoming aware before the incident, publication before sign-off)
   * and dates of things that cannot have happened yet.
   *
   * @throws BusinessException naming the field and the rule
   */
  public void check(LocalDate today) {
    for (Field field : HAPPENED) {
      LocalDate date = field.value().apply(this);
      if (date != null && date.isAfter(today)) {
        throw new BusinessException(
            field.name(),
            field.label() + " (" + show(date) + ") is in the future: enter the date it happened.");
      }
    }
    for (Field[] pair : ORDER) {
      LocalDate earlier = pair[0].value().apply(this);
      LocalDate later = pair[1].value().apply(this);
      if (earlier != null && later != null && later.isBefore(earlier)) {
        throw new BusinessException(
            pair[1].name(),
            pair[1].label()
                + " ("
                + show(later)
                + ") cannot come before "
                + pair[0].label().toLowerCase(Locale.UK)
                + " ("
                + show(earlier)
                + ").");
      }
    }
  }

  public static String show(LocalDate date) {
    return date == null ? "" : SHOWN.format(date);
  }

  public ReviewDates copy() {
    ReviewDates copy = new ReviewDates();
    copy.incidentOn = incidentOn;
    copy.awareOn = awareOn;
    copy.notifiedOn = notifiedOn;
    copy.rapidReviewSentOn = rapidReviewSentOn;
    copy.decisionOn = decisionOn;
    copy.initiatedOn = initiatedOn;
    copy.signedOffOn = signedOffOn;
    copy.sentToPanelOn = sentToPanelOn;
    copy.plannedPublicationOn = plannedPublicationOn;
    copy.publishedOn = publishedOn;
    copy.archivedOn = archivedOn;
    return copy;
  }

  public LocalDate getIncidentOn() {
    return incidentOn;
  }

  public void setIncidentOn(LocalDate incidentOn) {
    this.incidentOn = incidentOn;
  }

  public LocalDate getAwareOn() {
    return awareOn;
  }

  public void setAwareOn(LocalDate awareOn) {
    this.awareOn = awareOn;
  }

  public LocalDate getNotifiedOn() {
    return notifiedOn;
  }

  public void setNotifiedOn(LocalDate notifiedOn) {
    this.notifiedOn = notifiedOn;
  }

  public LocalDate getRapidReviewSentOn() {
    return rapidReviewSentOn;
  }

  public void setRapidReviewSentOn(LocalDate rapidReviewSentOn) {
    this.rapidReviewSentOn = rapidReviewSentOn;
  }

  public LocalDate getDecisionOn() {
    return decisionOn;
  }

  public void setDecisionOn(LocalDate decisionOn) {
    this.decisionOn = decisionOn;
  }

  public LocalDate getInitiatedOn() {
    return initiatedOn;
  }

  public void setInitiatedOn(LocalDate initiatedOn) {
    this.initiatedOn = initiatedOn;
  }

  public LocalDate getSignedOffOn() {
    return signedOffOn;
  }

  public void setSignedOffOn(LocalDate signedOffOn) {
    this.signedOffOn = signedOffOn;
  }

  public LocalDate getSentToPanelOn() {
    return sentToPanelOn;
  }

  public void setSentToPanelOn(LocalDate sentToPanelOn) {
    this.sentToPanelOn = sentToPanelOn;
  }

  public LocalDate getPlannedPublicationOn() {
    return plannedPublicationOn;
  }

  public void setPlannedPublicationOn(LocalDate plannedPublicationOn) {
    this.plannedPublicationOn = plannedPublicationOn;
  }

  public LocalDate getPublishedOn() {
    return publishedOn;
  }

  public void setPublishedOn(LocalDate publishedOn) {
    this.publishedOn = publishedOn;
  }

  public LocalDate getArchivedOn() {
    return archivedOn;
  }

  public void setArchivedOn(LocalDate archivedOn) {
    this.archivedOn = archivedOn;
  }
}
