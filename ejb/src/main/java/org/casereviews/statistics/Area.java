package org.casereviews.statistics;

import java.io.Serializable;

/** An area by its ONS code and name. */
public record Area(String code, String name) implements Serializable {

  static Area of(Object[] row) {
    return new Area((String) row[0], (String) row[1]);
  }

  /** Whether this is England as a whole. */
  public boolean isEngland() {
    return Areas.ENGLAND.equals(code);
  }
}
