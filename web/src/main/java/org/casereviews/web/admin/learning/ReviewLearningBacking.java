package org.casereviews.web.admin.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casereviews.learning.LearningEvent;
import org.casereviews.learning.LearningEventService;

/** The "Learning spread" list on a review's page: the events that spread that review's learning. */
@Named
@RequestScoped
public class ReviewLearningBacking {

  @EJB private LearningEventService service;

  private final Map<Long, List<LearningEvent>> byReview = new HashMap<>();

  public List<LearningEvent> events(Long reviewId) {
    return reviewId == null ? List.of() : byReview.computeIfAbsent(reviewId, service::forReview);
  }
}
