package org.casereviews.publication;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.review.ReviewService;
import org.casereviews.security.Roles;
import org.casereviews.shared.BusinessException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The archive: every published review whose publication is more than {@code
 * casereviews.archive.after} (ISO period, three years unless set) before the day of the run becomes
 * archived, unless it is held. Its documents then leave the public page, except the kinds in {@code
 * casereviews.archive.keep-public} (the briefings unless set), which stay: they follow their
 * review's status ({@link ReviewDocument#withdrawnOn}), so archiving writes no document row.
 *
 * <p>Set-based: a handful of SQL statements over the whole table, whatever the number of reviews,
 * each review and its move kept in the review's history and the audit trail. A second run on the
 * same day finds nothing due. The day is an input, never the clock, so the archive of any day can
 * be run and tested.
 */
@Stateless
@RolesAllowed(Roles.PARTNERSHIP_ADMIN)
public class ArchiveService {

  static final String RECORD_TYPE = "Archive";

  /** Who the archive's changes are recorded as, in the reviews' histories. */
  static final String ARCHIVE_JOB = "archive job";

  @PersistenceContext private EntityManager em;

  @EJB private ReviewService reviews;

  @EJB private AuditTrail audit;

  @Inject
  @ConfigProperty(name = "casereviews.archive.after", defaultValue = "P3Y")
  String after;

  @Inject
  @ConfigProperty(
      name = "casereviews.archive.keep-public",
      defaultValue = "PRACTITIONER_BRIEFING,BRIEFING_NOTE")
  String keepPublic;

  /**
   * Archives what is due on {@code asOf} and says what it did. A run first locks the archive's one
   * row, so that a second run at the same time waits for this one and then finds nothing due; the
   * statements after it therefore all see the same reviews due.
   */
  public ArchiveOutcome archiveDue(LocalDate asOf) {
    em.createNativeQuery("SELECT id FROM archive_lock WHERE id = 1 FOR UPDATE").getSingleResult();
    Period period = period(after);
    LocalDate cutoff = asOf.minus(period);
    long run =
        ((Number) em.createNativeQuery("SELECT nextval('archive_run_seq')").getSingleResult())
            .longValue();
    Timestamp now = Timestamp.from(Instant.now());
    int held = count("SELECT COUNT(*) FROM review r WHERE " + due(1) + " AND " + HELD, cutoff);
    keepHistory(run, asOf, cutoff, now, "Published more than " + describe(period) + " before");
    // the documents follow their review (ReviewDocument.withdrawnOn): nothing to write, only count
    int documents =
        count(
            "SELECT COUNT(*) FROM review_document d JOIN review r ON r.id = d.review_id WHERE "
                + due(1)
                + " AND NOT "
                + HELD
                + " AND d.public_document = TRUE"
                + keptKindsClause(keptPublic()),
            cutoff);
    int archived =
        update(
            "UPDATE review r SET status = 'ARCHIVED', archived_on = ?1, version = version + 1"
                + " WHERE "
                + due(2)
                + " AND NOT "
                + HELD,
            Date.valueOf(asOf),
            Date.valueOf(cutoff));
    ArchiveOutcome outcome =
        new ArchiveOutcome(run, asOf, period, cutoff, archived, documents, held);
    update(
        "INSERT INTO archive_run (id, as_of, cutoff, ran_at, ran_by, reviews, documents, held)"
            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        run,
        Date.valueOf(asOf),
        Date.valueOf(cutoff),
        now,
        audit.callerName(),
        archived,
        documents,
        held);
    audit.record(AuditAction.UPDATE, RECORD_TYPE, run, outcome.summary());
    em.getEntityManagerFactory().getCache().evictAll();
    return outcome;
  }

  /** Each due review's move, in its history and in the audit trail, before the move itself. */
  private void keepHistory(long run, LocalDate asOf, LocalDate cutoff, Timestamp now, String why) {
    update(
        "INSERT INTO review_transition"
            + " (id, review_id, from_status, to_status, effective_on, recorded_at, recorded_by,"
            + " reason)"
            + " SELECT nextval('review_transition_seq'), r.id, r.status, 'ARCHIVED', ?2, ?3, ?4, ?5"
            + " FROM review r WHERE "
            + due(1)
            + " AND NOT "
            + HELD,
        Date.valueOf(cutoff),
        Date.valueOf(asOf),
        now,
        ARCHIVE_JOB,
        why + " " + asOf + "; archived by run " + run + ".");
    update(
        "INSERT INTO audit_event"
            + " (id, occurred_at, username, action, record_type, record_id, detail)"
            + " SELECT nextval('audit_event_seq'), ?2, ?3, 'UPDATE', 'Review',"
            + " CAST(r.id AS VARCHAR(60)), 'status ' || r.status || ' -> ARCHIVED by archive run '"
            + " || CAST(?4 AS VARCHAR(20))"
            + " FROM review r WHERE "
            + due(1)
            + " AND NOT "
            + HELD,
        Date.valueOf(cutoff),
        now,
        audit.callerName(),
        run);
  }

