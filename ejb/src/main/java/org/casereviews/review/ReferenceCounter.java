package org.casereviews.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last review number given out in a financial year (the year starting in April). */
@Entity
@Table(name = "review_reference_counter")
public class ReferenceCounter {

  @Id
  @Column(name = "financial_year")
  private Integer financialYear;

  @Column(name = "last_number", nullable = false)
  private int lastNumber;

  protected ReferenceCounter() {}

  ReferenceCounter(int financialYear) {
    this.financialYear = financialYear;
  }

  int next() {
    return ++lastNumber;
  }
}
