package org.casereviews.cdop;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.security.Roles;
import org.casereviews.shared.ConflictException;
import org.casereviews.shared.NotFoundException;

/**
 * The possible matches the import could not settle, waiting for a CDOP officer: confirmed, the
 * notification goes onto the record and its other possible matches close; rejected, and with no
 * other match left to decide, the notification becomes a record of its own. The officer sees both
 * children's identities to decide, so each record shown is audited as a read of its identity.
 */
@Stateless
@RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.CDOP_OFFICER})
public class MatchQueue {

  private static final String MATCH_TYPE = "DeathMatch";

  @PersistenceContext private EntityManager em;

  @EJB private AuditTrail audit;

  @Inject private Event<DeathsChanged> deathsChanged;

  /** The open matches, the longest waiting first; each record's identity read audited. */
  public List<PossibleMatch> open(int first, int max) {
    List<DeathMatch> matches =
        em.createQuery(
                "SELECT m FROM DeathMatch m WHERE m.state = :open ORDER BY m.foundAt, m.id",
                DeathMatch.class)
            .setParameter("open", DeathMatch.State.OPEN)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList();
    return matches.stream().map(this::shown).toList();
  }

  public long countOpen() {
    return em.createQuery("SELECT COUNT(m) FROM DeathMatch m WHERE m.state = :open", Long.class)
        .setParameter("open", DeathMatch.State.OPEN)
        .getSingleResult();
  }

  /** The notification is of the record's child: it goes onto the record. */
  public MatchDecision confirm(long matchId) {
    MatchStatements sql = statements();
    DeathMatch match = decide(sql, matchId, DeathMatch.State.CONFIRMED);
    long notification = match.getNotificationId();
    long record = match.getChildDeathId();
    if (sql.attach(notification, record) == 0) {
      throw alreadyOnARecord(notification);
    }
    sql.closeOtherMatches(notification, matchId);
    sql.fillIdentity(notification, record);
    deathsChanged.fire(new DeathsChanged());
    audit.record(
        AuditAction.UPDATE,
        ChildDeathRecords.RECORD_TYPE,
        record,
        "notification "
            + notification
            + " confirmed as this child (possible match "
            + matchId
            + ")");
    evict(notification, record);
    return new MatchDecision(matchId, notification, record, false);
  }

  /**
   * The notification is not of the record's child. When no other possible match of it is left to
   * decide, it becomes a record of its own (with a Joint Agency Response if the death was
   * unexpected).
   */
  public MatchDecision reject(long matchId) {
    MatchStatements sql = statements();
    DeathMatch match = decide(sql, matchId, DeathMatch.State.REJECTED);
    long notification = match.getNotificationId();
    evict(notification, match.getChildDeathId());
    if (sql.openMatches(notification) > 0) {
      return new MatchDecision(matchId, notification, null, false);
    }
    long record = sql.nextRecordId();
    if (sql.createRecord(notification, record) == 0) {
      throw alreadyOnARecord(notification);
    }
    deathsChanged.fire(new DeathsChanged());
    audit.record(
        AuditAction.CREATE,
        ChildDeathRecords.RECORD_TYPE,
        record,
        "from notification "
            + notification
            + ": not the same child as record "
            + match.getChildDeathId()
            + " (possible match "
            + matchId
            + ")");
    return new MatchDecision(matchId, notification, record, true);
  }

  private MatchStatements statements() {
    Instant now = Instant.now();
    MatchStatements sql = new MatchStatements(em, Timestamp.from(now), audit.callerName());
    sql.lock();
    return sql;
  }

  /** Marks the match decided, if nobody has decided it yet. */
  private DeathMatch decide(MatchStatements sql, long matchId, DeathMatch.State state) {
    DeathMatch match = em.find(DeathMatch.class, matchId);
    if (match == null) {
      throw new NotFoundException("There is no possible match number " + matchId + ".");
    }
    if (sql.decide(matchId, state) == 0) {
      throw new ConflictException(
          "match", "Possible match " + matchId + " has already been decided by someone else.");
    }
    audit.record(AuditAction.UPDATE, MATCH_TYPE, matchId, state.name().toLowerCase(Locale.ROOT));
    return match;
  }

  private PossibleMatch shown(DeathMatch match) {
    DeathNotification notification = em.find(DeathNotification.class, match.getNotificationId());
    ChildDeath record = em.find(ChildDeath.class, match.getChildDeathId());
    ChildDeathIdentity identity = em.find(ChildDeathIdentity.class, match.getChildDeathId());
    audit.record(
        AuditAction.READ,
        ChildDeathRecords.RECORD_TYPE,
        record.getId(),
        "identity, to decide possible match " + match.getId());
    return PossibleMatch.of(match, notification, record, identity, sources(record.getId()));
  }

  private String sources(long record) {
    return em.createQuery(
            "SELECT n FROM DeathNotification n WHERE n.childDeathId = :id"
                + " ORDER BY n.receivedAt, n.importId, n.importLine, n.id",
            DeathNotification.class)
        .setParameter("id", record)
        .getResultStream()
        .map(n -> n.getSourceSystem() + " " + n.getSourceRef())
        .collect(Collectors.joining(", "));
  }

  /** The decisions are written in SQL, past the entities and so past their shared cache. */
  private void evict(long notification, long record) {
    var cache = em.getEntityManagerFactory().getCache();
    cache.evict(DeathMatch.class);
    cache.evict(DeathNotification.class, notification);
    cache.evict(ChildDeathIdentity.class, record);
  }

  private static ConflictException alreadyOnARecord(long notification) {
    return new ConflictException(
        "match", "Notification " + notification + " has already been put on a record.");
  }
}
