package org.casereviews.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.casereviews.agency.Agency;
import org.casereviews.notification.Notification;
import org.casereviews.shared.ChildDetails;
import org.casereviews.shared.IncidentCategory;

/**
 * A review of any kind: its partnership reference and pseudonym, what it is about (category,
 * children, themes, agencies), who leads it, where it is in its lifecycle and its key dates. A
 * review links to the notifications it came from, to the rapid review an LCSPR followed, and (for a
 * thematic review) to the cases it covers.
 */
@Entity
@Table(name = "review")
public class Review {

  @Id
  @SequenceGenerator(name = "review_seq", sequenceName = "review_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_seq")
  private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String reference;

  @Column(nullable = false, length = 100)
  private String pseudonym;

  @Enumerated(EnumType.STRING)
  @Column(name = "review_type", nullable = false, updatable = false, length = 30)
  private ReviewType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private IncidentCategory category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ReviewStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "panel_decision", length = 20)
  private PanelDecision panelDecision;

  @Enumerated(EnumType.STRING)
  @Column(name = "working_together", length = 10)
  private WorkingTogether workingTogether;

  @Column(length = 4000)
  private String summary;

  /** What the public page says of the review once published; the summary above is internal. */
  @Column(name = "public_summary", length = 4000)
  private String publicSummary;

  @Column(name = "lead_reviewer", length = 200)
  private String leadReviewer;

  @Column(name = "case_officer", length = 60)
  private String caseOfficer;

  @ManyToOne
  @JoinColumn(name = "origin_id")
  private Review origin;

  @Embedded private ReviewDates dates = new ReviewDates();

  @Column(name = "opened_on", nullable = false, updatable = false)
  private LocalDate openedOn;

  @Column(nullable = false, updatable = false)
  private boolean imported;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 60)
  private String createdBy;

  @ElementCollection
  @CollectionTable(name = "review_child", joinColumns = @JoinColumn(name = "review_id"))
  @OrderColumn(name = "position")
  private List<ChildDetails> children = new ArrayList<>();

  @ManyToMany
  @JoinTable(
      name = "review_theme_tag",
      joinColumns = @JoinColumn(name = "review_id"),
      inverseJoinColumns = @JoinColumn(name = "theme_id"))
  @OrderBy("name")
  private Set<ReviewTheme> themes = new LinkedHashSet<>();

  @ManyToMany
  @JoinTable(
      name = "review_agency",
      joinColumns = @JoinColumn(name = "review_id"),
      inverseJoinColumns = @JoinColumn(name = "agency_id"))
  @OrderBy("name")
  private Set<Agency> agencies = new LinkedHashSet<>();

  @ManyToMany
  @JoinTable(
      name = "review_notification",
      joinColumns = @JoinColumn(name = "review_id"),
      inverseJoinColumns = @JoinColumn(name = "notification_id"))
  @OrderBy("id")
  private Set<Notification> notifications = new LinkedHashSet<>();

  @ManyToMany
  @JoinTable(
      name = "review_case",
      joinColumns = @JoinColumn(name = "review_id"),
      inverseJoinColumns = @JoinColumn(name = "case_review_id"))
  @OrderBy("reference")
  private Set<Review> cases = new LinkedHashSet<>();

  @Version private long version;

  protected Review() {}

  public Review(
      String reference,
      ReviewType type,
      String pseudonym,
      IncidentCategory category,
      ReviewStatus status,
      LocalDate openedOn,
      boolean imported,
      Instant createdAt,
      String createdBy) {
    this.reference = Objects.requireNonNull(reference);
    this.type = Objects.requireNonNull(type);
    this.pseudonym = Objects.requireNonNull(pseudonym);
    this.category = Objects.requireNonNull(category);
    this.status = Objects.requireNonNull(status);
    this.openedOn = Objects.requireNonNull(openedOn);
    this.imported = imported;
    this.createdAt = Objects.requireNonNull(createdAt);
    this.createdBy = Objects.requireNonNull(createdBy);
  }

  /**
   * Moves to {@code to} as the lifecycle allows, on {@code on}, recording the date of the stage
   * reached (sending the rapid review, the decision, initiation, sign-off, publication...).
   */
  public void moveTo(ReviewStatus to, LocalDate on, PanelDecision decision) {
    ReviewLifecycle.check(type, status, to);
    ReviewDates d = getDates();
    switch (to) {
      case SUBMITTED_TO_PANEL -> d.setRapidReviewSentOn(on);
      case DECIDED -> {
        d.setDecisionOn(on);
        panelDecision = Objects.requireNonNull(decision);
      }
      case COMMISSIONED -> {
        d.setInitiatedOn(on);
        if (type == ReviewType.SCR) {
          d.setDecisionOn(on);
        }
      }
      case SIGNED_OFF -> d.setSignedOffOn(on);
      case SENT_BEFORE_PUBLICATION -> d.setSentToPanelOn(on);
      case PUBLISHED, SUMMARY_ONLY -> d.setPublishedOn(on);
      case ARCHIVED -> d.setArchivedOn(on);
      default -> {
        // the other stages have no date of their own
      }
    }
    status = to;
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public String getPseudonym() {
    return pseudonym;
  }

  public void setPseudonym(String pseudonym) {
    this.pseudonym = pseudonym;
  }

  public ReviewType getType() {
    return type;
  }

  public IncidentCategory getCategory() {
    return category;
  }

  public void setCategory(IncidentCategory category) {
    this.category = category;
  }

  public ReviewStatus getStatus() {
    return status;
  }

  public PanelDecision getPanelDecision() {
    return panelDecision;
  }

  void setPanelDecision(PanelDecision panelDecision) {
    this.panelDecision = panelDecision;
  }

  public WorkingTogether getWorkingTogether() {
    return workingTogether;
  }

  public void setWorkingTogether(WorkingTogether workingTogether) {
    this.workingTogether = workingTogether;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getLeadReviewer() {
    return leadReviewer;
  }

  public void setLeadReviewer(String leadReviewer) {
    this.leadReviewer = leadReviewer;
  }

  public String getCaseOfficer() {
    return caseOfficer;
  }

  public void setCaseOfficer(String caseOfficer) {
    this.caseOfficer = caseOfficer;
  }

  public Review getOrigin() {
    return origin;
  }

  public void setOrigin(Review origin) {
    this.origin = origin;
  }

  /** The key dates; never null, even when none is known yet. */
  public ReviewDates getDates() {
    if (dates == null) {
      dates = new ReviewDates();
    }
    return dates;
  }

  public void setDates(ReviewDates dates) {
    this.dates = dates.copy();
  }

  public LocalDate getOpenedOn() {
    return openedOn;
  }

  public boolean isImported() {
    return imported;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public List<ChildDetails> getChildren() {
    return children;
  }

  public void setChildren(List<ChildDetails> children) {
    this.children = new ArrayList<>(children);
  }

  public Set<ReviewTheme> getThemes() {
    return themes;
  }

  public void setThemes(Set<ReviewTheme> themes) {
    this.themes = new LinkedHashSet<>(themes);
  }

  public Set<Agency> getAgencies() {
    return agencies;
  }

  public void setAgencies(Set<Agency> agencies) {
    this.agencies = new LinkedHashSet<>(agencies);
  }

  public Set<Notification> getNotifications() {
    return notifications;
  }

  public void setNotifications(Set<Notification> notifications) {
    this.notifications = new LinkedHashSet<>(notifications);
  }

  public Set<Review> getCases() {
    return cases;
  }

  public void setCases(Set<Review> cases) {
    this.cases = new LinkedHashSet<>(cases);
  }

  public long getVersion() {
    return version;
  }

  public String getPublicSummary() {
    return publicSummary;
  }

  public void setPublicSummary(String publicSummary) {
    this.publicSummary = publicSummary;
  }
}
