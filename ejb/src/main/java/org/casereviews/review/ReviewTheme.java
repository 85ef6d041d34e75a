package org.casereviews.review;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.casereviews.shared.ReferenceItem;

/** An abuse or vulnerability theme a review is tagged with, such as neglect or domestic abuse. */
@Entity
@Table(name = "review_theme")
public class ReviewTheme extends ReferenceItem {

  @Id
  @SequenceGenerator(
      name = "review_theme_seq",
      sequenceName = "review_theme_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_theme_seq")
  private Long id;

  @Override
  public Long getId() {
    return id;
  }
}
