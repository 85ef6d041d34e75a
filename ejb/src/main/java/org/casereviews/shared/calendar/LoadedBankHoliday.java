package org.casereviews.shared.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A bank holiday an administrator loaded, which replaces the shipped list for its year. */
@Entity
@Table(name = "bank_holiday")
public class LoadedBankHoliday {

  @Id
  @Column(name = "holiday_date")
  private LocalDate date;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "loaded_at", nullable = false)
  private Instant loadedAt;

  @Column(name = "loaded_by", nullable = false, length = 60)
  private String loadedBy;

  protected LoadedBankHoliday() {}

  LoadedBankHoliday(LocalDate date, String name, Instant loadedAt, String loadedBy) {
    this.date = date;
    this.name = name;
    this.loadedAt = loadedAt;
    this.loadedBy = loadedBy;
  }

  public LocalDate getDate() {
    return date;
  }

  public String getName() {
    return name;
  }

  public Instant getLoadedAt() {
    return loadedAt;
  }

  public String getLoadedBy() {
    return loadedBy;
  }
}
