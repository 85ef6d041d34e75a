package org.casereviews.cdop.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.casereviews.cdop.DeathExpectation;
import org.casereviews.cdop.PlaceOfDeath;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.Ethnicity;
import org.casereviews.shared.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each rule of format v1 on one notification, and the message an officer reads when it fails. */
class NotificationRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  /** A notification that meets every rule, with only the required values. */
  static Map<String, String> values(String... overrides) {
    Map<String, String> values = new HashMap<>();
    values.put("source_system", "REGISTRAR");
    values.put("source_ref", "R-1");
    values.put("sex", "F");
    values.put("date_of_birth", "2015-06-01");
    values.put("date_of_death", "2026-10-03");
    for (int i = 0; i < overrides.length; i += 2) {
      values.put(overrides[i], overrides[i + 1]);
    }
    return values;
  }

  static NotificationRow check(String... overrides) {
    return new NotificationRules(TODAY).check(7, values(overrides));
  }

  static BusinessException refused(String... overrides) {
    return assertThrows(BusinessException.class, () -> check(overrides));
  }

  @Test
  void everyValueIsTypedAndNormalised() {
    NotificationRow row =
        check(
            "source_system", " hospital_b ",
            "source_ref", " A/123 ",
            "nhs_number", "943 476 5919",
            "family_name", " Smith ",
            "given_names", "Amy Jo",
            "sex", "m",
            "date_of_birth", "01/06/2015",
            "place_of_death", "other_residence",
            "postcode", "b22dr",
            "ethnicity", "h",
            "expected", "n",
            "looked_after", "Y",
            "notified_on", "2026-10-04");

    assertEquals(
        new NotificationRow(
            7,
            "HOSPITAL_B",
            "A/123",
            "9434765919",
            "Smith",
            "Amy Jo",
            Sex.MALE,
            LocalDate.of(2015, 6, 1),
            LocalDate.of(2026, 10, 3),
            PlaceOfDeath.OTHER_RESIDENCE,
            "B2 2DR",
            Ethnicity.H,
            DeathExpectation.UNEXPECTED,
            true,
            LocalDate.of(2026, 10, 4)),
        row);
    assertEquals(11, row.ageAtDeathYears());
  }

  @Test
  void optionalValuesLeftEmptyAreNull() {
    NotificationRow row = check("nhs_number", " ", "postcode", "", "looked_after", "  ");

    assertNull(row.nhsNumber());
    assertNull(row.postcode());
    assertNull(row.lookedAfter());
    assertNull(row.familyName());
    assertNull(row.notifiedOn());
  }

  @Test
  void aMissingRequiredValueIsRefusedSayingWhatToGive() {
    BusinessException refused = refused("source_ref", " ");

    assertEquals("source_ref", refused.getField());
    assertTrue(refused.getMessage().startsWith("The source reference is empty: give"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"source_system", "sex", "date_of_birth", "date_of_death"})
  void everyRequiredValueIsRequired(String column) {
    BusinessException refused = assertThrows(BusinessException.class, () -> check(column, ""));

    assertEquals(column, refused.getField());
    assertTrue(refused.getMessage().contains("is empty"), refused.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"31/02/2020", "2020-02-30", "1/6/2015", "2015-6-1", "June 2015", "01-06-2015"})
  void whatIsNotADayOfTheCalendarIsRefused(String date) {
    BusinessException refused = refused("date_of_birth", date);

    assertEquals("date_of_birth", refused.getField());
    assertEquals(
        "'"
            + date
            + "' is not a date for the date of birth: write dates like 2019-03-31 or 31/03/2019,"
            + " with a day that exists in that month.",
        refused.getMessage());
  }

  @Test
  void aDeathBeforeTheBirthIsRefused() {
    BusinessException refused =
        refused("date_of_birth", "2020-03-02", "date_of_death", "2020-03-01");

    assertEquals("date_of_death", refused.getField());
    assertEquals(
        "The date of death 1 March 2020 is before the date of birth 2 March 2020: check both"
            + " against the record they came from.",
        refused.getMessage());
  }

  @Test
  void aDeathOnTheDayOfBirthIsAccepted() {
    NotificationRow row = check("date_of_birth", "2026-03-02", "date_of_death", "2026-03-02");

    assertEquals(0, row.ageAtDeathDays());
  }

  @Test
  void aChildWhoWas18IsRefused() {
    BusinessException refused =
        refused("date_of_birth", "2008-03-14", "date_of_death", "2026-03-14");

    assertEquals("date_of_death", refused.getField());
    assertTrue(
        refused.getMessage().startsWith("The child was 18 on 14 March 2026, on or before the date"),
        refused.getMessage());
  }

  @Test
  void aChildWhoDiesTheDayBeforeTheir18thBirthdayIsAChild() {
    NotificationRow row = check("date_of_birth", "2008-03-14", "date_of_death", "2026-03-13");

    assertEquals(17, row.ageAtDeathYears());
  }

  @Test
  void aChildBornOn29FebruaryIs18On1MarchWhenTheYearIsNotLeap() {
    assertEquals(
        17, check("date_of_birth", "2008-02-29", "date_of_death", "2026-02-28").ageAtDeathYears());

    BusinessException refused =
        refused("date_of_birth", "2008-02-29", "date_of_death", "2026-03-01");
    assertTrue(refused.getMessage().startsWith("The child was 18 on 1 March 2026"));
  }

  @Test
  void aDateInTheFutureIsRefused() {
    BusinessException refused = refused("date_of_death", "23/11/2026");

    assertEquals("date_of_death", refused.getField());
    assertEquals(
        "The date of death 23 November 2026 is in the future: check it against the record it came"
            + " from.",
        refused.getMessage());
    assertEquals("date_of_birth", refused("date_of_birth", "2026-12-01").getField());
    assertEquals("notified_on", refused("notified_on", "2026-11-23").getField());
  }

  @Test
  void todayIsNotInTheFuture() {
    assertEquals(
        LocalDate.of(2026, 11, 22),
        check("date_of_death", "2026-11-22", "notified_on", "2026-11-22").notifiedOn());
  }

  @Test
  void aNotificationBeforeTheDeathIsRefused() {
    BusinessException refused = refused("notified_on", "2026-10-02");

    assertEquals("notified_on", refused.getField());
    assertTrue(refused.getMessage().contains("before the date of death 3 October 2026"));
  }

  @Test
  void anNhsNumberWithAWrongCheckDigitIsRefused() {
    BusinessException refused = refused("nhs_number", "943 476 5910");

    assertEquals("nhs_number", refused.getField());
    assertEquals(
        "The NHS number 943 476 5910 fails the NHS check digit: check it against the record it"
            + " came from.",
        refused.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"943476591", "94347659199", "943476591X", "943-476-5919"})
  void anNhsNumberThatIsNotTenDigitsIsRefused(String number) {
    BusinessException refused = refused("nhs_number", number);

    assertEquals(
        "The NHS number '"
            + number
            + "' is not 10 digits: write its 10 digits, spaces allowed, such as 943 476 5919.",
        refused.getMessage());
  }

  @Test
  void anUnknownCodeIsRefusedNamingItAndTheCodesAllowed() {
    BusinessException refused = refused("place_of_death", "School");

    assertEquals("place_of_death", refused.getField());
    assertEquals(
        "'School' is not a code for the place of death: use HOSPITAL (hospital), HOME (home),"
            + " OTHER_RESIDENCE (another residence), HOSPICE (hospice), PUBLIC_PLACE (public"
            + " place) or OTHER (other).",
        refused.getMessage());
  }

  @Test
  void everyCodedColumnRefusesWhatItDoesNotKnow() {
    assertTrue(refused("sex", "X").getMessage().contains("use M (male), F (female)"));
    assertTrue(refused("ethnicity", "I").getMessage().contains("or Z when it is not stated"));
    assertTrue(refused("expected", "maybe").getMessage().contains("Y (expected), N (unexpected)"));
    assertEquals("looked_after", refused("looked_after", "yes").getField());
    assertEquals(
        "'B2 2DRX' is not a UK postcode: write it like B2 2DR, or leave it empty when it is not"
            + " known.",
        refused("postcode", "B2 2DRX").getMessage());
  }

  @Test
  void aSourceSystemOfOtherCharactersIsRefused() {
    assertEquals("source_system", refused("source_system", "GP surgery").getField());
  }

  @Test
  void aValueLongerThanItsLimitIsRefusedSayingTheLimit() {
    assertEquals(
        "The source reference can be at most 60 characters; this one has 61.",
        refused("source_ref", "r".repeat(61)).getMessage());
    assertEquals(
        "The family name can be at most 100 characters; this one has 101.",
        refused("family_name", "n".repeat(101)).getMessage());
    assertEquals("source_system", refused("source_system", "S".repeat(21)).getField());
  }

  @Test
  void aHugeValueIsQuotedOnlyInPart() {
    BusinessException refused = refused("ethnicity", "Q".repeat(1_000_000));

    assertTrue(refused.getMessage().length() < 300, refused.getMessage());
    assertTrue(refused.getMessage().startsWith("'" + "Q".repeat(40) + "...'"));
  }
}
