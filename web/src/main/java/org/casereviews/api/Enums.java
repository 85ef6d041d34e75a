package org.casereviews.api;

import java.util.Arrays;
import java.util.Locale;
import org.casereviews.shared.BusinessException;

/** Reads an enum from the API's text, "SERIOUS_HARM" or "serious harm", with a clear refusal. */
final class Enums {

  private Enums() {}

  static <E extends Enum<E>> E parse(Class<E> type, String text, String field, String allowed) {
    String wanted = text.trim().replace(' ', '_').replace('-', '_').toUpperCase(Locale.UK);
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> e.name().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new BusinessException(
                    field,
                    "'" + text + "' is not a " + field + " this API knows: use " + allowed + "."));
  }

  /** The constant's name as the API writes it, or null for no value. */
  static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  /** Every constant's name, for messages: "A, B or C". */
  static String names(Class<? extends Enum<?>> type) {
    String[] names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new);
    return String.join(", ", Arrays.copyOf(names, names.length - 1))
        + " or "
        + names[names.length - 1];
  }
}
