package org.casereviews.web.admin.learning;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.casereviews.learning.LearningEvent;
import org.casereviews.learning.LearningEventService;
import org.casereviews.learning.LearningSummary;
import org.casereviews.shared.Today;
import org.casereviews.web.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * /admin/learning/: every learning event, latest first, a page at a time, and the board's summary
 * of their reach over a period (every event until a period is chosen).
 */
@Named
@ViewScoped
public class LearningEventsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private LearningEventService service;

  private LocalDate from;
  private LocalDate to;
  private LearningSummary summary;

  private final LazyDataModel<LearningEvent> events =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) service.count(null, null);
        }

        @Override
        public List<LearningEvent> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return service.list(null, null, first, pageSize);
        }
      };

  /** Sums up the period chosen; a refused period keeps the figures shown before. */
  public void apply() {
    LearningSummary chosen = Messages.attempt(() -> service.summary(from, to));
    if (chosen != null) {
      summary = chosen;
    }
  }

  public LearningSummary getSummary() {
    if (summary == null) {
      summary = service.summary(from, to);
    }
    return summary;
  }

  public boolean planned(LearningEvent event) {
    return event.isPlanned(Today.inEngland());
  }

  public LazyDataModel<LearningEvent> getEvents() {
    return events;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
