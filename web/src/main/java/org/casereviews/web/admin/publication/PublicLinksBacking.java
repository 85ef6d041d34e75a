package org.casereviews.web.admin.publication;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.casereviews.publication.LinkSection;
import org.casereviews.publication.PublicLink;
import org.casereviews.publication.PublicLinkService;
import org.casereviews.web.Messages;

/**
 * /admin/publication/links.xhtml: the links of the public page in its order, a form to add one or
 * change one, and moving a link up or down within its section and collection, or removing it.
 */
@Named
@ViewScoped
public class PublicLinksBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PublicLinkService service;

  private transient List<PublicLink> links;
  private LinkForm form = new LinkForm();

  public List<PublicLink> getLinks() {
    if (links == null) {
      links = service.list();
    }
    return links;
  }

  public void save() {
    boolean adding = form.isNew();
    PublicLink saved =
        Messages.attempt(
            () ->
                service.save(form.applyTo(adding ? new PublicLink() : service.get(form.getId()))));
    if (saved != null) {
      Messages.info((adding ? "Added " : "Saved ") + "'" + saved.getTitle() + "'.");
      form = new LinkForm();
      links = null;
    }
  }

  public void edit(PublicLink link) {
    PublicLink current = Messages.attempt(() -> service.get(link.getId()));
    if (current != null) {
      form = LinkForm.of(current);
    }
    links = null;
  }

  public void cancel() {
    form = new LinkForm();
  }

  public void remove(PublicLink link) {
    Boolean removed =
        Messages.attempt(
            () -> {
              service.remove(link.getId());
              return true;
            });
    if (removed != null) {
      Messages.info("Removed '" + link.getTitle() + "' from the public page.");
      if (Objects.equals(form.getId(), link.getId())) {
        form = new LinkForm();
      }
    }
    links = null;
  }

  public void move(PublicLink link, boolean earlier) {
    Messages.attempt(() -> service.move(link.getId(), earlier));
    links = null;
  }

  /** Whether the link is the first of its section and collection (it cannot move up). */
  public boolean isFirst(PublicLink link) {
    int at = getLinks().indexOf(link);
    return at <= 0 || !together(getLinks().get(at - 1), link);
  }

  /** Whether the link is the last of its section and collection (it cannot move down). */
  public boolean isLast(PublicLink link) {
    int at = getLinks().indexOf(link);
    return at < 0 || at == getLinks().size() - 1 || !together(getLinks().get(at + 1), link);
  }

  /** The collection names in use, offered while typing one. */
  public List<String> getCollections() {
    return getLinks().stream()
        .map(PublicLink::getCollection)
        .filter(Objects::nonNull)
        .distinct()
        .sorted()
        .toList();
  }

  public LinkSection[] getSections() {
    return LinkSection.values();
  }

  public LinkForm getForm() {
    return form;
  }

  private static boolean together(PublicLink a, PublicLink b) {
    return a.getSection() == b.getSection() && Objects.equals(a.getCollection(), b.getCollection());
  }
}
