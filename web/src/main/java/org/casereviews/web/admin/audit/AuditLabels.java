package org.casereviews.web.admin.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.casereviews.audit.AuditEvent;

/** How audit events read on the screens: "User 1001" rather than "UserAccount 1001". */
@Named
@ApplicationScoped
public class AuditLabels {

  private static final Map<String, String> TYPES =
      Map.of(
          "UserAccount", "User",
          "Agency", "Agency",
          "ReviewTheme", "Review theme",
          "BankHoliday", "Bank holidays",
          "ApiRequest", "API request");

  public String type(String recordType) {
    return TYPES.getOrDefault(recordType, recordType);
  }

  public String record(AuditEvent event) {
    String type = type(event.getRecordType());
    return event.getRecordId() == null ? type : type + " " + event.getRecordId();
  }

  public SortedSet<String> getTypes() {
    return new TreeSet<>(TYPES.keySet());
  }
}
