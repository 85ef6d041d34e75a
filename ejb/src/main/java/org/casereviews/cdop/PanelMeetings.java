package org.casereviews.cdop;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.security.Roles;
import org.casereviews.shared.ConflictException;
import org.casereviews.shared.NotFoundException;

/**
 * The meetings of the Child Death Overview Panel and the cases each reviewed. CDOP officers and
 * administrators only; every change is audited.
 */
@Stateless
@RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.CDOP_OFFICER})
public class PanelMeetings {

  static final String RECORD_TYPE = "PanelMeeting";

  /** A meeting with the number of cases it reviewed, for the list. */
  public record Summary(PanelMeeting meeting, long cases) {}

  @PersistenceContext private EntityManager em;

  @EJB private AuditTrail audit;

  public PanelMeeting create(@NotNull @Valid MeetingDetails details) {
    PanelMeeting meeting = new PanelMeeting(details, audit.callerName());
    em.persist(meeting);
    em.flush();
    audit.record(AuditAction.CREATE, RECORD_TYPE, meeting.getId(), meeting.getTitle());
    return meeting;
  }

  public PanelMeeting update(long id, long version, @NotNull @Valid MeetingDetails details) {
    PanelMeeting meeting = get(id);
    if (meeting.getVersion() != version) {
      throw new ConflictException(
          "version",
          "Someone else changed the meeting '"
              + meeting.getTitle()
              + "' while you were working on it. Reload it and make your change again.");
    }
    meeting.apply(details);
    audit.record(AuditAction.UPDATE, RECORD_TYPE, id, meeting.getTitle());
    return meeting;
  }

  /**
   * Adds a child death record to the cases the meeting reviewed (once: adding it again is no
   * change).
   */
  public PanelMeeting addCase(long meetingId, long childDeathId) {
    PanelMeeting meeting = get(meetingId);
    ChildDeath record = em.find(ChildDeath.class, childDeathId);
    if (record == null) {
      throw new NotFoundException("There is no child death record number " + childDeathId + ".");
    }
    if (meeting.getCases().add(record)) {
      audit.record(AuditAction.UPDATE, RECORD_TYPE, meetingId, "case " + childDeathId + " added");
    }
    return meeting;
  }

  public PanelMeeting removeCase(long meetingId, long childDeathId) {
    PanelMeeting meeting = get(meetingId);
    if (meeting.getCases().removeIf(c -> c.getId() == childDeathId)) {
      audit.record(AuditAction.UPDATE, RECORD_TYPE, meetingId, "case " + childDeathId + " removed");
    }
    return meeting;
  }

  /** Every meeting, the newest first, with the number of its cases. */
  public List<Summary> list() {
    Map<Long, Long> counts =
        em
            .createQuery(
                "SELECT m.id, COUNT(c) FROM PanelMeeting m JOIN m.cases c GROUP BY m.id",
                Object[].class)
            .getResultList()
            .stream()
            .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    return em
        .createQuery(
            "SELECT m FROM PanelMeeting m ORDER BY m.heldOn DESC, m.id DESC", PanelMeeting.class)
        .getResultList()
        .stream()
        .map(m -> new Summary(m, counts.getOrDefault(m.getId(), 0L)))
        .toList();
  }

  public Optional<PanelMeeting> find(long id) {
    return Optional.ofNullable(em.find(PanelMeeting.class, id));
  }

  public PanelMeeting get(long id) {
    return find(id)
        .orElseThrow(() -> new NotFoundException("There is no panel meeting number " + id + "."));
  }

  /** The cases the meeting reviewed, by record number. */
  public List<ChildDeath> cases(long meetingId) {
    return get(meetingId).getCases().stream()
        .sorted(Comparator.comparing(ChildDeath::getId))
        .toList();
  }

  /** The meetings that reviewed a record, the newest first. */
  public List<PanelMeeting> meetingsOf(long childDeathId) {
    return em.createQuery(
            "SELECT m FROM PanelMeeting m JOIN m.cases c WHERE c.id = :id"
                + " ORDER BY m.heldOn DESC, m.id DESC",
            PanelMeeting.class)
        .setParameter("id", childDeathId)
        .getResultList();
  }
}
