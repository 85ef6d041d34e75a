package org.casereviews.action;

import static java.util.Comparator.comparing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.casereviews.review.Review;
import org.casereviews.security.Roles;
import org.casereviews.shared.Today;

/**
 * The board's "holding partners to account" report: per agency, how many actions are open, overdue
 * and assured and how late the overdue ones are; per review, the share of actions assured; and the
 * themes that keep coming back in recommendations, year by year.
 */
@Stateless
@RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER, Roles.VIEWER})
public class AccountabilityReport {

  /** One agency's actions across every review. */
  public record AgencyRow(
      String agency,
      long actions,
      long open,
      long overdue,
      long awaitingAssurance,
      long assured,
      long notAchievable,
      double averageDaysOverdue) {}

  /** One review's actions. */
  public record ReviewRow(
      long reviewId,
      String reference,
      String pseudonym,
      long actions,
      long assured,
      int percentAssured) {}

  /** A theme of recommendations: how often, in how many reviews, and in which years. */
  public record ThemeRow(String theme, long recommendations, long reviews, String byYear) {}

  @PersistenceContext private EntityManager em;

  public List<AgencyRow> byAgency() {
    LocalDate today = Today.inEngland();
    Map<String, List<ActionPlanItem>> byAgency = new TreeMap<>();
    for (ActionPlanItem action : allActions()) {
      byAgency.computeIfAbsent(action.getAgency().getName(), k -> new ArrayList<>()).add(action);
    }
    List<AgencyRow> rows = new ArrayList<>();
    byAgency.forEach((agency, actions) -> rows.add(agencyRow(agency, actions, today)));
    return rows;
  }

  static AgencyRow agencyRow(String agency, List<ActionPlanItem> actions, LocalDate today) {
    List<ActionPlanItem> overdue = actions.stream().filter(a -> a.daysOverdue(today) > 0).toList();
    double average = overdue.stream().mapToLong(a -> a.daysOverdue(today)).average().orElse(0);
    return new AgencyRow(
        agency,
        actions.size(),
        actions.stream().filter(a -> a.getStatus().isOpen()).count(),
        overdue.size(),
        count(actions, ActionStatus.AWAITING_ASSURANCE),
        actions.stream().filter(a -> a.getAssuredOn() != null).count(),
        count(actions, ActionStatus.NOT_ACHIEVABLE),
        Math.round(average * 10) / 10.0);
  }

  public List<ReviewRow> byReview() {
    Map<Review, List<ActionPlanItem>> byReview = new LinkedHashMap<>();
    for (ActionPlanItem action : allActions()) {
      byReview
          .computeIfAbsent(action.getRecommendation().getReview(), k -> new ArrayList<>())
          .add(action);
    }
    List<ReviewRow> rows = new ArrayList<>();
    byReview.forEach(
        (review, actions) -> {
          long assured = actions.stream().filter(a -> a.getAssuredOn() != null).count();
          rows.add(
              new ReviewRow(
                  review.getId(),
                  review.getReference(),
                  review.getPseudonym(),
                  actions.size(),
                  assured,
                  (int) Math.round(100.0 * assured / actions.size())));
        });
    rows.sort(comparing(ReviewRow::reference));
    return rows;
  }

  /** Themes of recommendations, most frequent first, counted by the year each review opened. */
  public List<ThemeRow> recurringThemes() {
    List<Object[]> tagged =
        em.createQuery(
                "select t.name, rec.id, rev.id, rev.openedOn from Recommendation rec"
                    + " join rec.themes t join rec.review rev",
                Object[].class)
            .getResultList();
    Map<String, Set<Long>> recommendations = new TreeMap<>();
    Map<String, Set<Long>> reviews = new TreeMap<>();
    Map<String, Map<Integer, Set<Long>>> years = new TreeMap<>();
    for (Object[] row : tagged) {
      String theme = (String) row[0];
      recommendations.computeIfAbsent(theme, k -> new HashSet<>()).add((Long) row[1]);
      reviews.computeIfAbsent(theme, k -> new HashSet<>()).add((Long) row[2]);
      years
          .computeIfAbsent(theme, k -> new TreeMap<>())
          .computeIfAbsent(((LocalDate) row[3]).getYear(), k -> new HashSet<>())
          .add((Long) row[1]);
    }
    List<ThemeRow> rows = new ArrayList<>();
    recommendations.forEach(
        (theme, recs) ->
            rows.add(
                new ThemeRow(
                    theme, recs.size(), reviews.get(theme).size(), byYear(years.get(theme)))));
    rows.sort(comparing(ThemeRow::recommendations).reversed().thenComparing(ThemeRow::theme));
    return rows;
  }

  private static String byYear(Map<Integer, Set<Long>> years) {
    List<String> parts = new ArrayList<>();
    years.forEach((year, recs) -> parts.add(year + ": " + recs.size()));
    return String.join(", ", parts);
  }

  private List<ActionPlanItem> allActions() {
    return em.createQuery("select a from ActionPlanItem a order by a.id", ActionPlanItem.class)
        .getResultList();
  }

  private static long count(List<ActionPlanItem> actions, ActionStatus status) {
    return actions.stream().filter(a -> a.getStatus() == status).count();
  }
}
