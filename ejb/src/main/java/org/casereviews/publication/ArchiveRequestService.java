package org.casereviews.publication;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.review.Review;
import org.casereviews.review.ReviewStatus;
import org.casereviews.security.Roles;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.ConflictException;
import org.casereviews.shared.NotFoundException;
import org.casereviews.shared.mail.MailSender;
import org.casereviews.shared.mail.MailSessionMissingException;

/**
 * Requests for the reports of archived reviews (DOMAIN.md section 3: archived reports stay
 * "available on request"). Anyone may ask, within the limits of {@link ArchiveRequestLimits};
 * review officers and partnership administrators approve (the requester is e-mailed a link that
 * works for {@code casereviews.archive-requests.link-valid}) or decline with the reason. Every
 * request, answer and download is kept and audited.
 */
@Stateless
@RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER})
public class ArchiveRequestService {

  static final String RECORD_TYPE = "ArchiveRequest";

  @PersistenceContext private EntityManager em;

  @EJB private AuditTrail audit;

  @EJB private PublicReviews publicReviews;

  @EJB private ArchiveRequestLimits limits;

  @Inject private ArchiveRequestLinks links;

  @Inject private MailSender mail;

  /** An archived review as the request form shows it, or empty when it is not archived. */
  @PermitAll
  public Optional<PublicReview> archivedReview(long reviewId) {
    return publicReviews.find(reviewId).filter(PublicReview::archived);
  }

  /**
   * Receives a request from the network address {@code clientAddress}.
   *
   * @throws org.casereviews.shared.TooManyRequestsException over the hourly limit
   */
  @PermitAll
  public ArchiveRequest submit(@NotNull @Valid ArchiveRequestForm form, String clientAddress) {
    Review review = em.find(Review.class, form.reviewId());
    if (review == null || review.getStatus() != ReviewStatus.ARCHIVED) {
      throw new BusinessException(
          "reviewId",
          "Only the reports of archived reviews are sent on request; the reports of the other"
              + " published reviews are on the public page.");
    }
    Instant now = Instant.now();
    String addressHash = limits.addressHash(clientAddress);
    limits.check(
        addressHash, ArchiveRequestForm.normalisedEmail(form.email()), review.getId(), now);
    ArchiveRequest request = new ArchiveRequest(review, form, now, addressHash);
    em.persist(request);
    em.flush();
    audit.record(
        AuditAction.CREATE,
        RECORD_TYPE,
        request.getId(),
        "request for the archived report of " + review.getReference());
    return request;
  }

  /** A form whose trap field was filled in (a robot): counted and audited, nothing stored. */
  @PermitAll
  public void trapped(Long reviewId, String clientAddress) {
    limits.refused(ArchiveRequestLimits.Cause.TRAP, limits.addressHash(clientAddress), reviewId);
  }

  /** The requests in a state (all when {@code state} is null), newest first. */
  public List<ArchiveRequest> queue(ArchiveRequestState state) {
    TypedQuery<ArchiveRequest> query =
        em.createQuery(
            "select a from ArchiveRequest a join fetch a.review"
                + (state == null ? "" : " where a.state = :state")
                + " order by a.receivedAt desc, a.id desc",
            ArchiveRequest.class);
    if (state != null) {
      query.setParameter("state", state);
    }
    return query.setMaxResults(500).getResultList();
  }

  public ArchiveRequest get(long id) {
    return Optional.ofNullable(em.find(ArchiveRequest.class, id))
        .orElseThrow(() -> new NotFoundException("There is no request " + id + "."));
  }

  /** The downloads through a request's link, oldest first. */
  public List<ArchiveDownload> downloads(long requestId) {
    return em.createQuery(
            "select d from ArchiveDownload d join fetch d.document join fetch d.file"
                + " where d.request.id = :id order by d.downloadedAt, d.id",
            ArchiveDownload.class)
        .setParameter("id", requestId)
        .getResultList();
  }

  /**
   * Approves a request and e-mails the requester a download link under {@code
   * casereviews.public.base-url}, or else under {@code requestBaseUrl} (the address the officer
   * reached the application at, such as {@code https://scp.example.gov.uk/casereviews}). When the
   * e-mail cannot be sent nothing changes and the reason is given.
   */
  public ArchiveRequest approve(long id, long version, String requestBaseUrl) {
    ArchiveRequest request = waiting(id, version);
    Instant now = Instant.now();
    String token = ArchiveRequestLinks.newToken();
    request.approve(
        now, audit.callerName(), ArchiveRequestLinks.hash(token), now.plus(links.validFor()));
    em.flush();
    String base = links.base(requestBaseUrl);
    send(
        request,
        ArchiveRequestLetters.approved(
            request, links.download(base, token), links.askAgain(base, request)));
    audit.record(
        AuditAction.UPDATE,
        RECORD_TYPE,
        id,
        "approved; link e-mailed, valid until " + request.getLinkExpiresAt());
    return request;
  }

  /** Declines a request and e-mails the requester the reason. */
  public ArchiveRequest decline(
      long id,
      long version,
      @NotNull(message = "Say why the request is declined: the requester is told.") String reason) {
    ArchiveRequest request = waiting(id, version);
    if (reason.isBlank()) {
      throw new BusinessException(
          "declineReason", "Say why the request is declined: the requester is told.");
    }
    if (reason.strip().length() > 2000) {
      throw new BusinessException("declineReason", "Keep the reason to 2000 characters.");
    }
    request.decline(Instant.now(), audit.callerName(), reason.strip());
    em.flush();
    send(request, ArchiveRequestLetters.declined(request));
    audit.record(AuditAction.UPDATE, RECORD_TYPE, id, "declined: " + request.getDeclineReason());
    return request;
  }

  /** What an approved request's link opens; refused (and audited) when unknown or expired. */
  @PermitAll
  public ArchiveAccess access(String token) {
    return links.access(token);
  }

  /**
   * A document of the archived review through an approved request's link: the download is logged
   * and audited. The file's pieces then come from {@link DocumentService#chunk}.
   */
  @PermitAll
  public StoredFile openByToken(String token, long documentId) {
    return links.open(token, documentId);
  }

  private ArchiveRequest waiting(long id, long version) {
    ArchiveRequest request = get(id);
    if (request.getVersion() != version) {
      throw new ConflictException(
          "version", "Someone else answered this request in the meantime: reload the queue.");
    }
    if (request.getState() != ArchiveRequestState.WAITING) {
      throw new BusinessException(
          "This request was already "
              + request.getState().getLabel().toLowerCase()
              + " by "
              + request.getDecidedBy()
              + ".");
    }
    return request;
  }

  private void send(ArchiveRequest request, String body) {
    String to = request.getEmail();
    try {
      mail.send(List.of(to), ArchiveRequestLetters.subject(request.getReview()), body);
    } catch (MailSessionMissingException e) {
      throw new BusinessException(e.getMessage() + " The request is unchanged.");
    } catch (MessagingException e) {
      throw new BusinessException(
          "The e-mail to "
              + to
              + " could not be sent ("
              + MailSender.serverAnswer(e)
              + "), so the request is unchanged. Check the address, or try again later.");
    }
  }
}