  /** Holds a review back from archiving, for the reason given (kept, with who and when). */
  public ArchiveHold hold(long reviewId, String reason) {
    reviews.get(reviewId);
    if (reason == null || reason.isBlank()) {
      throw new BusinessException(
          "reason", "Say why the review is held back from archiving, such as an inquiry's hold.");
    }
    if (reason.strip().length() > 1000) {
      throw new BusinessException("reason", "Keep the reason to 1000 characters.");
    }
    if (em.find(ArchiveHold.class, reviewId) != null) {
      throw new BusinessException("reason", "This review is already held back from archiving.");
    }
    ArchiveHold hold = new ArchiveHold(reviewId, reason.strip(), Instant.now(), audit.callerName());
    em.persist(hold);
    audit.record(
        AuditAction.UPDATE, "Review", reviewId, "held back from archiving: " + hold.getReason());
    return hold;
  }

  /** Lets a held review be archived again when it is due. */
  public void release(long reviewId) {
    ArchiveHold hold = em.find(ArchiveHold.class, reviewId);
    if (hold == null) {
      throw new BusinessException("reason", "This review is not held back from archiving.");
    }
    em.remove(hold);
    audit.record(AuditAction.UPDATE, "Review", reviewId, "hold on archiving lifted");
  }

  @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER, Roles.VIEWER})
  public Optional<ArchiveHold> holdOf(long reviewId) {
    return Optional.ofNullable(em.find(ArchiveHold.class, reviewId));
  }

  /** The kinds of document that stay on the public page after their review is archived. */
  @PermitAll
  public Set<DocumentKind> keptPublic() {
    return kinds(keepPublic);
  }

  /** The period after publication when a review is archived, such as "3 years". */
  @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER, Roles.VIEWER})
  public String archivedAfter() {
    return describe(period(after));
  }

  /** Published (in full or in summary) before the cut-off, the parameter numbered {@code n}. */
  private static String due(int n) {
    return "r.status IN ('PUBLISHED', 'SUMMARY_ONLY') AND r.published_on < ?" + n;
  }

  private static final String HELD =
      "EXISTS (SELECT 1 FROM archive_hold h WHERE h.review_id = r.id)";

  /** A count whose query takes the cut-off as its parameter 1. */
  private int count(String sql, LocalDate cutoff) {
    return ((Number)
            em.createNativeQuery(sql).setParameter(1, Date.valueOf(cutoff)).getSingleResult())
        .intValue();
  }

  private int update(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.executeUpdate();
  }

  /** The SQL condition that leaves the kinds that stay public alone. */
  static String keptKindsClause(Set<DocumentKind> kept) {
    return kept.isEmpty()
        ? ""
        : kept.stream()
            .map(kind -> "'" + kind.name() + "'")
            .collect(Collectors.joining(", ", " AND kind NOT IN (", ")"));
  }

  static Period period(String value) {
    try {
      Period period = Period.parse(value.strip());
      if (period.isNegative() || period.isZero()) {
        throw new DateTimeParseException("not a positive period", value, 0);
      }
      return period;
    } catch (DateTimeParseException | NullPointerException e) {
      throw new IllegalStateException(
          "casereviews.archive.after is '"
              + value
              + "': give an ISO period such as P3Y (three years) or P18M (eighteen months).",
          e);
    }
  }

  static Set<DocumentKind> kinds(String value) {
    Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
    if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("none")) {
      return kinds;
    }
    Arrays.stream(value.split(","))
        .map(String::strip)
        .filter(name -> !name.isEmpty())
        .forEach(
            name -> {
              try {
                kinds.add(DocumentKind.valueOf(name.toUpperCase(Locale.ROOT)));
              } catch (IllegalArgumentException e) {
                throw new IllegalStateException(
                    "casereviews.archive.keep-public names '"
                        + name
                        + "', which is not a kind of document: use "
                        + Arrays.toString(DocumentKind.values()),
                    e);
              }
            });
    return kinds;
  }

  static String describe(Period period) {
    StringBuilder text = new StringBuilder();
    append(text, period.getYears(), "year");
    append(text, period.getMonths(), "month");
    append(text, period.getDays(), "day");
    return text.toString();
  }

  private static void append(StringBuilder text, int n, String unit) {
    if (n != 0) {
      text.append(text.isEmpty() ? "" : " ").append(n).append(' ').append(unit);
      text.append(n == 1 ? "" : "s");
    }
  }
}
