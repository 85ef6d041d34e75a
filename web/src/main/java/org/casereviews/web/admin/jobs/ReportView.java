package org.casereviews.web.admin.jobs;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.casereviews.web.Dates;

/**
 * A run's report (the JSON its job kept) laid out for a person: the job's {@code summary} sentence,
 * then each value under a label made from its name ({@code notReminded}: "Not reminded"), lists of
 * records as tables and lists of values as lists. Yes/No for true/false, dates as the screens write
 * them. Any job's report reads this way without the screen knowing the job.
 */
public final class ReportView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One value under its label. */
  public record Field(String label, String value) implements Serializable {}

  /** A list of records: one column per name found in them, in the order first met. */
  public record Table(String label, List<String> columns, List<List<String>> rows)
      implements Serializable {}

  /** A list of plain values. */
  public record Items(String label, List<String> items) implements Serializable {}

  private static final Dates DATES = new Dates();
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
  private static final Pattern WORD_START = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|[_\\-\\s]+");

  private String summary;
  private final List<Field> fields = new ArrayList<>();
  private final List<Table> tables = new ArrayList<>();
  private final List<Items> lists = new ArrayList<>();

  private ReportView() {}

  /** The report laid out; an empty one for a run that kept none. */
  public static ReportView of(String json) {
    ReportView view = new ReportView();
    if (json == null || json.isBlank()) {
      return view;
    }
    JsonValue report;
    try {
      report = Json.createReader(new StringReader(json)).readValue();
    } catch (JsonException notJson) {
      view.fields.add(new Field("Report", json));
      return view;
    }
    if (report instanceof JsonObject object) {
      if (object.get("summary") instanceof JsonString sentence) {
        view.summary = sentence.getString();
      }
      object.forEach(
          (name, value) -> {
            if (!name.equals("summary")) {
              view.add(label(name), value);
            }
          });
    } else {
      view.add("Report", report);
    }
    return view;
  }

  private void add(String label, JsonValue value) {
    if (value instanceof JsonObject object) {
      object.forEach((name, inner) -> add(label + " " + lowerFirst(label(name)), inner));
    } else if (value instanceof JsonArray array && array.isEmpty()) {
      fields.add(new Field(label, "None"));
    } else if (value instanceof JsonArray array
        && array.stream().allMatch(JsonObject.class::isInstance)) {
      tables.add(table(label, array));
    } else if (value instanceof JsonArray array) {
      lists.add(new Items(label, array.stream().map(ReportView::text).toList()));
    } else {
      fields.add(new Field(label, text(value)));
    }
  }

  private static Table table(String label, JsonArray array) {
    Set<String> names = new LinkedHashSet<>();
    array.forEach(row -> names.addAll(row.asJsonObject().keySet()));
    List<List<String>> rows =
        array.stream()
            .map(JsonValue::asJsonObject)
            .map(row -> names.stream().map(name -> text(row.get(name))).toList())
            .toList();
    return new Table(label, names.stream().map(ReportView::label).toList(), rows);
  }

  /** A value as text: nested lists and records written out on one line. */
  static String text(JsonValue value) {
    if (value instanceof JsonString string) {
      return string(string.getString());
    }
    if (value instanceof JsonNumber number) {
      return number.toString();
    }
    if (value instanceof JsonObject object) {
      return object.entrySet().stream()
          .map(entry -> label(entry.getKey()) + ": " + text(entry.getValue()))
          .collect(Collectors.joining("; "));
    }
    if (value instanceof JsonArray array) {
      return array.stream().map(ReportView::text).collect(Collectors.joining(", "));
    }
    if (value == null) {
      return "";
    }
    return switch (value.getValueType()) {
      case TRUE -> "Yes";
      case FALSE -> "No";
      default -> "";
    };
  }

  private static String string(String text) {
    try {
      if (DAY.matcher(text).matches()) {
        return DATES.day(LocalDate.parse(text));
      }
      if (INSTANT.matcher(text).matches()) {
        return DATES.show(Instant.parse(text));
      }
    } catch (DateTimeParseException notADate) {
      // shown as written
    }
    return text;
  }

  /** A name as words: {@code notReminded}, {@code not_reminded}: "Not reminded". */
  static String label(String name) {
    String words =
        WORD_START
            .splitAsStream(name.strip())
            .filter(word -> !word.isEmpty())
            .map(word -> word.toLowerCase(Locale.UK))
            .collect(Collectors.joining(" "));
    return words.isEmpty() ? name : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static String lowerFirst(String label) {
    return Character.toLowerCase(label.charAt(0)) + label.substring(1);
  }

  /** The job's own sentence about the run, or null when it gave none. */
  public String getSummary() {
    return summary;
  }

  public List<Field> getFields() {
    return fields;
  }

  public List<Table> getTables() {
    return tables;
  }

  public List<Items> getLists() {
    return lists;
  }

  public boolean isBlank() {
    return summary == null && fields.isEmpty() && tables.isEmpty() && lists.isEmpty();
  }
}
