package org.casereviews.learning;

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
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.casereviews.agency.Agency;
import org.casereviews.review.Review;
import org.casereviews.review.ReviewDates;
import org.casereviews.review.ReviewTheme;
import org.casereviews.shared.BusinessException;

/**
 * A practitioner briefing, briefing note, workshop or other event that spreads the learning of a
 * review or of themes, with how many people from each agency took part. An event dated after today
 * is planned: it has no attendance until it has taken place.
 */
@Entity
@Table(name = "learning_event")
public class LearningEvent {

  @Id
  @SequenceGenerator(
      name = "learning_event_seq",
      sequenceName = "learning_event_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_event_seq")
  private Long id;

  @Column(nullable = false, length = 200)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private LearningFormat format;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(length = 500)
  private String audience;

  @ManyToOne
  @JoinColumn(name = "review_id")
  private Review review;

  @ManyToMany
  @JoinTable(
      name = "learning_event_theme",
      joinColumns = @JoinColumn(name = "event_id"),
      inverseJoinColumns = @JoinColumn(name = "theme_id"))
  private Set<ReviewTheme> themes = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "learning_attendance", joinColumns = @JoinColumn(name = "event_id"))
  @MapKeyJoinColumn(name = "agency_id")
  @Column(name = "attended", nullable = false)
  private Map<Agency, Integer> attendance = new HashMap<>();

  @Column(length = 4000)
  private String notes;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 60)
  private String createdBy;

  @Version private long version;

  protected LearningEvent() {}

  public LearningEvent(Instant createdAt, String createdBy) {
    this.createdAt = Objects.requireNonNull(createdAt);
    this.createdBy = Objects.requireNonNull(createdBy);
  }

  /**
   * Sets what is recorded about the event, refusing an event linked to neither a review nor a
   * theme, a negative attendance, and attendance for an event that has not taken place by {@code
   * today}.
   */
  void describe(
      LearningEventDetails details,
      Review review,
      Set<ReviewTheme> themes,
      Map<Agency, Integer> attendance,
      LocalDate today) {
    if (review == null && themes.isEmpty()) {
      throw new BusinessException(
          "review",
          "Link the event to the review whose learning it spreads, or to at least one theme.");
    }
    for (Map.Entry<Agency, Integer> entry : attendance.entrySet()) {
      if (entry.getValue() < 0) {
        throw new BusinessException(
            "attendance",
            "The attendance for "
                + entry.getKey().getName()
                + " cannot be negative ("
                + entry.getValue()
                + "): enter how many people took part, or 0.");
      }
    }
    if (details.heldOn().isAfter(today) && !attendance.isEmpty()) {
      throw new BusinessException(
          "attendance",
          "The event is planned for "
              + ReviewDates.show(details.heldOn())
              + ": record who attended once it has taken place.");
    }
    this.title = details.title().strip();
    this.format = details.format();
    this.heldOn = details.heldOn();
    this.audience = blankToNull(details.audience());
    this.notes = blankToNull(details.notes());
    this.review = review;
    this.themes.clear();
    this.themes.addAll(themes);
    this.attendance.clear();
    this.attendance.putAll(attendance);
  }

  /** Planned: dated after {@code today}, so nobody has attended yet. */
  public boolean isPlanned(LocalDate today) {
    return heldOn.isAfter(today);
  }

  /** Everybody who took part, across agencies. */
  public int getTotalAttendance() {
    return attendance.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The attendance of each agency, by agency name. */
  public List<Attendance> getAttendanceByAgency() {
    return attendance.entrySet().stream()
        .map(e -> new Attendance(e.getKey(), e.getValue()))
        .sorted(Comparator.comparing(a -> a.agency().getName()))
        .toList();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public LearningFormat getFormat() {
    return format;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public String getAudience() {
    return audience;
  }

  public Review getReview() {
    return review;
  }

  public Set<ReviewTheme> getThemes() {
    return themes;
  }

  public Map<Agency, Integer> getAttendance() {
    return attendance;
  }

  public String getNotes() {
    return notes;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public long getVersion() {
    return version;
  }
}
