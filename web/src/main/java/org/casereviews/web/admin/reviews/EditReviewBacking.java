package org.casereviews.web.admin.reviews;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.casereviews.agency.Agency;
import org.casereviews.notification.Notification;
import org.casereviews.review.Review;
import org.casereviews.review.ReviewDates;
import org.casereviews.review.ReviewDetails;
import org.casereviews.review.ReviewService;
import org.casereviews.review.ReviewTheme;
import org.casereviews.review.ReviewType;
import org.casereviews.review.WorkingTogether;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.ChildDetails;
import org.casereviews.shared.Ethnicity;
import org.casereviews.shared.IncidentCategory;
import org.casereviews.shared.ReferenceDataService;
import org.casereviews.shared.ReferenceItem;
import org.casereviews.shared.Sex;
import org.casereviews.web.Messages;

/**
 * /admin/reviews/edit.xhtml: a new review (no id) or changes to one ({@code ?id=}). The status is
 * not edited here: it moves only through the lifecycle on the review's page.
 */
@Named
@ViewScoped
public class EditReviewBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ReviewService service;

  @EJB private ReferenceDataService referenceData;

  private Long id;
  private Review review;
  private long version;
  private ReviewType type;
  private String pseudonym;
  private IncidentCategory category;
  private String summary;
  private List<Long> themeIds = new ArrayList<>();
  private List<Long> agencyIds = new ArrayList<>();
  private String leadReviewer;
  private String caseOfficer;
  private WorkingTogether workingTogether = WorkingTogether.WT2023;
  private List<ChildDetails> children = new ArrayList<>();
  private ReviewDates dates = new ReviewDates();
  private String cases;
  private Set<Long> notificationIds = Set.of();
  private String dateChangeReason;

  /** Runs once when the page opens (f:viewAction). */
  public void load() {
    if (id == null) {
      return;
    }
    review = service.find(id).orElse(null);
    if (review == null) {
      return;
    }
    version = review.getVersion();
    type = review.getType();
    pseudonym = review.getPseudonym();
    category = review.getCategory();
    summary = review.getSummary();
    themeIds = new ArrayList<>(review.getThemes().stream().map(ReviewTheme::getId).toList());
    agencyIds = new ArrayList<>(review.getAgencies().stream().map(Agency::getId).toList());
    leadReviewer = review.getLeadReviewer();
    caseOfficer = review.getCaseOfficer();
    workingTogether = review.getWorkingTogether();
    children = new ArrayList<>(review.getChildren().stream().map(ChildDetails::copy).toList());
    dates = review.getDates().copy();
    cases = String.join(", ", review.getCases().stream().map(Review::getReference).toList());
    notificationIds =
        Set.copyOf(review.getNotifications().stream().map(Notification::getId).toList());
  }

  public void save() throws IOException {
    Review saved =
        Messages.attempt(
            () -> {
              ReviewDetails details =
                  new ReviewDetails(
                      type,
                      pseudonym,
                      category,
                      summary,
                      Set.copyOf(themeIds),
                      Set.copyOf(agencyIds),
                      leadReviewer,
                      caseOfficer,
                      workingTogether,
                      List.copyOf(children),
                      dates,
                      notificationIds,
                      caseIds());
              return isNew()
                  ? service.create(details)
                  : service.update(id, version, details, dateChangeReason);
            });
    if (saved != null) {
      Messages.info(
          isNew()
              ? saved.getType().getLabel() + " " + saved.getReference() + " opened."
              : "Changes to " + saved.getReference() + " saved.");
      var external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(
          external.getRequestContextPath() + "/admin/reviews/view.xhtml?id=" + saved.getId());
    }
  }

  public void addChild() {
    children.add(new ChildDetails());
  }

  public void removeChild(int index) {
    children.remove(index);
  }

  /** The reviews named in "Cases covered", by reference. */
  private Set<Long> caseIds() {
    Set<Long> ids = new LinkedHashSet<>();
    if (cases != null && !cases.isBlank()) {
      for (String reference : cases.split(",")) {
        if (!reference.isBlank()) {
          ids.add(
              service
                  .findByReference(reference)
                  .orElseThrow(
                      () ->
                          new BusinessException(
                              "cases",
                              "There is no review with the reference " + reference.strip() + "."))
                  .getId());
        }
      }
    }
    return ids;
  }

  public boolean isNew() {
    return id == null;
  }

  public boolean isMissing() {
    return id != null && review == null;
  }

  public ReviewType[] getTypes() {
    return ReviewType.values();
  }

  public IncidentCategory[] getCategories() {
    return IncidentCategory.values();
  }

  public WorkingTogether[] getEditions() {
    return WorkingTogether.values();
  }

  public Sex[] getSexes() {
    return Sex.values();
  }

  public Ethnicity[] getEthnicities() {
    return Ethnicity.values();
  }

  public List<ReviewTheme> getThemes() {
    return usable(referenceData.list(ReviewTheme.class), themeIds);
  }

  public List<Agency> getAgencies() {
    return usable(referenceData.list(Agency.class), agencyIds);
  }

  /** Active entries, and retired ones the review already uses. */
  private static <T extends ReferenceItem> List<T> usable(List<T> items, List<Long> chosen) {
    return items.stream().filter(i -> i.isActive() || chosen.contains(i.getId())).toList();
  }

  public Review getReview() {
    return review;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ReviewType getType() {
    return type;
  }

  public void setType(ReviewType type) {
    this.type = type;
  }

  public String getPseudonym() {
    return pseudonym;
  }

  public void setPseudonym(String pseudonym) {
    this.pseudonym = pseudonym;
  }

  public IncidentCategory getCategory() {
    return category;
  }

  public void setCategory(IncidentCategory category) {
    this.category = category;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public List<Long> getThemeIds() {
    return themeIds;
  }

  public void setThemeIds(List<Long> themeIds) {
    this.themeIds = themeIds == null ? new ArrayList<>() : themeIds;
  }

  public List<Long> getAgencyIds() {
    return agencyIds;
  }

  public void setAgencyIds(List<Long> agencyIds) {
    this.agencyIds = agencyIds == null ? new ArrayList<>() : agencyIds;
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

  public WorkingTogether getWorkingTogether() {
    return workingTogether;
  }

  public void setWorkingTogether(WorkingTogether workingTogether) {
    this.workingTogether = workingTogether;
  }

  public List<ChildDetails> getChildren() {
    return children;
  }

  public ReviewDates getDates() {
    return dates;
  }

  public String getCases() {
    return cases;
  }

  public void setCases(String cases) {
    this.cases = cases;
  }

  public String getDateChangeReason() {
    return dateChangeReason;
  }

  public void setDateChangeReason(String dateChangeReason) {
    this.dateChangeReason = dateChangeReason;
  }
}
