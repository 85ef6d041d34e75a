package org.casereviews.notification;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import org.casereviews.shared.ChildDetails;
import org.casereviews.shared.IncidentCategory;

/**
 * A significant-incident notification from an agency: what happened, to which children (no names),
 * when it happened and when the agency became aware, and the partnership's triage decision with its
 * reasons once made.
 */
@Entity
@Table(name = "notification")
public class Notification {

  /** The national notification form has room for four children. */
  public static final int MAX_CHILDREN = 4;

  @Id
  @SequenceGenerator(
      name = "notification_seq",
      sequenceName = "notification_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "agency_id", nullable = false)
  private Agency agency;

  @Column(name = "incident_on", nullable = false)
  private LocalDate incidentOn;

  @Column(name = "aware_on", nullable = false)
  private LocalDate awareOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private IncidentCategory category;

  @Column(nullable = false, length = 4000)
  private String summary;

  @ElementCollection
  @CollectionTable(name = "notification_child", joinColumns = @JoinColumn(name = "notification_id"))
  @OrderColumn(name = "position")
  private List<ChildDetails> children = new ArrayList<>();

  @ManyToMany
  @JoinTable(
      name = "notification_agency",
      joinColumns = @JoinColumn(name = "notification_id"),
      inverseJoinColumns = @JoinColumn(name = "agency_id"))
  @OrderBy("name")
  private Set<Agency> agenciesInvolved = new LinkedHashSet<>();

  @Column(name = "panel_notified_on")
  private LocalDate panelNotifiedOn;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "recorded_by", nullable = false, updatable = false, length = 60)
  private String recordedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "triage_decision", length = 30)
  private TriageDecision triageDecision;

  @Column(name = "triage_reasons", length = 4000)
  private String triageReasons;

  @Column(name = "triaged_by", length = 60)
  private String triagedBy;

  @Column(name = "triaged_at")
  private Instant triagedAt;

  @Version private long version;

  protected Notification() {}

  public Notification(
      Agency agency,
      LocalDate incidentOn,
      LocalDate awareOn,
      IncidentCategory category,
      String summary,
      Instant receivedAt,
      String recordedBy) {
    this.agency = Objects.requireNonNull(agency);
    this.incidentOn = Objects.requireNonNull(incidentOn);
    this.awareOn = Objects.requireNonNull(awareOn);
    this.category = Objects.requireNonNull(category);
    this.summary = Objects.requireNonNull(summary);
    this.receivedAt = Objects.requireNonNull(receivedAt);
    this.recordedBy = Objects.requireNonNull(recordedBy);
  }

  /** Records what the partnership decided; a notification is triaged once. */
  public void triage(TriageDecision decision, String reasons, String by, Instant at) {
    if (isTriaged()) {
      throw new IllegalStateException("notification " + id + " is already triaged");
    }
    this.triageDecision = Objects.requireNonNull(decision);
    this.triageReasons = Objects.requireNonNull(reasons);
    this.triagedBy = Objects.requireNonNull(by);
    this.triagedAt = Objects.requireNonNull(at);
  }

  public boolean isTriaged() {
    return triageDecision != null;
  }

  public Long getId() {
    return id;
  }

  public Agency getAgency() {
    return agency;
  }

  public LocalDate getIncidentOn() {
    return incidentOn;
  }

  public LocalDate getAwareOn() {
    return awareOn;
  }

  public IncidentCategory getCategory() {
    return category;
  }

  public String getSummary() {
    return summary;
  }

  public List<ChildDetails> getChildren() {
    return children;
  }

  public void setChildren(List<ChildDetails> children) {
    this.children = new ArrayList<>(children);
  }

  public Set<Agency> getAgenciesInvolved() {
    return agenciesInvolved;
  }

  public void setAgenciesInvolved(Set<Agency> agenciesInvolved) {
    this.agenciesInvolved = new LinkedHashSet<>(agenciesInvolved);
  }

  public LocalDate getPanelNotifiedOn() {
    return panelNotifiedOn;
  }

  public void setPanelNotifiedOn(LocalDate panelNotifiedOn) {
    this.panelNotifiedOn = panelNotifiedOn;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public TriageDecision getTriageDecision() {
    return triageDecision;
  }

  public String getTriageReasons() {
    return triageReasons;
  }

  public String getTriagedBy() {
    return triagedBy;
  }

  public Instant getTriagedAt() {
    return triagedAt;
  }

  public long getVersion() {
    return version;
  }
}
