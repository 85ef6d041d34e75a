package org.casereviews.shared.calendar;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.casereviews.shared.BusinessException;

/**
 * Reads the bank holidays of England and Wales from the file the UK government publishes
 * (bank-holidays.json: divisions {@code england-and-wales}, {@code scotland}, {@code
 * northern-ireland}, each with {@code events} of {@code title} and {@code date}).
 */
public final class GovUkBankHolidays {

  static final String DIVISION = "england-and-wales";

  private GovUkBankHolidays() {}

  /**
   * @throws BusinessException saying what is wrong with the file, naming the event by its position
   */
  public static NavigableMap<LocalDate, String> read(Reader json) {
    JsonObject root;
    try {
      root = Json.createReader(json).readObject();
    } catch (JsonException | ClassCastException notJson) {
      throw new BusinessException(
          "file", "This is not a bank-holidays.json file: it is not a JSON object.");
    }
    JsonObject division = root.getJsonObject(DIVISION);
    if (division == null || !(division.get("events") instanceof JsonArray events)) {
      throw new BusinessException(
          "file", "The file has no \"" + DIVISION + "\" division with a list of \"events\".");
    }
    NavigableMap<LocalDate, String> holidays = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      readEvent(events.get(i), i + 1, holidays, problems);
    }
    if (!problems.isEmpty()) {
      throw new BusinessException(
          "file", "Nothing was loaded: " + String.join("; ", problems) + ".");
    }
    if (holidays.isEmpty()) {
      throw new BusinessException("file", "The \"" + DIVISION + "\" division lists no events.");
    }
    return holidays;
  }

  private static void readEvent(
      JsonValue value,
      int position,
      NavigableMap<LocalDate, String> holidays,
      List<String> problems) {
    if (!(value instanceof JsonObject event)) {
      problems.add("event " + position + " is not an object");
      return;
    }
    String title = event.getString("title", "").trim();
    String date = event.getString("date", "");
    if (title.isEmpty()) {
      problems.add("event " + position + " has no title");
      return;
    }
    try {
      holidays.put(LocalDate.parse(date), title);
    } catch (DateTimeParseException notADate) {
      problems.add("event " + position + " (" + title + ") has no date like 2026-12-25");
    }
  }
}
