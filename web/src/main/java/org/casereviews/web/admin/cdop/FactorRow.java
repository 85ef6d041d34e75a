package org.casereviews.web.admin.cdop;

import java.io.Serializable;
import org.casereviews.cdop.FactorDomain;
import org.casereviews.cdop.PanelReview;

/** One row of the panel's form: a factor being typed, kept as typed until the form is saved. */
public class FactorRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private FactorDomain domain;
  private String description;
  private Integer score;

  public FactorRow() {}

  FactorRow(FactorDomain domain, String description, Integer score) {
    this.domain = domain;
    this.description = description;
    this.score = score;
  }

  /** The factor for the service; a missing score is sent as one the service refuses. */
  PanelReview.Factor toFactor() {
    return new PanelReview.Factor(domain, description, score == null ? -1 : score);
  }

  public FactorDomain getDomain() {
    return domain;
  }

  public void setDomain(FactorDomain domain) {
    this.domain = domain;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Integer getScore() {
    return score;
  }

  public void setScore(Integer score) {
    this.score = score;
  }
}
