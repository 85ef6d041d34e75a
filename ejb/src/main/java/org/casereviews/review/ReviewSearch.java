package org.casereviews.review;

import static java.util.Comparator.comparing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casereviews.audit.AuditTrail;
import org.casereviews.security.Roles;
import org.casereviews.shared.Today;

/**
 * Finds reviews a page at a time, filtered and sorted in the database, and the deadlines an officer
 * has to watch.
 */
@Stateless
@RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER, Roles.VIEWER})
public class ReviewSearch {

  /** The columns a list may be sorted by, and the default. */
  private static final Map<String, String> SORTABLE =
      Map.of(
          "reference", "r.reference",
          "pseudonym", "r.pseudonym",
          "type", "r.type",
          "status", "r.status",
          "category", "r.category",
          "openedOn", "r.openedOn");

  @PersistenceContext private EntityManager em;

  @EJB private DeadlineCalendar calendar;

  @EJB private AuditTrail audit;

  /**
   * @param sortBy one of reference, pseudonym, type, status, category, openedOn (newest first when
   *     null)
   */
  public List<Review> search(
      ReviewCriteria criteria, int first, int max, String sortBy, boolean ascending) {
    Map<String, Object> parameters = new HashMap<>();
    String order =
        sortBy != null && SORTABLE.containsKey(sortBy)
            ? SORTABLE.get(sortBy) + (ascending ? " asc" : " desc")
            : "r.openedOn desc";
    TypedQuery<Review> query =
        em.createQuery(
            "select r from Review r where "
                + where(criteria, parameters)
                + " order by "
                + order
                + ", r.id desc",
            Review.class);
    parameters.forEach(query::setParameter);
    return query.setFirstResult(first).setMaxResults(max).getResultList();
  }

  public long count(ReviewCriteria criteria) {
    Map<String, Object> parameters = new HashMap<>();
    TypedQuery<Long> query =
        em.createQuery(
            "select count(r) from Review r where " + where(criteria, parameters), Long.class);
    parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }

  /**
   * The open deadlines of the caller's reviews (those where they are the case officer) that are
   * overdue or due within {@code workingDaysAhead} working days, soonest first.
   */
  @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER})
  public List<DeadlineOnReview> myDeadlines(int workingDaysAhead) {
    List<Review> mine =
        em.createQuery(
                "select r from Review r where r.caseOfficer = :me and r.type in :types"
                    + " and r.status not in :ended",
                Review.class)
            .setParameter("me", audit.callerName())
            .setParameter(
                "types", EnumSet.of(ReviewType.RAPID_REVIEW, ReviewType.LCSPR, ReviewType.SCR))
            .setParameter(
                "ended",
                EnumSet.of(
                    ReviewStatus.DECIDED,
                    ReviewStatus.NOT_PUBLISHED,
                    ReviewStatus.ARCHIVED,
                    ReviewStatus.CLOSED))
            .getResultList();
    ReviewDeadlines rules = calendar.rules();
    LocalDate today = Today.inEngland();
    List<DeadlineOnReview> watch = new ArrayList<>();
    for (Review review : mine) {
      rules.of(review, today).stream()
          .filter(d -> d.isOpen() && d.workingDaysLeft() <= workingDaysAhead)
          .forEach(d -> watch.add(new DeadlineOnReview(review, d)));
    }
    watch.sort(comparing((DeadlineOnReview d) -> d.deadline().dueOn()));
    return watch;
  }

  private String where(ReviewCriteria c, Map<String, Object> parameters) {
    List<String> conditions = new ArrayList<>();
    conditions.add("r.id is not null");
    if (c.type() != null) {
      conditions.add("r.type = :type");
      parameters.put("type", c.type());
    }
    if (c.status() != null) {
      conditions.add("r.status = :status");
      parameters.put("status", c.status());
    }
    if (c.year() != null) {
      conditions.add("r.openedOn between :yearStart and :yearEnd");
      parameters.put("yearStart", LocalDate.of(c.year(), 1, 1));
      parameters.put("yearEnd", LocalDate.of(c.year(), 12, 31));
    }
    if (c.themeId() != null) {
      conditions.add(
          "exists (select t from Review r2 join r2.themes t where r2 = r and t.id = :theme)");
      parameters.put("theme", c.themeId());
    }
    if (c.agencyId() != null) {
      conditions.add(
          "exists (select a from Review r3 join r3.agencies a where r3 = r and a.id = :agency)");
      parameters.put("agency", c.agencyId());
    }
    if (c.text() != null && !c.text().isBlank()) {
      conditions.add(
          "(lower(r.reference) like :text escape '\\' or lower(r.pseudonym) like :text escape '\\'"
              + " or lower(r.summary) like :text escape '\\' or exists (select t4 from Review r4"
              + " join r4.themes t4 where r4 = r and lower(t4.name) like :text escape '\\'))");
      parameters.put("text", "%" + likeEscaped(c.text().strip().toLowerCase(Locale.UK)) + "%");
    }
    return String.join(" and ", conditions);
  }

  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
