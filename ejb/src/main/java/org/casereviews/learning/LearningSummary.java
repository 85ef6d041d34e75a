package org.casereviews.learning;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.casereviews.agency.Agency;
import org.casereviews.review.Review;

/**
 * How far learning was spread in a period, for the board: the events that took place and everybody
 * who attended them, by year, format, agency and review. Planned events (dated after today) are
 * only counted as planned. For an agency, an event counts when at least one of its people took
 * part.
 *
 * @param from the first day counted, or null for no limit
 * @param to the last day counted, or null for no limit
 */
public record LearningSummary(
    LocalDate from,
    LocalDate to,
    int events,
    int attendance,
    int planned,
    List<Line> byYear,
    List<Line> byFormat,
    List<Line> byAgency,
    List<Line> byReview)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One row of a table: what it counts ({@code key} a code, {@code label} for people). */
  public record Line(String key, String label, int events, int attendance) implements Serializable {

    private static final long serialVersionUID = 1L;
  }

  /** Sums up these events, the ones held by {@code today}; the others count as planned. */
  public static LearningSummary of(
      List<LearningEvent> events, LocalDate from, LocalDate to, LocalDate today) {
    List<LearningEvent> held = events.stream().filter(e -> !e.isPlanned(today)).toList();
    Map<String, Tally> years = tally(held, e -> String.valueOf(e.getHeldOn().getYear()), e -> null);
    Map<String, Tally> formats = tally(held, e -> e.getFormat().name(), e -> e.getFormat());
    Map<String, Tally> reviews = new LinkedHashMap<>();
    Map<String, Tally> agencies = new LinkedHashMap<>();
    for (LearningEvent event : held) {
      Review review = event.getReview();
      if (review != null) {
        reviews
            .computeIfAbsent(
                review.getReference(),
                k -> new Tally(k, review.getReference() + " (" + review.getPseudonym() + ")"))
            .add(1, event.getTotalAttendance());
      }
      for (Map.Entry<Agency, Integer> entry : event.getAttendance().entrySet()) {
        Agency agency = entry.getKey();
        agencies
            .computeIfAbsent(agency.getCode(), k -> new Tally(k, agency.getName()))
            .add(entry.getValue() > 0 ? 1 : 0, entry.getValue());
      }
    }
    return new LearningSummary(
        from,
        to,
        held.size(),
        held.stream().mapToInt(LearningEvent::getTotalAttendance).sum(),
        events.size() - held.size(),
        lines(years, Comparator.comparing(Line::key)),
        Arrays.stream(LearningFormat.values())
            .map(f -> formats.get(f.name()))
            .filter(Objects::nonNull)
            .map(Tally::line)
            .toList(),
        lines(agencies, Comparator.comparing(Line::label)),
        lines(reviews, Comparator.comparing(Line::key)));
  }

  private static Map<String, Tally> tally(
      List<LearningEvent> events,
      Function<LearningEvent, String> key,
      Function<LearningEvent, LearningFormat> format) {
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (LearningEvent event : events) {
      LearningFormat f = format.apply(event);
      String k = key.apply(event);
      tallies
          .computeIfAbsent(k, x -> new Tally(x, f == null ? x : f.getLabel()))
          .add(1, event.getTotalAttendance());
    }
    return tallies;
  }

  private static List<Line> lines(Map<String, Tally> tallies, Comparator<Line> order) {
    return tallies.values().stream().map(Tally::line).sorted(order).toList();
  }

  private static final class Tally {
    private final String key;
    private final String label;
    private int events;
    private int attendance;

    Tally(String key, String label) {
      this.key = key;
      this.label = label;
    }

    void add(int moreEvents, int moreAttendance) {
      events += moreEvents;
      attendance += moreAttendance;
    }

    Line line() {
      return new Line(key, label, events, attendance);
    }
  }
}
