package org.casereviews.web.admin.publication;

import java.io.Serializable;
import java.time.LocalDate;
import org.casereviews.publication.LinkSection;
import org.casereviews.publication.PublicLink;

/**
 * What the links screen's form holds while it is typed in: a new link (no id) or the changes to
 * one, with the version that was read. The service checks it (Bean Validation on {@link
 * PublicLink}); a refused form keeps what was typed.
 */
public class LinkForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private long version;
  private LinkSection section;
  private String collection;
  private String title;
  private String url;
  private String note;
  private String source;
  private LocalDate dated;

  /** The form filled in with a link, to change it. */
  static LinkForm of(PublicLink link) {
    LinkForm form = new LinkForm();
    form.id = link.getId();
    form.version = link.getVersion();
    form.section = link.getSection();
    form.collection = link.getCollection();
    form.title = link.getTitle();
    form.url = link.getUrl();
    form.note = link.getNote();
    form.source = link.getSource();
    form.dated = link.getDated();
    return form;
  }

  /** Copies what was typed onto {@code link}: a new one, or the stored one being changed. */
  PublicLink applyTo(PublicLink link) {
    link.setVersion(version);
    link.setSection(section);
    link.setCollection(collection);
    link.setTitle(title);
    link.setUrl(url);
    link.setNote(note);
    link.setSource(source);
    link.setDated(dated);
    return link;
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public LinkSection getSection() {
    return section;
  }

  public void setSection(LinkSection section) {
    this.section = section;
  }

  public String getCollection() {
    return collection;
  }

  public void setCollection(String collection) {
    this.collection = collection;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public LocalDate getDated() {
    return dated;
  }

  public void setDated(LocalDate dated) {
    this.dated = dated;
  }
}
