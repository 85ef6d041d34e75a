package org.casereviews.api;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.ArrayList;
import java.util.List;
import org.casereviews.statistics.Breakdown;
import org.casereviews.statistics.PerCapita;
import org.casereviews.statistics.ShownCount;
import org.casereviews.statistics.ShownTable;

/** The statistics as the API writes them. */
public final class StatisticsJson {

  private StatisticsJson() {}

  public record AreaJson(String code, String name) {}

  public record PerCapitaJson(
      int from,
      int to,
      List<String> types,
      AreaJson area,
      long observed,
      long national,
      double reviewShare,
      long localChildren,
      long englandChildren,
      double populationShare,
      double expected,
      double ratio,
      double lower,
      double upper,
      double pValue,
      String verdict,
      String summary,
      String explanation) {

    static PerCapitaJson of(PerCapita p) {
      var c = p.comparison();
      return new PerCapitaJson(
          p.span().from(),
          p.span().to(),
          p.types().stream().map(Enum::name).toList(),
          new AreaJson(p.area().code(), p.area().name()),
          p.observed(),
          p.national(),
          p.reviewShare(),
          p.localChildren(),
          p.englandChildren(),
          p.populationShare(),
          p.expected(),
          c.ratio(),
          c.lower(),
          c.upper(),
          c.pValue(),
          c.verdict().name(),
          p.summary(),
          p.explanation());
    }
  }

  /** A count: the number, or null with "<5" when it is hidden. */
  @JsonbNillable
  public record CountJson(Long count, String shown) {

    static CountJson of(ShownCount c) {
      return new CountJson(c.count(), c.text());
    }
  }

  public record RowJson(String label, List<CountJson> counts, CountJson total) {}

  @JsonbNillable
  public record BreakdownJson(
      String dimension,
      String title,
      int from,
      int to,
      Integer suppressedBelow,
      List<String> columns,
      List<RowJson> rows,
      RowJson totals,
      List<String> notes) {

    static BreakdownJson of(Breakdown b) {
      ShownTable t = b.table();
      List<RowJson> rows = new ArrayList<>();
      for (int r = 0; r < t.rows().size(); r++) {
        rows.add(row(t.rows().get(r), t.row(r)));
      }
      return new BreakdownJson(
          b.dimension().name(),
          b.dimension().getLabel(),
          b.span().from(),
          b.span().to(),
          b.suppressedBelow() == 0 ? null : b.suppressedBelow(),
          t.columns(),
          rows,
          row("Total", t.getTotals()),
          b.notes());
    }

    private static RowJson row(String label, List<ShownCount> cells) {
      List<CountJson> counts =
          cells.subList(0, cells.size() - 1).stream().map(CountJson::of).toList();
      return new RowJson(label, counts, CountJson.of(cells.get(cells.size() - 1)));
    }
  }
}
