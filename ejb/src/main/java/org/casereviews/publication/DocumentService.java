package org.casereviews.publication;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.review.Review;
import org.casereviews.review.ReviewService;
import org.casereviews.security.Roles;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.ConflictException;
import org.casereviews.shared.NotFoundException;
import org.casereviews.shared.TooLargeException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The documents of a review: PDF, Word or PowerPoint files checked by their content, no larger than
 * {@code casereviews.documents.max-bytes} (50 MB unless set), stored in the database in pieces and
 * streamed in and out, with every version kept. Review officers add and change them; whoever may
 * read reviews may read them, and every download is audited.
 */
@Stateless
@RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER})
public class DocumentService {

  static final String RECORD_TYPE = "ReviewDocument";

  @PersistenceContext private EntityManager em;

  @EJB private ReviewService reviews;

  @EJB private AuditTrail audit;

  @Inject
  @ConfigProperty(name = "casereviews.documents.max-bytes", defaultValue = "52428800")
  private long maxBytes;

  /** Adds a document to a review with its first file, read from {@code content} to its end. */
  public ReviewDocument add(
      long reviewId,
      DocumentKind kind,
      String title,
      boolean publicDocument,
      String fileName,
      InputStream content) {
    Review review = reviews.get(reviewId);
    requireKind(kind);
    ReviewDocument document =
        new ReviewDocument(
            review, kind, titleOf(title), publicDocument, Instant.now(), audit.callerName());
    em.persist(document);
    DocumentVersion first = store(document, 1, fileName, content);
    audit.record(
        AuditAction.CREATE,
        RECORD_TYPE,
        document.getId(),
        "review "
            + review.getReference()
            + ": "
            + kind.getLabel()
            + " '"
            + document.getTitle()
            + "' ("
            + first.getFileName()
            + (publicDocument ? ", public)" : ", internal)"));
    return document;
  }

  /** Adds a new file to a document; the earlier ones are kept. */
  public DocumentVersion addVersion(long documentId, String fileName, InputStream content) {
    ReviewDocument document = get(documentId);
    int next =
        em.createQuery(
                    "select coalesce(max(v.number), 0) from DocumentVersion v"
                        + " where v.document = :d",
                    Integer.class)
                .setParameter("d", document)
                .getSingleResult()
            + 1;
    DocumentVersion added = store(document, next, fileName, content);
    audit.record(
        AuditAction.UPDATE,
        RECORD_TYPE,
        documentId,
        "version " + next + ": " + added.getFileName());
    return added;
  }

  /** Changes what a document is called, its kind, and whether the public may see it. */
  public ReviewDocument change(
      long documentId, long version, DocumentKind kind, String title, boolean publicDocument) {
    ReviewDocument document = get(documentId);
    requireKind(kind);
    if (document.getVersion() != version) {
      throw new ConflictException(
          "version",
          "Someone else changed this document in the meantime: reload it and try again.");
    }
    String detail =
        (document.isPublicDocument() != publicDocument
                ? (publicDocument ? "made public; " : "made internal; ")
                : "")
            + kind.getLabel()
            + " '"
            + titleOf(title)
            + "'";
    document.setKind(kind);
    document.setTitle(titleOf(title));
    document.setPublicDocument(publicDocument);
    audit.record(AuditAction.UPDATE, RECORD_TYPE, documentId, detail);
    return document;
  }

