package org.casereviews.cdop;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;

/**
 * The SQL of deciding a possible match. It works on the tables the import writes set-based (the
 * entities have no setters), and takes the import's merge lock first, so that a decision and an
 * import never make two records of one child at the same time.
 */
final class MatchStatements {

  private final EntityManager em;
  private final Timestamp now;
  private final String user;

  MatchStatements(EntityManager em, Timestamp now, String user) {
    this.em = em;
    this.now = now;
    this.user = user;
  }

  void lock() {
    em.createNativeQuery("SELECT id FROM death_merge_lock WHERE id = 1 FOR UPDATE").getResultList();
  }

  /** Marks an open match decided; 0 when it was not open. */
  int decide(long matchId, DeathMatch.State state) {
    return update(
        "UPDATE death_match SET state = ?1, decided_by = ?2, decided_at = ?3"
            + " WHERE id = ?4 AND state = 'OPEN'",
        state.name(),
        user,
        now,
        matchId);
  }

  int attach(long notification, long record) {
    return update(
        "UPDATE death_notification SET child_death_id = ?1, updated_at = ?2"
            + " WHERE id = ?3 AND child_death_id IS NULL",
        record,
        now,
        notification);
  }

  /** A notification on a record waits for no other decision: its other matches close. */
  void closeOtherMatches(long notification, long decidedMatch) {
    update(
        "UPDATE death_match SET state = 'REJECTED', decided_by = ?1, decided_at = ?2"
            + " WHERE notification_id = ?3 AND id <> ?4 AND state = 'OPEN'",
        user,
        now,
        notification,
        decidedMatch);
  }

  /** What the record's identity lacks, taken from the notification confirmed onto it. */
  void fillIdentity(long notification, long record) {
    StringBuilder set = new StringBuilder();
    for (String column : new String[] {"nhs_number", "family_name", "given_names", "postcode"}) {
      set.append(set.isEmpty() ? "" : ", ")
          .append(column)
          .append(" = COALESCE(i.")
          .append(column)
          .append(", (SELECT n.")
          .append(column)
          .append(" FROM death_notification n WHERE n.id = ?1))");
    }
    update(
        "UPDATE child_death_identity i SET " + set + " WHERE i.child_death_id = ?2",
        notification,
        record);
    // a postcode learnt moves the death to a deprivation decile
    CountedYears.postcodeLearnt(em, record);
  }

  long openMatches(long notification) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM death_match WHERE notification_id = ?1 AND state = 'OPEN'")
                .setParameter(1, notification)
                .getSingleResult())
        .longValue();
  }

  /**
   * A record number from the records' sequence: the application's entities take theirs in blocks of
   * the sequence's own increment, so a number taken here is never handed out twice.
   */
  long nextRecordId() {
    return ((Number) em.createNativeQuery("SELECT nextval('child_death_seq')").getSingleResult())
        .longValue();
  }

  /**
   * Makes a record of the notification, as the import makes one (see NotificationMerge): its facts,
   * its identity apart, a Joint Agency Response for an unexpected death, the audit of its making.
   * Returns 0 when the notification is on a record already.
   */
  int createRecord(long notification, long record) {
    int made =
        update(
            "INSERT INTO child_death (id, sex, date_of_birth, date_of_death, age_days,"
                + " place_of_death, ethnicity, expected, looked_after, joint_agency_response,"
                + " status, first_notification_id, created_at, created_by, version,"
                + " deprivation_decile)"
                + " SELECT ?1, n.sex, n.date_of_birth, n.date_of_death, n.age_days,"
                + " n.place_of_death, n.ethnicity, n.expected, n.looked_after,"
                + " CASE WHEN n.expected = 'UNEXPECTED' THEN TRUE ELSE FALSE END, 'NOTIFIED',"
                + " n.id, ?2, ?3, 1, "
                + CountedYears.DECILE_OF_NOTIFICATION
                + " FROM death_notification n"
                + " WHERE n.id = ?4 AND n.child_death_id IS NULL",
            record,
            now,
            user,
            notification);
    if (made == 0) {
      return 0;
    }
    update(
        "INSERT INTO child_death_identity (child_death_id, nhs_number, family_name, given_names,"
            + " postcode) SELECT ?1, n.nhs_number, n.family_name, n.given_names, n.postcode"
            + " FROM death_notification n WHERE n.id = ?2",
        record,
        notification);
    CountedYears.changed(em, record);
    return attach(notification, record);
  }

  private int update(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.executeUpdate();
  }
}
