package org.casereviews.shared;

import java.util.Arrays;
import java.util.Optional;

/** The NHS ethnic categories (codes A to S, and Z for "not stated"). */
public enum Ethnicity {
  A("White - British"),
  B("White - Irish"),
  C("White - any other White background"),
  D("Mixed - White and Black Caribbean"),
  E("Mixed - White and Black African"),
  F("Mixed - White and Asian"),
  G("Mixed - any other mixed background"),
  H("Asian or Asian British - Indian"),
  J("Asian or Asian British - Pakistani"),
  K("Asian or Asian British - Bangladeshi"),
  L("Asian or Asian British - any other Asian background"),
  M("Black or Black British - Caribbean"),
  N("Black or Black British - African"),
  P("Black or Black British - any other Black background"),
  R("Other ethnic groups - Chinese"),
  S("Other ethnic groups - any other ethnic group"),
  Z("Not stated");

  private final String label;

  Ethnicity(String label) {
    this.label = label;
  }

  public String getCode() {
    return name();
  }

  public String getLabel() {
    return label;
  }

  /** The category with this code, ignoring case and surrounding spaces. */
  public static Optional<Ethnicity> ofCode(String code) {
    String wanted = code == null ? "" : code.trim().toUpperCase();
    return Arrays.stream(values()).filter(e -> e.name().equals(wanted)).findFirst();
  }
}
