package org.casereviews.web.admin.cdop;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.casereviews.cdop.AgeBand;
import org.casereviews.cdop.CdopStatus;
import org.casereviews.cdop.ChildDeathCriteria;
import org.casereviews.cdop.ChildDeathRow;
import org.casereviews.cdop.ChildDeathSearch;
import org.casereviews.cdop.DeathCategory;
import org.casereviews.cdop.DeathExpectation;
import org.casereviews.cdop.Modifiable;
import org.casereviews.web.PagedList;

/**
 * /admin/cdop/index.xhtml: the child death records a page at a time, filtered by year of death,
 * category, status, age band, expectation, modifiable factors and source reference, sorted and
 * counted in the database; names and NHS numbers masked. The exports take the filters applied.
 */
@Named
@ViewScoped
public class ChildDeathsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ChildDeathSearch search;

  private Integer year;
  private DeathCategory category;
  private CdopStatus status;
  private AgeBand ageBand;
  private DeathExpectation expected;
  private Modifiable modifiable;
  private String sourceRef;
  private ChildDeathCriteria criteria = ChildDeathCriteria.any();

  private final PagedList<ChildDeathRow> records =
      new PagedList<>(
          () -> search.count(criteria),
          (first, max, sortBy, ascending) ->
              search.search(criteria, first, max, sortBy, ascending));

  public void apply() {
    criteria =
        new ChildDeathCriteria(year, category, status, ageBand, expected, modifiable, sourceRef);
  }

  public void clear() {
    year = null;
    category = null;
    status = null;
    ageBand = null;
    expected = null;
    modifiable = null;
    sourceRef = null;
    criteria = ChildDeathCriteria.any();
  }

  /** The export's address for the filters applied: the same parameters as the API's. */
  public String exportQuery(boolean identifiers) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("year", criteria.year());
    parameters.put(
        "category", criteria.category() == null ? null : criteria.category().getNumber());
    parameters.put("status", criteria.status());
    parameters.put("ageBand", criteria.ageBand());
    parameters.put("expected", criteria.expected());
    parameters.put("modifiable", criteria.modifiable());
    parameters.put("sourceRef", criteria.sourceRef());
    parameters.put("identifiers", identifiers ? "true" : null);
    return parameters.entrySet().stream()
        .filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
        .map(
            e ->
                e.getKey()
                    + "="
                    + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  public PagedList<ChildDeathRow> getRecords() {
    return records;
  }

  public DeathCategory[] getCategories() {
    return DeathCategory.values();
  }

  public CdopStatus[] getStatuses() {
    return CdopStatus.values();
  }

  public AgeBand[] getAgeBands() {
    return AgeBand.values();
  }

  public DeathExpectation[] getExpectations() {
    return DeathExpectation.values();
  }

  public Modifiable[] getModifiables() {
    return Modifiable.values();
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public DeathCategory getCategory() {
    return category;
  }

  public void setCategory(DeathCategory category) {
    this.category = category;
  }

  public CdopStatus getStatus() {
    return status;
  }

  public void setStatus(CdopStatus status) {
    this.status = status;
  }

  public AgeBand getAgeBand() {
    return ageBand;
  }

  public void setAgeBand(AgeBand ageBand) {
    this.ageBand = ageBand;
  }

  public DeathExpectation getExpected() {
    return expected;
  }

  public void setExpected(DeathExpectation expected) {
    this.expected = expected;
  }

  public Modifiable getModifiable() {
    return modifiable;
  }

  public void setModifiable(Modifiable modifiable) {
    this.modifiable = modifiable;
  }

  public String getSourceRef() {
    return sourceRef;
  }

  public void setSourceRef(String sourceRef) {
    this.sourceRef = sourceRef;
  }
}
