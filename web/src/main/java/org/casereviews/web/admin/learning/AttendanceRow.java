package org.casereviews.web.admin.learning;

import java.io.Serializable;

/** One agency's line in the form: how many of its people took part (empty: not recorded). */
public class AttendanceRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long agencyId;
  private final String code;
  private final String name;
  private Integer count;

  AttendanceRow(long agencyId, String code, String name) {
    this.agencyId = agencyId;
    this.code = code;
    this.name = name;
  }

  public long getAgencyId() {
    return agencyId;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public Integer getCount() {
    return count;
  }

  public void setCount(Integer count) {
    this.count = count;
  }
}
