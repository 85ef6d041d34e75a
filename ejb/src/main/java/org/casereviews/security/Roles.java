package org.casereviews.security;

import java.util.List;
import java.util.Map;

/** The five roles of the application, as Jakarta Security role names. */
public final class Roles {

  /** The partnership's business unit: everything, including users and reference data. */
  public static final String PARTNERSHIP_ADMIN = "partnership-admin";

  /** Staff running reviews: notifications, reviews, findings, actions, documents, publication. */
  public static final String REVIEW_OFFICER = "review-officer";

  /** The CDOP coordinator and panel members: child death records and their analysis. */
  public static final String CDOP_OFFICER = "cdop-officer";

  /** An agency's liaison officer: their own agency's notifications, actions and evidence. */
  public static final String AGENCY_LIAISON = "agency-liaison";

  /** Board members and auditors: read reviews, actions and statistics. */
  public static final String VIEWER = "viewer";

  public static final List<String> ALL =
      List.of(PARTNERSHIP_ADMIN, REVIEW_OFFICER, CDOP_OFFICER, AGENCY_LIAISON, VIEWER);

  private static final Map<String, String> LABELS =
      Map.of(
          PARTNERSHIP_ADMIN, "Partnership administrator",
          REVIEW_OFFICER, "Review officer",
          CDOP_OFFICER, "CDOP officer",
          AGENCY_LIAISON, "Agency liaison officer",
          VIEWER, "Viewer (board member, auditor)");

  private Roles() {}

  /** The name people see for a role. */
  public static String label(String role) {
    return LABELS.getOrDefault(role, role);
  }
}
