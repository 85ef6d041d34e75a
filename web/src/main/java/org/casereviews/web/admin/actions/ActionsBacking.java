package org.casereviews.web.admin.actions;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.casereviews.action.ActionPlanItem;
import org.casereviews.action.ActionService;
import org.casereviews.agency.Agency;
import org.casereviews.shared.ReferenceDataService;
import org.casereviews.web.PagedList;

/** /admin/actions/: the actions of every review, soonest due first, by agency and overdue. */
@Named
@ViewScoped
public class ActionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ActionService service;

  @EJB private ReferenceDataService referenceData;

  private Long agencyId;
  private boolean overdueOnly;

  private final PagedList<ActionPlanItem> actions =
      new PagedList<>(
          () -> service.count(agencyId, overdueOnly),
          (first, max, sortBy, ascending) -> service.search(agencyId, overdueOnly, first, max));

  public PagedList<ActionPlanItem> getActions() {
    return actions;
  }

  public List<Agency> getAgencies() {
    return referenceData.list(Agency.class);
  }

  public Long getAgencyId() {
    return agencyId;
  }

  public void setAgencyId(Long agencyId) {
    this.agencyId = agencyId;
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    this.overdueOnly = overdueOnly;
  }
}
