package org.casereviews.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.casereviews.agency.Agency;
import org.casereviews.review.ReviewTheme;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.ReferenceDataService;
import org.casereviews.shared.ReferenceItem;

/** Turns the codes other systems send (POLICE, NEGLECT) into the ids the services take. */
@RequestScoped
public class Codes {

  @EJB private ReferenceDataService referenceData;

  public Long agency(String code, String field) {
    return code == null || code.isBlank() ? null : id(Agency.class, code, field, "agency");
  }

  public Long theme(String code, String field) {
    return code == null || code.isBlank()
        ? null
        : id(ReviewTheme.class, code, field, "review theme");
  }

  public Set<Long> agencies(List<String> codes, String field) {
    return ids(Agency.class, codes, field, "agency");
  }

  public Set<Long> themes(List<String> codes, String field) {
    return ids(ReviewTheme.class, codes, field, "review theme");
  }

  static List<String> codesOf(Set<? extends ReferenceItem> items) {
    return items.stream().map(ReferenceItem::getCode).toList();
  }

  private Set<Long> ids(
      Class<? extends ReferenceItem> type, List<String> codes, String field, String what) {
    Set<Long> ids = new LinkedHashSet<>();
    if (codes != null) {
      codes.forEach(code -> ids.add(id(type, code, field, what)));
    }
    return ids;
  }

  private Long id(Class<? extends ReferenceItem> type, String code, String field, String what) {
    String wanted = code == null ? "" : code.trim();
    return referenceData.list(type).stream()
        .filter(item -> item.getCode().equalsIgnoreCase(wanted))
        .map(ReferenceItem::getId)
        .findFirst()
        .orElseThrow(
            () ->
                new BusinessException(
                    field, "There is no " + what + " with the code " + code + "."));
  }
}
