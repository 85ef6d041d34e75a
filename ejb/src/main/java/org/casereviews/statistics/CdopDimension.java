package org.casereviews.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.casereviews.cdop.AgeBand;
import org.casereviews.cdop.DeathCategory;
import org.casereviews.cdop.DeathExpectation;
import org.casereviews.cdop.Modifiable;
import org.casereviews.cdop.PlaceOfDeath;
import org.casereviews.shared.Ethnicity;

/**
 * What the Child Death Overview Panel's deaths are counted by: each with the SQL that gives a
 * death's value (on child_death {@code d}), and the values in the order the tables show them.
 */
public enum CdopDimension {
  CATEGORY(
      "Category of death",
      "CAST(d.category AS VARCHAR(2))",
      labels(
          DeathCategory.values(),
          c -> String.valueOf(c.getNumber()),
          c -> c.getNumber() + ". " + c.getLabel()),
      "Not yet categorised by the panel"),
  AGE_BAND(
      "Age at death",
      AgeBand.bandSql(),
      labels(AgeBand.values(), Enum::name, AgeBand::getLabel),
      "Not known"),
  EXPECTED(
      "Expected or unexpected",
      "d.expected",
      labels(DeathExpectation.values(), Enum::name, DeathExpectation::label),
      "Not recorded"),
  MODIFIABLE(
      "Modifiable factors",
      "d.modifiable",
      labels(Modifiable.values(), Enum::name, Modifiable::getLabel),
      "Not yet reviewed by the panel"),
  PLACE(
      "Place of death",
      "d.place_of_death",
      labels(PlaceOfDeath.values(), Enum::name, PlaceOfDeath::label),
      "Not recorded"),
  ETHNICITY(
      "Ethnicity",
      "d.ethnicity",
      labels(Ethnicity.values(), Enum::name, e -> e.name() + " " + e.getLabel()),
      "Not recorded"),
  DEPRIVATION(
      "Deprivation decile of the home postcode",
      "CAST(d.deprivation_decile AS VARCHAR(2))",
      deciles(),
      "Postcode not known or not in the deciles loaded");

  private final String label;
  private final String valueSql;
  private final Map<String, String> values;
  private final String missing;

  CdopDimension(String label, String valueSql, Map<String, String> values, String missing) {
    this.label = label;
    this.valueSql = valueSql;
    this.values = values;
    this.missing = missing;
  }

  public String getLabel() {
    return label;
  }

  String valueSql() {
    return valueSql;
  }

  /** The values a death can have, as stored, in the order shown. */
  List<String> keys() {
    return new ArrayList<>(values.keySet());
  }

  /** What the table calls a value; null stands for a death without one. */
  String labelOf(String key) {
    return key == null ? missing : values.getOrDefault(key, key);
  }

  /** The rows of the table: every value, then "not recorded". */
  List<String> rowLabels() {
    List<String> rows = new ArrayList<>(values.values());
    rows.add(missing);
    return rows;
  }

  private static <T> Map<String, String> labels(
      T[] all, Function<T, String> key, Function<T, String> label) {
    Map<String, String> labels = new LinkedHashMap<>();
    Arrays.stream(all).forEach(value -> labels.put(key.apply(value), label.apply(value)));
    return labels;
  }

  private static Map<String, String> deciles() {
    Map<String, String> labels = new LinkedHashMap<>();
    IntStream.rangeClosed(1, 10)
        .forEach(
            d ->
                labels.put(
                    String.valueOf(d),
                    d == 1 ? "1 (most deprived)" : d == 10 ? "10 (least deprived)" : "" + d));
    return labels;
  }
}
