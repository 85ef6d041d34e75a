package org.casereviews.cdop;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.casereviews.shared.InstantConverter;

/** A meeting of the Child Death Overview Panel: its day, title, notes and the cases it reviewed. */
@Entity
@Table(name = "panel_meeting")
public class PanelMeeting {

  @Id
  @SequenceGenerator(
      name = "panel_meeting_seq",
      sequenceName = "panel_meeting_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "panel_meeting_seq")
  private Long id;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(length = 4000)
  private String notes;

  @Column(name = "created_at", nullable = false, updatable = false)
  @Convert(converter = InstantConverter.class)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 60)
  private String createdBy;

  @ManyToMany
  @JoinTable(
      name = "panel_meeting_case",
      joinColumns = @JoinColumn(name = "meeting_id"),
      inverseJoinColumns = @JoinColumn(name = "child_death_id"))
  private Set<ChildDeath> cases = new HashSet<>();

  @Version private long version;

  protected PanelMeeting() {}

  PanelMeeting(MeetingDetails details, String createdBy) {
    apply(details);
    this.createdAt = Instant.now();
    this.createdBy = createdBy;
  }

  final void apply(MeetingDetails details) {
    this.heldOn = details.heldOn();
    this.title = details.title().strip();
    this.notes = details.notes() == null || details.notes().isBlank() ? null : details.notes();
  }

  public Long getId() {
    return id;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public String getTitle() {
    return title;
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

  Set<ChildDeath> getCases() {
    return cases;
  }

  public long getVersion() {
    return version;
  }
}
