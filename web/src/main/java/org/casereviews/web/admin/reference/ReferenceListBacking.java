package org.casereviews.web.admin.reference;

import jakarta.ejb.EJB;
import java.io.Serializable;
import java.util.List;
import org.casereviews.shared.ReferenceDataService;
import org.casereviews.shared.ReferenceItem;
import org.casereviews.web.Messages;

/**
 * One reference list screen (agencies, review themes): the entries, a form to add one, renaming in
 * place, and retiring or bringing back an entry. The page is
 * /WEB-INF/includes/reference-list.xhtml.
 */
public abstract class ReferenceListBacking<T extends ReferenceItem> implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ReferenceDataService service;

  private List<T> items;
  private String newCode;
  private String newName;

  protected abstract Class<T> type();

  /** What one entry is called on the page, such as "agency". */
  public abstract String getNoun();

  public List<T> getItems() {
    if (items == null) {
      items = service.list(type());
    }
    return items;
  }

  public void add() {
    T created = Messages.attempt(() -> service.create(type(), newCode, newName));
    if (created != null) {
      Messages.info("Added " + created.getName() + ".");
      newCode = null;
      newName = null;
      items = null;
    }
  }

  public void rename(T item) {
    T saved =
        Messages.attempt(
            () -> service.rename(type(), item.getId(), item.getVersion(), item.getName()));
    if (saved != null) {
      Messages.info("Renamed to " + saved.getName() + ".");
    }
    items = null;
  }

  public void toggleActive(T item) {
    T saved = Messages.attempt(() -> service.setActive(type(), item.getId(), !item.isActive()));
    if (saved != null) {
      Messages.info(
          saved.getName()
              + (saved.isActive()
                  ? " can be chosen again."
                  : " is retired: it can no longer be chosen."));
    }
    items = null;
  }

  public String getNewCode() {
    return newCode;
  }

  public void setNewCode(String newCode) {
    this.newCode = newCode;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }
}
