package org.casereviews.cdop.imports;

import static org.casereviews.cdop.imports.NotificationColumn.ETHNICITY;
import static org.casereviews.cdop.imports.NotificationColumn.EXPECTED;
import static org.casereviews.cdop.imports.NotificationColumn.FAMILY_NAME;
import static org.casereviews.cdop.imports.NotificationColumn.GIVEN_NAMES;
import static org.casereviews.cdop.imports.NotificationColumn.LOOKED_AFTER;
import static org.casereviews.cdop.imports.NotificationColumn.NHS_NUMBER;
import static org.casereviews.cdop.imports.NotificationColumn.PLACE_OF_DEATH;
import static org.casereviews.cdop.imports.NotificationColumn.POSTCODE;
import static org.casereviews.cdop.imports.NotificationColumn.SEX;
import static org.casereviews.cdop.imports.NotificationColumn.SOURCE_REF;
import static org.casereviews.cdop.imports.NotificationColumn.SOURCE_SYSTEM;
import static org.casereviews.cdop.imports.NotificationValues.refused;
import static org.casereviews.cdop.imports.NotificationValues.shown;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.casereviews.cdop.DeathExpectation;
import org.casereviews.cdop.PlaceOfDeath;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.Ethnicity;
import org.casereviews.shared.Sex;

/**
 * Every rule of format v1 that one notification of a child's death must meet, in one place: the
 * import applies them to each row of a file, and screens apply them to what an officer types. The
 * rules are checked in the order of the columns in DESIGN.md; the first one broken is the reason
 * the notification is refused. Rows are checked one by one: whether a (source_system, source_ref)
 * pair is used twice is for the database to tell.
 */
public final class NotificationRules {

  static final int MAX_SOURCE_SYSTEM = 20;
  static final int MAX_SOURCE_REF = 60;
  static final int MAX_NAME = 100;

  private static final Pattern SOURCE_SYSTEM_CHARACTERS = Pattern.compile("[A-Z0-9_-]+");

  private static final String SEXES = "M (male), F (female), I (indeterminate) or U (not known)";

  private final ChildDates dates;

  /**
   * @param today the date in England (see {@link org.casereviews.shared.Today}): no date may be
   *     after it
   */
  public NotificationRules(LocalDate today) {
    this.dates = new ChildDates(today);
  }

  /**
   * The notification these values describe.
   *
   * @param line where the values start in their file, kept in the row; 0 when typed on a screen
   * @param valuesByColumn the values typed, by column name in lower case as in {@link
   *     NotificationColumn#header()}; a column not given counts as empty
   * @throws BusinessException naming the column (its {@link NotificationColumn#header()}) and the
   *     reason, for the first rule broken
   */
  public NotificationRow check(long line, Map<String, String> valuesByColumn) {
    NotificationValues values = new NotificationValues(valuesByColumn);
    String sourceSystem = sourceSystem(values);
    String sourceRef =
        values.required(
            SOURCE_REF,
            MAX_SOURCE_REF,
            "give the sender's own reference for this death, so that a row sent again updates it.");
    String nhsNumber = nhsNumber(values);
    String familyName = values.text(FAMILY_NAME, MAX_NAME);
    String givenNames = values.text(GIVEN_NAMES, MAX_NAME);
    Sex sex = values.code(SEX, NotificationRules::sex, SEXES);
    if (sex == null) {
      throw refused(SEX, "The sex is empty: give " + SEXES + ".");
    }
    LocalDate birth = dates.birth(values);
    LocalDate death = dates.death(values, birth);
    return new NotificationRow(
        line,
        sourceSystem,
        sourceRef,
        nhsNumber,
        familyName,
        givenNames,
        sex,
        birth,
        death,
        placeOfDeath(values),
        postcode(values),
        ethnicity(values),
        expected(values),
        lookedAfter(values),
        dates.notified(values, death));
  }

  private static String sourceSystem(NotificationValues values) {
    String typed =
        values.required(
            SOURCE_SYSTEM,
            MAX_SOURCE_SYSTEM,
            "give the system the row comes from, such as REGISTRAR, HOSPITAL, POLICE, CSC or GP.");
    String system = typed.toUpperCase(Locale.ROOT);
    if (!SOURCE_SYSTEM_CHARACTERS.matcher(system).matches()) {
      throw refused(
          SOURCE_SYSTEM,
          "The source system "
              + shown(typed)
              + " may hold only letters, digits, _ and -, such as REGISTRAR or HOSPITAL_B.");
    }
    return system;
  }

  private static String nhsNumber(NotificationValues values) {
    String typed = values.text(NHS_NUMBER);
    String number = NhsNumber.normalise(typed);
    if (number == null) {
      return null;
    }
    if (!NhsNumber.isTenDigits(number)) {
      throw refused(
          NHS_NUMBER,
          "The NHS number "
              + shown(typed)
              + " is not 10 digits: write its 10 digits, spaces allowed, such as 943 476 5919.");
    }
    if (!NhsNumber.isValid(number)) {
      throw refused(
          NHS_NUMBER,
          "The NHS number "
              + (typed.length() <= NotificationValues.SHOWN ? typed : number)
              + " fails the NHS check digit: check it against the record it came from.");
    }
    return number;
  }

  private static PlaceOfDeath placeOfDeath(NotificationValues values) {
    return values.code(
        PLACE_OF_DEATH,
        code -> named(PlaceOfDeath.class, code.replace(' ', '_').replace('-', '_')),
        NotificationValues.oneOf(
            Arrays.stream(PlaceOfDeath.values())
                .map(p -> p.name() + " (" + p.label().toLowerCase(Locale.ROOT) + ")")
                .toList()));
  }

  private static String postcode(NotificationValues values) {
    String typed = values.text(POSTCODE);
    if (typed == null) {
      return null;
    }
    return UkPostcode.normalise(typed)
        .orElseThrow(
            () ->
                refused(
                    POSTCODE,
                    shown(typed)
                        + " is not a UK postcode: write it like B2 2DR, or leave it empty"
                        + " when it is not known."));
  }

  private static Ethnicity ethnicity(NotificationValues values) {
    String codes =
        Arrays.stream(Ethnicity.values())
            .filter(e -> e != Ethnicity.Z)
            .map(Ethnicity::getCode)
            .collect(Collectors.joining(", "));
    return values.code(
        ETHNICITY,
        Ethnicity::ofCode,
        "an NHS ethnic category from A to S (" + codes + "), or Z when it is not stated");
  }

  private static DeathExpectation expected(NotificationValues values) {
    return values.code(
        EXPECTED, DeathExpectation::ofCode, "Y (expected), N (unexpected) or U (not known)");
  }

  private static Boolean lookedAfter(NotificationValues values) {
    return values.code(
        LOOKED_AFTER,
        NotificationRules::yesOrNo,
        "Y (the child was looked after by a local authority) or N (not looked after)");
  }

  private static Optional<Boolean> yesOrNo(String code) {
    return switch (code) {
      case "Y" -> Optional.of(true);
      case "N" -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  private static Optional<Sex> sex(String code) {
    return Arrays.stream(Sex.values()).filter(s -> s.getCode().equals(code)).findFirst();
  }

  private static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
    return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst();
  }
}
