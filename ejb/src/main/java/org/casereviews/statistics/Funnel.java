package org.casereviews.statistics;

import java.io.Serializable;
import java.util.List;

/**
 * A funnel plot: each area's rate per 10,000 children a year against its child population, with
 * England's rate and the 95% and 99.8% control limits around it; the local area is marked.
 *
 * @param centre England's rate per 10,000 children a year
 * @param notes what the reader should know: areas left out, where the figures come from
 */
public record Funnel(
    Measure measure,
    Span span,
    double centre,
    List<Point> points,
    List<Limits> limits,
    List<String> notes)
    implements Serializable {

  /** One area: its average child population over the span, its count and its rate. */
  public record Point(
      String code,
      String name,
      double children,
      long count,
      double rate,
      boolean local,
      String standing)
      implements Serializable {}

  /** The control limits at one child population. */
  public record Limits(
      double children, double lower95, double upper95, double lower998, double upper998)
      implements Serializable {}

  /** The local area, when it is on the plot. */
  public java.util.Optional<Point> local() {
    return points.stream().filter(Point::local).findFirst();
  }
}
