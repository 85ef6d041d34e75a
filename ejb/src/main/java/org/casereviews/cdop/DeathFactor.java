package org.casereviews.cdop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A factor the panel found in one of the four domains, with its score: 0 information not available,
 * 1 no factors or factors unlikely to have contributed, 2 factors that may have contributed to the
 * death. The panel's review replaces a record's factors as a whole.
 */
@Entity
@Table(name = "death_factor")
public class DeathFactor {

  /** What each score means, by score. */
  public static final String[] SCORE_LABELS = {
    "Information not available",
    "No factors, or factors unlikely to have contributed",
    "Factors that may have contributed"
  };

  @Id
  @SequenceGenerator(
      name = "death_factor_seq",
      sequenceName = "death_factor_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "death_factor_seq")
  private Long id;

  @Column(name = "child_death_id", nullable = false, updatable = false)
  private long childDeathId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private FactorDomain domain;

  @Column(nullable = false, length = 1000)
  private String description;

  @Column(nullable = false)
  private int score;

  @Column(nullable = false)
  private int position;

  protected DeathFactor() {}

  DeathFactor(long childDeathId, int position, FactorDomain domain, String description, int score) {
    this.childDeathId = childDeathId;
    this.position = position;
    this.domain = domain;
    this.description = description;
    this.score = score;
  }

  public Long getId() {
    return id;
  }

  public FactorDomain getDomain() {
    return domain;
  }

  public String getDescription() {
    return description;
  }

  public int getScore() {
    return score;
  }

  public String getScoreLabel() {
    return SCORE_LABELS[score];
  }

  public int getPosition() {
    return position;
  }
}
