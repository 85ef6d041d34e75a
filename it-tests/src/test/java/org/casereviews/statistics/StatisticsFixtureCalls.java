package org.casereviews.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.casereviews.it.RunAs;
import org.casereviews.review.HistoricReviewImport;
import org.casereviews.review.ReviewType;
import org.casereviews.security.Roles;

/**
 * The statistics' test figures ({@link StatisticsFixtures#load}) for the client-side tests, loaded
 * in the server by the administrator who calls it, unless they are there already. Part of the test
 * deployment only, at {@code /api/v1/it/statistics-fixtures}.
 */
@Stateless
@RolesAllowed(Roles.PARTNERSHIP_ADMIN)
@Path("it/statistics-fixtures")
public class StatisticsFixtureCalls {

  @EJB private RunAs.Admin admin;

  @EJB private ReferenceData reference;

  @EJB private ReviewStatistics reviews;

  @EJB private HistoricReviewImport history;

  /** Loads the figures; answers the SCRs of 2005 to 2014 there are then. */
  @POST
  @Produces(MediaType.TEXT_PLAIN)
  public String load() {
    StatisticsFixtures.load(admin, reference, reviews, history);
    return String.valueOf(reviews.commissioned(StatisticsFixtures.DECADE, List.of(ReviewType.SCR)));
  }
}
