package org.casereviews.web.admin.actions;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.casereviews.action.ActionNote;
import org.casereviews.action.ActionPlanItem;
import org.casereviews.action.ActionService;
import org.casereviews.action.ActionStatus;
import org.casereviews.action.AssuranceDecision;
import org.casereviews.action.EvidenceInfo;
import org.casereviews.action.EvidenceService;
import org.casereviews.action.Slippage;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.Today;
import org.casereviews.web.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * /admin/actions/view.xhtml?id=: one action. The owning agency reports progress and adds evidence;
 * the partnership records assurance, closes it, or moves its due date with the reason.
 */
@Named
@ViewScoped
public class ActionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ActionService service;

  @EJB private EvidenceService evidence;

  private Long id;
  private ActionPlanItem action;
  private String refusal;
  private ActionStatus status;
  private String note;
  private String notAchievableReason;
  private AssuranceDecision decision;
  private String assuranceNote;
  private LocalDate newDue;
  private String slippageReason;
  private transient UploadedFile file;

  /** Runs once when the page opens (f:viewAction). */
  public void load() {
    if (id == null) {
      refusal = "No action was chosen.";
      return;
    }
    try {
      action = service.get(id);
      status = action.getStatus().isAgencyStatus() ? action.getStatus() : null;
    } catch (BusinessException e) {
      // not found, or another agency's action (the service has audited the attempt)
      refusal = e.getMessage();
    }
  }

  public void reportProgress() throws IOException {
    if (Messages.attempt(
            () ->
                service.reportProgress(id, action.getVersion(), status, note, notAchievableReason))
        != null) {
      reopen("Progress recorded.");
    }
  }

  public void recordAssurance() throws IOException {
    ActionPlanItem saved =
        Messages.attempt(
            () -> service.recordAssurance(id, action.getVersion(), decision, assuranceNote));
    if (saved != null) {
      reopen(
          "Assurance recorded: the action is now "
              + saved.getStatus().getLabel().toLowerCase()
              + ".");
    }
  }

  public void close() throws IOException {
    if (Messages.attempt(() -> service.close(id, action.getVersion(), assuranceNote)) != null) {
      reopen("The action is closed.");
    }
  }

  public void changeDueDate() throws IOException {
    if (Messages.attempt(
            () -> service.changeDueDate(id, action.getVersion(), newDue, slippageReason))
        != null) {
      reopen("The due date has moved; the change is kept as slippage.");
    }
  }

  public void addEvidence() throws IOException {
    if (file == null || file.getSize() == 0) {
      Messages.error("file", "Choose the evidence file to add.");
      return;
    }
    if (file.getSize() > evidence.getMaxBytes()) {
      Messages.error(
          "file",
          file.getFileName()
              + " is larger than the limit of "
              + evidence.getMaxSize()
              + " for evidence files.");
      return;
    }
    byte[] content;
    try (InputStream in = file.getInputStream()) {
      content = in.readAllBytes();
    }
    EvidenceInfo added = Messages.attempt(() -> evidence.add(id, file.getFileName(), content));
    if (added != null) {
      reopen(added.fileName() + " added as evidence.");
    }
  }

  private void reopen(String message) throws IOException {
    Messages.info(message);
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/admin/actions/view.xhtml?id=" + id);
  }

  public long getDaysOverdue() {
    return action.daysOverdue(Today.inEngland());
  }

  public List<ActionNote> getNotes() {
    return service.notes(id);
  }

  public List<Slippage> getSlippage() {
    return service.slippage(id);
  }

  public List<EvidenceInfo> getEvidence() {
    return evidence.list(id);
  }

  public List<ActionStatus> getAgencyStatuses() {
    return List.of(
        ActionStatus.NOT_STARTED,
        ActionStatus.IN_PROGRESS,
        ActionStatus.AWAITING_ASSURANCE,
        ActionStatus.NOT_ACHIEVABLE);
  }

  public AssuranceDecision[] getDecisions() {
    return AssuranceDecision.values();
  }

  public boolean isChangeable() {
    return action.getStatus() != ActionStatus.ASSURED && action.getStatus() != ActionStatus.CLOSED;
  }

  public boolean isMissing() {
    return action == null;
  }

  public String getRefusal() {
    return refusal;
  }

  public ActionPlanItem getAction() {
    return action;
  }

  public String getMaxSize() {
    return evidence.getMaxSize();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ActionStatus getStatus() {
    return status;
  }

  public void setStatus(ActionStatus status) {
    this.status = status;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getNotAchievableReason() {
    return notAchievableReason;
  }

  public void setNotAchievableReason(String notAchievableReason) {
    this.notAchievableReason = notAchievableReason;
  }

  public AssuranceDecision getDecision() {
    return decision;
  }

  public void setDecision(AssuranceDecision decision) {
    this.decision = decision;
  }

  public String getAssuranceNote() {
    return assuranceNote;
  }

  public void setAssuranceNote(String assuranceNote) {
    this.assuranceNote = assuranceNote;
  }

  public LocalDate getNewDue() {
    return newDue;
  }

  public void setNewDue(LocalDate newDue) {
    this.newDue = newDue;
  }

  public String getSlippageReason() {
    return slippageReason;
  }

  public void setSlippageReason(String slippageReason) {
    this.slippageReason = slippageReason;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
