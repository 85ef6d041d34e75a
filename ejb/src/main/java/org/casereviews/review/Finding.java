package org.casereviews.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.Set;

/** What a review found, numbered within the review (Finding 1, 2, ...), tagged with themes. */
@Entity
@Table(name = "finding")
public class Finding {

  @Id
  @SequenceGenerator(name = "finding_seq", sequenceName = "finding_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finding_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "review_id", nullable = false, updatable = false)
  private Review review;

  @Column(nullable = false, updatable = false)
  private int number;

  @Column(nullable = false, length = 4000)
  private String text;

  @ManyToMany
  @JoinTable(
      name = "finding_theme",
      joinColumns = @JoinColumn(name = "finding_id"),
      inverseJoinColumns = @JoinColumn(name = "theme_id"))
  @OrderBy("name")
  private Set<ReviewTheme> themes = new LinkedHashSet<>();

  @Version private long version;

  protected Finding() {}

  Finding(Review review, int number, String text) {
    this.review = review;
    this.number = number;
    this.text = text;
  }

  public Long getId() {
    return id;
  }

  public Review getReview() {
    return review;
  }

  public int getNumber() {
    return number;
  }

  public String getText() {
    return text;
  }

  void setText(String text) {
    this.text = text;
  }

  public Set<ReviewTheme> getThemes() {
    return themes;
  }

  void setThemes(Set<ReviewTheme> themes) {
    this.themes = new LinkedHashSet<>(themes);
  }

  public long getVersion() {
    return version;
  }
}
