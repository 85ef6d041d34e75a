package org.casereviews.cdop;

import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The SQL condition on child_death rows {@code d} that a {@link ChildDeathCriteria} asks for, with
 * its parameters numbered as a native query numbers them. Shared by the list and the export so that
 * an export holds exactly the records the list showed.
 */
final class ChildDeathFilter {

  private final List<String> conditions = new ArrayList<>();
  private final List<Object> parameters = new ArrayList<>();

  ChildDeathFilter(ChildDeathCriteria c) {
    conditions.add("d.id IS NOT NULL");
    if (c.year() != null) {
      conditions.add("d.date_of_death >= " + next(date(c.year(), 1, 1)));
      conditions.add("d.date_of_death <= " + next(date(c.year(), 12, 31)));
    }
    if (c.category() != null) {
      conditions.add("d.category = " + next(c.category().getNumber()));
    }
    if (c.status() != null) {
      conditions.add("d.status = " + next(c.status().name()));
    }
    if (c.ageBand() != null) {
      conditions.add("(" + c.ageBand().condition() + ")");
    }
    if (c.expected() != null) {
      conditions.add("d.expected = " + next(c.expected().name()));
    }
    if (c.modifiable() != null) {
      conditions.add("d.modifiable = " + next(c.modifiable().name()));
    }
    if (c.sourceRef() != null && !c.sourceRef().isBlank()) {
      conditions.add(
          "EXISTS (SELECT 1 FROM death_notification n WHERE n.child_death_id = d.id"
              + " AND LOWER(n.source_ref) LIKE "
              + next("%" + likeEscaped(c.sourceRef().strip().toLowerCase(Locale.UK)) + "%")
              + " ESCAPE '\\')");
    }
  }

  /** The condition, to follow WHERE. */
  String where() {
    return String.join(" AND ", conditions);
  }

  /** A further parameter, after the filter's own; returns its placeholder. */
  String next(Object value) {
    parameters.add(value);
    return "?" + parameters.size();
  }

  Query bind(Query query) {
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return query;
  }

  private static Date date(int year, int month, int day) {
    return Date.valueOf(LocalDate.of(year, month, day));
  }

  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
