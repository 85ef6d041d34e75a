package org.casereviews.web.statistics;

/**
 * The axes' ranges of a funnel plot: x from 0 to just past the largest population, y over the
 * points, the centre line and the limits at the populations the points span, with a margin.
 */
record FunnelRange(double xLower, double xUpper, double yLower, double yUpper) {

  private static final double MARGIN = 0.08;

  static FunnelRange of(PackChart.Funnel funnel) {
    double xMin = funnel.points().stream().mapToDouble(PackChart.Point::x).min().orElse(0);
    double xMax = funnel.points().stream().mapToDouble(PackChart.Point::x).max().orElse(1);
    double yMin = funnel.centre();
    double yMax = funnel.centre();
    for (PackChart.Point point : funnel.points()) {
      yMin = Math.min(yMin, point.y());
      yMax = Math.max(yMax, point.y());
    }
    for (PackChart.Limit limit : funnel.limits()) {
      for (int i = 0; i < limit.x().size(); i++) {
        double x = limit.x().get(i);
        if (x >= xMin && x <= xMax) {
          yMin = Math.min(yMin, limit.lower().get(i));
          yMax = Math.max(yMax, limit.upper().get(i));
        }
      }
    }
    double span = yMax > yMin ? yMax - yMin : Math.max(1, Math.abs(yMax));
    return new FunnelRange(
        0, xMax * (1 + MARGIN), Math.max(0, yMin - MARGIN * span), yMax + MARGIN * span);
  }
}
