package org.casereviews.cdop.imports;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A UK postcode in the form Royal Mail writes it: outward code, one space, inward code ({@code B2
 * 2DR}, {@code SW1A 1AA}). The check is of the form only; whether the postcode exists is not known
 * here.
 */
public final class UkPostcode {

  /** Outward code A9, A99, AA9, AA99, A9A or AA9A; inward code 9AA. */
  private static final Pattern FORM = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})");

  /** Girobank's postcode, the one that does not follow the form. */
  private static final String GIROBANK = "GIR0AA";

  /** The longest postcode without its space, AA9A9AA. */
  private static final int LONGEST = 7;

  private UkPostcode() {}

  /**
   * The postcode in capitals with one space before the inward code, whatever the case and spaces
   * typed ({@code "b22dr"} becomes {@code "B2 2DR"}); empty when {@code typed} is not a UK postcode
   * (or blank).
   */
  public static Optional<String> normalise(String typed) {
    if (typed == null || typed.length() > 4 * LONGEST) {
      return Optional.empty();
    }
    String compact = typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    if (compact.equals(GIROBANK)) {
      return Optional.of("GIR 0AA");
    }
    if (compact.length() > LONGEST || !FORM.matcher(compact).matches()) {
      return Optional.empty();
    }
    int inward = compact.length() - 3;
    return Optional.of(compact.substring(0, inward) + " " + compact.substring(inward));
  }
}
