package org.casereviews.web.admin.cdop;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.casereviews.cdop.ChildDeath;
import org.casereviews.cdop.ChildDeathRecords;
import org.casereviews.cdop.DeathCategory;
import org.casereviews.cdop.DeathFactor;
import org.casereviews.cdop.FactorDomain;
import org.casereviews.cdop.Modifiable;
import org.casereviews.cdop.PanelReview;
import org.casereviews.cdop.PanelReviews;
import org.casereviews.web.Messages;

/**
 * /admin/cdop/panel.xhtml?id=: the panel's analysis of one death: the day, the category, the
 * factors in each domain with their score, modifiable factors and the learning. A refused form
 * stays as typed, with the message at the field.
 */
@Named
@ViewScoped
public class PanelBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ChildDeathRecords records;

  @EJB private PanelReviews panel;

  private Long id;
  private ChildDeath record;
  private LocalDate reviewedOn;
  private DeathCategory category;
  private Modifiable modifiable;
  private String learningPoints;
  private List<FactorRow> factors = new ArrayList<>();

  /** Runs once when the page opens: an analysis recorded before is there to be corrected. */
  public void load() {
    record = id == null ? null : records.find(id).orElse(null);
    if (record == null || FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    reviewedOn = record.getPanelReviewedOn();
    category = record.getCategory();
    modifiable = record.getModifiable();
    learningPoints = record.getLearningPoints();
    for (DeathFactor f : panel.factors(id)) {
      factors.add(new FactorRow(f.getDomain(), f.getDescription(), f.getScore()));
    }
  }

  public void addFactor() {
    factors.add(new FactorRow());
  }

  public void removeFactor(FactorRow row) {
    factors.remove(row);
  }

  public void save() throws IOException {
    PanelReview review =
        new PanelReview(
            reviewedOn,
            category,
            factors.stream().map(FactorRow::toFactor).toList(),
            modifiable,
            learningPoints);
    ChildDeath saved =
        Messages.attempt(() -> panel.recordPanelReview(id, record.getVersion(), review));
    if (saved != null) {
      Messages.info(
          "The panel's review of record "
              + id
              + " is saved. Now: "
              + saved.getStatus().getLabel()
              + ".");
      var external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/admin/cdop/record.xhtml?id=" + id);
    }
  }

  public DeathCategory[] getCategories() {
    return DeathCategory.values();
  }

  public FactorDomain[] getDomains() {
    return FactorDomain.values();
  }

  public Modifiable[] getModifiableAnswers() {
    return Modifiable.values();
  }

  /** The three scores with what each means, such as "2 - Factors that may have contributed". */
  public List<SelectItem> getScores() {
    return IntStream.range(0, DeathFactor.SCORE_LABELS.length)
        .mapToObj(s -> new SelectItem(s, s + " - " + DeathFactor.SCORE_LABELS[s]))
        .toList();
  }

  public boolean isMissing() {
    return record == null;
  }

  public ChildDeath getRecord() {
    return record;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public LocalDate getReviewedOn() {
    return reviewedOn;
  }

  public void setReviewedOn(LocalDate reviewedOn) {
    this.reviewedOn = reviewedOn;
  }

  public DeathCategory getCategory() {
    return category;
  }

  public void setCategory(DeathCategory category) {
    this.category = category;
  }

  public Modifiable getModifiable() {
    return modifiable;
  }

  public void setModifiable(Modifiable modifiable) {
    this.modifiable = modifiable;
  }

  public String getLearningPoints() {
    return learningPoints;
  }

  public void setLearningPoints(String learningPoints) {
    this.learningPoints = learningPoints;
  }

  public List<FactorRow> getFactors() {
    return factors;
  }
}
