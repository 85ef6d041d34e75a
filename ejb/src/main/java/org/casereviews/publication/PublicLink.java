package org.casereviews.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A link on the public page to something the partnership points people to: a national review, a
 * review in a thematic collection (such as child sexual exploitation), another partnership's
 * review, or national guidance; with a note, its source and date.
 */
@Entity
@Table(name = "public_link")
public class PublicLink {

  @Id
  @SequenceGenerator(
      name = "public_link_seq",
      sequenceName = "public_link_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "public_link_seq")
  private Long id;

  @NotNull(message = "Choose the section of the page the link goes in.")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private LinkSection section;

  @Size(max = 200, message = "Keep the collection's name to 200 characters.")
  @Column(length = 200)
  private String collection;

  @NotBlank(message = "Give the link's title, as the public will read it.")
  @Size(max = 300, message = "Keep the title to 300 characters.")
  @Column(nullable = false, length = 300)
  private String title;

  @NotBlank(message = "Give the address the link goes to.")
  @Size(max = 1000, message = "Keep the address to 1000 characters.")
  @Pattern(
      regexp = "https?://[^\\s<>\"]+",
      message = "Give a web address starting with https:// (or http://), without spaces.")
  @Column(nullable = false, length = 1000)
  private String url;

  @Size(max = 2000, message = "Keep the note to 2000 characters.")
  @Column(length = 2000)
  private String note;

  @Size(max = 200, message = "Keep the source to 200 characters.")
  @Column(length = 200)
  private String source;

  @Column(name = "dated")
  private LocalDate dated;

  @Column(nullable = false)
  private int position;

  @Version private long version;

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
    this.collection = blankToNull(collection);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title == null ? null : title.strip();
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url == null ? null : url.strip();
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = blankToNull(note);
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = blankToNull(source);
  }

  public LocalDate getDated() {
    return dated;
  }

  public void setDated(LocalDate dated) {
    this.dated = dated;
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
