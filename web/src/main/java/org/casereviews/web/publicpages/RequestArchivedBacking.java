package org.casereviews.web.publicpages;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.casereviews.publication.ArchiveRequestForm;
import org.casereviews.publication.ArchiveRequestService;
import org.casereviews.publication.PublicReview;
import org.casereviews.web.ClientAddress;
import org.casereviews.web.Messages;

/**
 * /public/request-archived.xhtml?review=: the form a member of the public fills in to ask for the
 * reports of an archived review. A refused form keeps what was typed; a form whose hidden {@code
 * website} field was filled in (by a robot) is thanked like any other, and nothing is stored.
 */
@Named
@ViewScoped
public class RequestArchivedBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ArchiveRequestService requests;

  @Inject private ClientAddress clientAddress;

  private Long review;
  private PublicReview archived;
  private String name;
  private String email;
  private String organisation;
  private String reason;
  private String website;
  private boolean sent;

  /** Runs once when the page opens (f:viewAction). */
  public void load() {
    archived = review == null ? null : requests.archivedReview(review).orElse(null);
  }

  public void send() {
    String address = clientAddress.of(http());
    if (website != null && !website.isBlank()) {
      requests.trapped(review, address);
      sent = true;
      return;
    }
    sent =
        Messages.attempt(
                () ->
                    requests.submit(
                        new ArchiveRequestForm(review, name, email, organisation, reason), address))
            != null;
  }

  public boolean isMissing() {
    return archived == null;
  }

  public PublicReview getArchived() {
    return archived;
  }

  public boolean isSent() {
    return sent;
  }

  public Long getReview() {
    return review;
  }

  public void setReview(Long review) {
    this.review = review;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  private static HttpServletRequest http() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }
}
