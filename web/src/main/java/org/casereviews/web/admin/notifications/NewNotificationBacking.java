package org.casereviews.web.admin.notifications;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casereviews.agency.Agency;
import org.casereviews.notification.Notification;
import org.casereviews.notification.NotificationDetails;
import org.casereviews.notification.NotificationService;
import org.casereviews.shared.ChildDetails;
import org.casereviews.shared.Ethnicity;
import org.casereviews.shared.IncidentCategory;
import org.casereviews.shared.ReferenceDataService;
import org.casereviews.shared.Sex;
import org.casereviews.web.Messages;

/**
 * /admin/notifications/new.xhtml: an agency's significant-incident notification, with one to four
 * children. A liaison officer always reports for their own agency.
 */
@Named
@ViewScoped
public class NewNotificationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private NotificationService service;

  @EJB private ReferenceDataService referenceData;

  private Long agencyId;
  private LocalDate incidentOn;
  private LocalDate awareOn;
  private IncidentCategory category;
  private String summary;
  private List<Long> agenciesInvolved = new ArrayList<>();
  private final List<ChildDetails> children = new ArrayList<>(List.of(new ChildDetails()));

  public void addChild() {
    if (children.size() >= Notification.MAX_CHILDREN) {
      Messages.error(
          null,
          "A notification covers at most 4 children (the national form has room for 4). Send a"
              + " second notification for further children.");
      return;
    }
    children.add(new ChildDetails());
  }

  public void removeChild(int index) {
    if (children.size() > 1) {
      children.remove(index);
    }
  }

  public void submit() throws IOException {
    Notification saved =
        Messages.attempt(
            () ->
                service.submit(
                    new NotificationDetails(
                        agencyId,
                        incidentOn,
                        awareOn,
                        category,
                        summary,
                        List.copyOf(children),
                        Set.copyOf(agenciesInvolved))));
    if (saved != null) {
      Messages.info("Notification " + saved.getId() + " received. Thank you.");
      var external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(
          external.getRequestContextPath() + "/admin/notifications/view.xhtml?id=" + saved.getId());
    }
  }

  public List<Agency> getAgencies() {
    return referenceData.list(Agency.class).stream().filter(Agency::isActive).toList();
  }

  public IncidentCategory[] getCategories() {
    return IncidentCategory.values();
  }

  public Sex[] getSexes() {
    return Sex.values();
  }

  public Ethnicity[] getEthnicities() {
    return Ethnicity.values();
  }

  public List<ChildDetails> getChildren() {
    return children;
  }

  public Long getAgencyId() {
    return agencyId;
  }

  public void setAgencyId(Long agencyId) {
    this.agencyId = agencyId;
  }

  public LocalDate getIncidentOn() {
    return incidentOn;
  }

  public void setIncidentOn(LocalDate incidentOn) {
    this.incidentOn = incidentOn;
  }

  public LocalDate getAwareOn() {
    return awareOn;
  }

  public void setAwareOn(LocalDate awareOn) {
    this.awareOn = awareOn;
  }

  public IncidentCategory getCategory() {
    return category;
  }

  public void setCategory(IncidentCategory category) {
    this.category = category;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public List<Long> getAgenciesInvolved() {
    return agenciesInvolved;
  }

  public void setAgenciesInvolved(List<Long> agenciesInvolved) {
    this.agenciesInvolved = agenciesInvolved == null ? new ArrayList<>() : agenciesInvolved;
  }
}
