package org.casereviews.web.admin.actions;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.casereviews.action.ActionPlanItem;
import org.casereviews.action.ActionService;
import org.casereviews.agency.Agency;
import org.casereviews.shared.ReferenceDataService;
import org.casereviews.shared.Today;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** /admin/actions/: the actions of every review, soonest due first, by agency and overdue. */
@Named
@ViewScoped
public class ActionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ActionService service;

  @EJB private ReferenceDataService referenceData;

  private Long agencyId;
  private boolean overdueOnly;

  private final LazyDataModel<ActionPlanItem> actions =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) service.count(agencyId, overdueOnly);
        }

        @Override
        public List<ActionPlanItem> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return service.search(agencyId, overdueOnly, first, pageSize);
        }
      };

  public String rag(ActionPlanItem action) {
    return action.rag(Today.inEngland()).name();
  }

  public String ragLabel(ActionPlanItem action) {
    return action.rag(Today.inEngland()).getLabel();
  }

  public LazyDataModel<ActionPlanItem> getActions() {
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
