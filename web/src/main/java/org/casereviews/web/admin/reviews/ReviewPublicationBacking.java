package org.casereviews.web.admin.reviews;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casereviews.publication.ArchiveHold;
import org.casereviews.publication.ArchiveService;
import org.casereviews.publication.DocumentKind;
import org.casereviews.publication.DocumentService;
import org.casereviews.publication.DocumentVersion;
import org.casereviews.publication.PublicReviews;
import org.casereviews.publication.ReviewDocument;
import org.casereviews.review.Review;
import org.casereviews.review.ReviewService;
import org.casereviews.shared.BusinessException;
import org.casereviews.web.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * /admin/reviews/publication.xhtml?id=: a review's documents (add, new version, public or
 * internal), what the public page says of it, and its hold on archiving (administrators).
 */
@Named
@ViewScoped
public class ReviewPublicationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ReviewService reviews;

  @EJB private DocumentService documents;

  @EJB private PublicReviews publicReviews;

  @EJB private ArchiveService archive;

  private Long id;
  private Review review;
  private String refusal;
  private List<ReviewDocument> documentList;
  private Map<Long, List<DocumentVersion>> versions;
  private ArchiveHold hold;
  private String publicSummary;
  private DocumentKind kind;
  private String title;
  private boolean publicDocument = true;
  private Long editing;
  private String holdReason;
  private transient UploadedFile file;

  /** Runs once when the page opens (f:viewAction). */
  public void load() {
    if (id == null) {
      refusal = "No review was chosen.";
      return;
    }
    try {
      review = reviews.get(id);
      publicSummary = review.getPublicSummary();
      documentList = documents.list(id);
      versions =
          documentList.stream()
              .collect(Collectors.toMap(ReviewDocument::getId, d -> documents.versions(d.getId())));
      hold = archive.holdOf(id).orElse(null);
    } catch (BusinessException e) {
      refusal = e.getMessage();
    }
  }

  public void addDocument() throws IOException {
    if (noFile()) {
      return;
    }
    ReviewDocument added =
        upload(in -> documents.add(id, kind, title, publicDocument, file.getFileName(), in));
    if (added != null) {
      reopen(added.getKind().getLabel() + " '" + added.getTitle() + "' added.");
    }
  }

  public void addVersion() throws IOException {
    if (editing == null) {
      Messages.error("editing", "Choose the document the new file belongs to.");
      return;
    }
    if (noFile()) {
      return;
    }
    DocumentVersion added = upload(in -> documents.addVersion(editing, file.getFileName(), in));
    if (added != null) {
      reopen("Version " + added.getNumber() + " added: " + added.getFileName() + ".");
    }
  }

  /** Makes a public document internal, or the other way round. */
  public void togglePublic(ReviewDocument document) throws IOException {
    ReviewDocument changed =
        Messages.attempt(
            () ->
                documents.change(
                    document.getId(),
                    document.getVersion(),
                    document.getKind(),
                    document.getTitle(),
                    !document.isPublicDocument()));
    if (changed != null) {
      reopen(
          "'"
              + changed.getTitle()
              + "' is now "
              + (changed.isPublicDocument() ? "public." : "internal."));
    }
  }

  public void saveSummary() throws IOException {
    if (Messages.attempt(
            () -> publicReviews.setPublicSummary(id, review.getVersion(), publicSummary))
        != null) {
      reopen("The public summary is saved.");
    }
  }

  public void holdBack() throws IOException {
    if (Messages.attempt(() -> archive.hold(id, holdReason)) != null) {
      reopen("The review is held back from archiving.");
    }
  }

  public void releaseHold() throws IOException {
    if (Messages.attempt(
            () -> {
              archive.release(id);
              return Boolean.TRUE;
            })
        != null) {
      reopen("The hold is lifted: the review will be archived when it is due.");
    }
  }

  private boolean noFile() {
    if (file == null || file.getSize() == 0) {
      Messages.error("file", "Choose the file to upload.");
      return true;
    }
    if (file.getSize() > documents.getMaxBytes()) {
      Messages.error(
          "file",
          file.getFileName()
              + " is larger than the limit of "
              + documents.getMaxSize()
              + " for review documents.");
      return true;
    }
    return false;
  }

  private <T> T upload(Function<InputStream, T> store) {
    try (InputStream in = file.getInputStream()) {
      return Messages.attempt(() -> store.apply(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void reopen(String message) throws IOException {
    Messages.info(message);
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(
        external.getRequestContextPath() + "/admin/reviews/publication.xhtml?id=" + id);
  }

  public boolean isMissing() {
    return review == null;
  }

  public String getArchivedAfter() {
    return archive.archivedAfter();
  }

  public String getKeptPublic() {
    return archive.keptPublic().stream()
        .map(DocumentKind::getLabel)
        .map(String::toLowerCase)
        .collect(Collectors.joining(", "));
  }

  /** Whether a public document has left the public page with its archived review. */
  public boolean withdrawn(ReviewDocument document) {
    return document.withdrawnOn(archive.keptPublic()) != null;
  }

  public DocumentKind[] getKinds() {
    return DocumentKind.values();
  }

  public List<DocumentVersion> versionsOf(long documentId) {
    return versions.getOrDefault(documentId, List.of());
  }

  public String getMaxSize() {
    return documents.getMaxSize();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Review getReview() {
    return review;
  }

  public String getRefusal() {
    return refusal;
  }

  public List<ReviewDocument> getDocuments() {
    return documentList;
  }

  public ArchiveHold getHold() {
    return hold;
  }

  public String getPublicSummary() {
    return publicSummary;
  }

  public void setPublicSummary(String publicSummary) {
    this.publicSummary = publicSummary;
  }

  public DocumentKind getKind() {
    return kind;
  }

  public void setKind(DocumentKind kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public boolean isPublicDocument() {
    return publicDocument;
  }

  public void setPublicDocument(boolean publicDocument) {
    this.publicDocument = publicDocument;
  }

  public Long getEditing() {
    return editing;
  }

  public void setEditing(Long editing) {
    this.editing = editing;
  }

  public String getHoldReason() {
    return holdReason;
  }

  public void setHoldReason(String holdReason) {
    this.holdReason = holdReason;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
