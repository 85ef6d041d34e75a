package org.casereviews.agency;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.casereviews.shared.ReferenceItem;

/** A partner agency, such as the police or a hospital trust. */
@Entity
@Table(name = "agency")
public class Agency extends ReferenceItem {

  @Id
  @SequenceGenerator(name = "agency_seq", sequenceName = "agency_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agency_seq")
  private Long id;

  @Override
  public Long getId() {
    return id;
  }
}
