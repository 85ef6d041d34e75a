package org.casereviews.web.admin.learning;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casereviews.agency.Agency;
import org.casereviews.learning.Attendance;
import org.casereviews.learning.LearningEvent;
import org.casereviews.learning.LearningEventDetails;
import org.casereviews.learning.LearningEventService;
import org.casereviews.learning.LearningFormat;
import org.casereviews.review.ReviewService;
import org.casereviews.review.ReviewTheme;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.ReferenceDataService;
import org.casereviews.web.Messages;

/**
 * /admin/learning/edit.xhtml: a new learning event (no id; {@code ?review=} links it to a review
 * from the start) or changes to one ({@code ?id=}), with the attendance of each agency.
 */
@Named
@ViewScoped
public class EditLearningEventBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private LearningEventService service;

  @EJB private ReviewService reviews;

  @EJB private ReferenceDataService referenceData;

  private Long id;
  private Long reviewId;
  private LearningEvent event;
  private long version;
  private String title;
  private LearningFormat format;
  private LocalDate heldOn;
  private String audience;
  private String review;
  private List<Long> themeIds = new ArrayList<>();
  private String notes;
  private List<AttendanceRow> attendance;
  private final Map<Long, Integer> retiredAttendance = new HashMap<>();

  /** Runs once when the page opens (f:viewAction). */
  public void load() {
    if (id == null) {
      if (reviewId != null) {
        reviews.find(reviewId).ifPresent(r -> review = r.getReference());
      }
      return;
    }
    event = service.find(id).orElse(null);
    if (event == null) {
      return;
    }
    version = event.getVersion();
    title = event.getTitle();
    format = event.getFormat();
    heldOn = event.getHeldOn();
    audience = event.getAudience();
    review = event.getReview() == null ? null : event.getReview().getReference();
    themeIds = new ArrayList<>(event.getThemes().stream().map(ReviewTheme::getId).toList());
    notes = event.getNotes();
    for (Attendance a : event.getAttendanceByAgency()) {
      getAttendance().stream()
          .filter(row -> row.getAgencyId() == a.agency().getId())
          .findFirst()
          .ifPresentOrElse(
              row -> row.setCount(a.count()),
              () -> retiredAttendance.put(a.agency().getId(), a.count()));
    }
  }

  public void save() throws IOException {
    LearningEvent saved =
        Messages.attempt(
            () -> {
              LearningEventDetails details =
                  new LearningEventDetails(
                      title,
                      format,
                      heldOn,
                      audience,
                      reviewOf(review),
                      Set.copyOf(themeIds),
                      counts(),
                      notes);
              return isNew() ? service.create(details) : service.update(id, version, details);
            });
    if (saved != null) {
      Messages.info(
          "Learning event '" + saved.getTitle() + "' " + (isNew() ? "recorded." : "saved."));
      var external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/admin/learning/index.xhtml");
    }
  }

  private Long reviewOf(String reference) {
    if (reference == null || reference.isBlank()) {
      return null;
    }
    return reviews
        .findByReference(reference)
        .orElseThrow(
            () ->
                new BusinessException(
                    "review", "There is no review with the reference " + reference.strip() + "."))
        .getId();
  }

  /** The counts typed, and those of retired agencies kept as they were. */
  private Map<Long, Integer> counts() {
    Map<Long, Integer> counts = new LinkedHashMap<>(retiredAttendance);
    for (AttendanceRow row : getAttendance()) {
      if (row.getCount() != null) {
        counts.put(row.getAgencyId(), row.getCount());
      }
    }
    return counts;
  }

  /** A line for each agency that may still be chosen, built with the page. */
  public List<AttendanceRow> getAttendance() {
    if (attendance == null) {
      attendance =
          new ArrayList<>(
              referenceData.listActive(Agency.class).stream()
                  .map(a -> new AttendanceRow(a.getId(), a.getCode(), a.getName()))
                  .toList());
    }
    return attendance;
  }

  public boolean isNew() {
    return id == null;
  }

  public boolean isMissing() {
    return id != null && event == null;
  }

  public LearningFormat[] getFormats() {
    return LearningFormat.values();
  }

  /** Active themes, and retired ones the event already uses. */
  public List<ReviewTheme> getThemes() {
    return referenceData.list(ReviewTheme.class).stream()
        .filter(t -> t.isActive() || themeIds.contains(t.getId()))
        .toList();
  }

  public LearningEvent getEvent() {
    return event;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getReviewId() {
    return reviewId;
  }

  public void setReviewId(Long reviewId) {
    this.reviewId = reviewId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LearningFormat getFormat() {
    return format;
  }

  public void setFormat(LearningFormat format) {
    this.format = format;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience;
  }

  public String getReview() {
    return review;
  }

  public void setReview(String review) {
    this.review = review;
  }

  public List<Long> getThemeIds() {
    return themeIds;
  }

  public void setThemeIds(List<Long> themeIds) {
    this.themeIds = themeIds == null ? new ArrayList<>() : themeIds;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
