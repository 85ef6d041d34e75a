package org.casereviews.cdop;

import java.time.LocalDate;

/**
 * The values of a native query's row as Java wants them: the databases hand back dates and numbers
 * in types of their own (H2 and PostgreSQL differ).
 */
final class SqlValues {

  private SqlValues() {}

  static LocalDate day(Object value) {
    if (value == null || value instanceof LocalDate) {
      return (LocalDate) value;
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    return new java.sql.Date(((java.util.Date) value).getTime()).toLocalDate();
  }

  static Long number(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }

  static boolean yes(Object value) {
    return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
  }

  static <E extends Enum<E>> E named(Class<E> type, Object value) {
    return value == null ? null : Enum.valueOf(type, value.toString().strip());
  }

  static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
