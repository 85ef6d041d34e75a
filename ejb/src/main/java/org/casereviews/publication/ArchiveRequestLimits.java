package org.casereviews.publication;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.shared.TooManyRequestsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The abuse limits of the public request form: at most {@code
 * casereviews.archive-requests.per-hour} requests an hour from one network address and for one
 * e-mail address, counted in the database so that the limit holds across a cluster; and the forms
 * answered without storing anything (a robot's filled-in trap field, a sender over the limit), each
 * counted and audited. A network address is only ever kept as its HMAC-SHA256 under {@code
 * casereviews.archive-requests.address-secret}, or a secret generated once into the database.
 */
@Stateless
@PermitAll
public class ArchiveRequestLimits {

  /** Why a form was answered without storing anything. */
  public enum Cause {
    TRAP,
    OVER_LIMIT
  }

  static final Duration WINDOW = Duration.ofHours(1);

  @PersistenceContext private EntityManager em;

  @EJB private AuditTrail audit;

  @Resource private SessionContext context;

  @Inject
  @ConfigProperty(name = "casereviews.archive-requests.per-hour", defaultValue = "5")
  int perHour;

  @Inject
  @ConfigProperty(name = "casereviews.archive-requests.address-secret")
  Optional<String> addressSecret;

  /** The keyed hash of a network address, as it is stored. */
  public String addressHash(String address) {
    String secret =
        addressSecret
            .filter(s -> !s.isBlank())
            .orElseGet(
                () ->
                    (String)
                        em.createNativeQuery(
                                "SELECT secret FROM application_secret"
                                    + " WHERE name = 'archive-request-address'")
                            .getSingleResult());
    return hmac(secret, address == null ? "" : address);
  }

  /** Refuses (and counts) a request over the hourly limit for its address or e-mail address. */
  public void check(String addressHash, String email, Long reviewId, Instant now) {
    Timestamp since = Timestamp.from(now.minus(WINDOW));
    long fromAddress = count("address_hash", addressHash, since);
    long forEmail = count("email", email, since);
    if (fromAddress >= perHour || forEmail >= perHour) {
      context
          .getBusinessObject(ArchiveRequestLimits.class)
          .refused(Cause.OVER_LIMIT, addressHash, reviewId);
      throw new TooManyRequestsException(
          "We have already received "
              + perHour
              + " requests from you within the last hour, the most we accept. Please try again"
              + " in an hour.",
          WINDOW.toSeconds());
    }
  }

  /**
   * Counts and audits a form answered without storing it, whatever happens to the caller's work.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void refused(Cause cause, String addressHash, Long reviewId) {
    long id =
        ((Number)
                em.createNativeQuery("SELECT nextval('archive_request_refusal_seq')")
                    .getSingleResult())
            .longValue();
    em.createNativeQuery(
            "INSERT INTO archive_request_refusal (id, refused_at, address_hash, review_id, cause)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, id)
        .setParameter(2, Timestamp.from(Instant.now()))
        .setParameter(3, addressHash)
        .setParameter(4, reviewId)
        .setParameter(5, cause.name())
        .executeUpdate();
    audit.record(
        AuditAction.ACCESS_DENIED,
        ArchiveRequestService.RECORD_TYPE,
        null,
        (cause == Cause.TRAP
                ? "request form with its trap field filled in (a robot): nothing stored"
                : "request over the hourly limit of " + perHour + ": nothing stored")
            + (reviewId == null ? "" : ", review " + reviewId));
  }

  private long count(String column, String value, Timestamp since) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM archive_request WHERE "
                        + column
                        + " = ?1 AND received_at > ?2")
                .setParameter(1, value)
                .setParameter(2, since)
                .getSingleResult())
        .longValue();
  }

  static String hmac(String secret, String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