  @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER, Roles.VIEWER})
  public List<ReviewDocument> list(long reviewId) {
    reviews.get(reviewId);
    return em.createQuery(
            "select d from ReviewDocument d left join fetch d.current"
                + " where d.review.id = :id order by d.kind, d.title, d.id",
            ReviewDocument.class)
        .setParameter("id", reviewId)
        .getResultList();
  }

  @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER, Roles.VIEWER})
  public List<DocumentVersion> versions(long documentId) {
    get(documentId);
    return em.createQuery(
            "select v from DocumentVersion v where v.document.id = :id order by v.number desc",
            DocumentVersion.class)
        .setParameter("id", documentId)
        .getResultList();
  }

  @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER, Roles.VIEWER})
  public ReviewDocument get(long documentId) {
    return Optional.ofNullable(em.find(ReviewDocument.class, documentId))
        .orElseThrow(() -> new NotFoundException("There is no document " + documentId + "."));
  }

  /**
   * A document's file for a member of staff: the current version, or the version numbered {@code
   * number}. The download is audited.
   */
  @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER, Roles.VIEWER})
  public StoredFile open(long documentId, Integer number) {
    ReviewDocument document = get(documentId);
    DocumentVersion version =
        number == null
            ? document.getCurrent()
            : versions(documentId).stream()
                .filter(v -> v.getNumber() == number)
                .findFirst()
                .orElseThrow(
                    () ->
                        new NotFoundException(
                            "Document " + documentId + " has no version " + number + "."));
    audit.record(
        AuditAction.READ,
        RECORD_TYPE,
        documentId,
        "downloaded version " + version.getNumber() + ": " + version.getFileName());
    return StoredFile.of(version);
  }

  /**
   * One piece of a stored file, numbered from 0. Outside any transaction, so that a slow download
   * holds nothing open between pieces. The file comes from a method that has checked the caller.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public byte[] chunk(long versionId, int seq) {
    return (byte[])
        em.createNativeQuery("SELECT bytes FROM document_chunk WHERE version_id = ?1 AND seq = ?2")
            .setParameter(1, versionId)
            .setParameter(2, seq)
            .getSingleResult();
  }

  @PermitAll
  public long getMaxBytes() {
    return maxBytes;
  }

  /** The size limit as people read it, such as "50 MB". */
  @PermitAll
  public String getMaxSize() {
    return megabytes(maxBytes);
  }

  private DocumentVersion store(
      ReviewDocument document, int number, String fileName, InputStream content) {
    String name = fileName == null ? "" : fileName.replaceAll("[\\\\/]", "_").strip();
    DocumentFileType claimed = claimed(name);
    if (content == null) {
      throw new BusinessException("file", "Choose the file to upload.");
    }
    DocumentVersion version =
        new DocumentVersion(document, number, name, claimed, Instant.now(), audit.callerName());
    em.persist(version);
    em.flush();
    DocumentUpload.Result received =
        DocumentUpload.read(
            content,
            maxBytes,
            limit ->
                new TooLargeException(
                    "file",
                    name
                        + " is larger than the limit of "
                        + megabytes(limit)
                        + " for review documents."),
            (seq, bytes) ->
                em.createNativeQuery(
                        "INSERT INTO document_chunk (version_id, seq, bytes) VALUES (?1, ?2, ?3)")
                    .setParameter(1, version.getId())
                    .setParameter(2, seq)
                    .setParameter(3, bytes)
                    .executeUpdate());
    if (received.sizeBytes() == 0) {
      throw new BusinessException("file", name + " is empty.");
    }
    DocumentFileType actual = received.type().orElse(null);
    if (actual != claimed) {
      throw new BusinessException(
          "file",
          name
              + " is called a "
              + claimed.getLabel()
              + " but its content is "
              + (actual == null ? "not a PDF, Word or PowerPoint file" : "a " + actual.getLabel())
              + ". Upload the real file.");
    }
    version.received(received);
    document.setCurrent(version);
    return version;
  }

  private static DocumentFileType claimed(String name) {
    if (name.isEmpty()) {
      throw new BusinessException("file", "Give the file's name, such as report.pdf.");
    }
    return DocumentFileType.claimedBy(name)
        .orElseThrow(
            () ->
                new BusinessException(
                    "file",
                    name
                        + " is not a kind of file a review document may be: upload a PDF, Word"
                        + " (.docx) or PowerPoint (.pptx) file."));
  }

  private static void requireKind(DocumentKind kind) {
    if (kind == null) {
      throw new BusinessException("kind", "Choose what kind of document it is.");
    }
  }

  private static String titleOf(String title) {
    if (title == null || title.isBlank()) {
      throw new BusinessException("title", "Give the document a title, as the public will see it.");
    }
    if (title.strip().length() > 200) {
      throw new BusinessException("title", "Keep the title to 200 characters.");
    }
    return title.strip();
  }

  static String megabytes(long bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
  }
}
