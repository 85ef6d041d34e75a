package org.casereviews.publication;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.NotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The download links of approved requests: a random token that only the requester's e-mail holds
 * (the database keeps its SHA-256), valid for {@code casereviews.archive-requests.link-valid} (ISO
 * duration, 14 days unless set), under {@code casereviews.public.base-url} when set. Opening a
 * document through a link is logged in {@code archive_download} and audited; refusals are audited
 * even though the caller's work is undone.
 */
@Dependent
class ArchiveRequestLinks {

  private static final SecureRandom RANDOM = new SecureRandom();

  static final String NOT_VALID =
      "This download link is not valid. Check that you opened the whole link from the e-mail, or"
          + " ask for the report again.";

  @PersistenceContext private EntityManager em;

  @EJB private AuditTrail audit;

  @EJB private PublicReviews publicReviews;

  @Inject
  @ConfigProperty(name = "casereviews.archive-requests.link-valid", defaultValue = "P14D")
  String linkValid;

  @Inject
  @ConfigProperty(name = "casereviews.public.base-url")
  Optional<String> publicBaseUrl;

  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  Duration validFor() {
    try {
      Duration valid = Duration.parse(linkValid.strip());
      if (valid.isNegative() || valid.isZero()) {
        throw new DateTimeParseException("not a positive duration", linkValid, 0);
      }
      return valid;
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          "casereviews.archive-requests.link-valid is '"
              + linkValid
              + "': give an ISO duration such as P14D (fourteen days) or PT48H (48 hours).",
          e);
    }
  }

  /** The application's public address: the configured one, else the one the officer used. */
  String base(String requestBaseUrl) {
    String base =
        publicBaseUrl
            .filter(url -> !url.isBlank())
            .orElse(requestBaseUrl == null ? "" : requestBaseUrl);
    if (base.isBlank()) {
      throw new BusinessException(
          "The public address of the application is not known: ask the server administrator to"
              + " set casereviews.public.base-url.");
    }
    return base.strip().replaceAll("/+$", "");
  }

  String download(String base, String token) {
    return base + "/public/archived.xhtml?token=" + token;
  }

  String askAgain(String base, ArchiveRequest request) {
    return base + "/public/request-archived.xhtml?review=" + request.getReview().getId();
  }

  ArchiveAccess access(String token) {
    ArchiveRequest request = approved(token);
    PublicReview review =
        publicReviews
            .find(request.getReview().getId())
            .orElseThrow(() -> refused(request.getId(), "review no longer published"));
    return new ArchiveAccess(
        request.getId(), request.getRequesterName(), request.getLinkExpiresAt(), review);
  }

  StoredFile open(String token, long documentId) {
    ArchiveRequest request = approved(token);
    ReviewDocument document = em.find(ReviewDocument.class, documentId);
    if (document == null
        || !document.getReview().getId().equals(request.getReview().getId())
        || !document.isPublicDocument()
        || document.getCurrent() == null) {
      throw refused(request.getId(), "document " + documentId + " is not one of the review's");
    }
    em.persist(new ArchiveDownload(request, document, Instant.now()));
    audit.record(
        AuditAction.READ,
        ArchiveRequestService.RECORD_TYPE,
        request.getId(),
        "archived report downloaded: document "
            + documentId
            + ", "
            + document.getCurrent().getFileName());
    return StoredFile.of(document.getCurrent());
  }

  private ArchiveRequest approved(String token) {
    ArchiveRequest request =
        token == null || token.isBlank() || token.length() > 100
            ? null
            : em.createQuery(
                    "select a from ArchiveRequest a where a.tokenHash = :hash"
                        + " and a.state = :approved",
                    ArchiveRequest.class)
                .setParameter("hash", hash(token.strip()))
                .setParameter("approved", ArchiveRequestState.APPROVED)
                .getResultStream()
                .findFirst()
                .orElse(null);
    if (request == null) {
      throw refused(null, "unknown link");
    }
    if (request.isExpiredAt(Instant.now())) {
      audit.recordRegardless(
          AuditAction.ACCESS_DENIED,
          ArchiveRequestService.RECORD_TYPE,
          request.getId(),
          "download link used after it expired on " + request.getLinkExpiresAt());
      throw new ArchiveLinkExpiredException(
          request.getLinkExpiresAt(), request.getReview().getId());
    }
    return request;
  }

  private NotFoundException refused(Long requestId, String why) {
    audit.recordRegardless(
        AuditAction.ACCESS_DENIED,
        ArchiveRequestService.RECORD_TYPE,
        requestId,
        "archived report link refused: " + why);
    return new NotFoundException(NOT_VALID);
  }
}
