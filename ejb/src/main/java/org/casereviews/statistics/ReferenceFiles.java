package org.casereviews.statistics;

import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.casereviews.cdop.imports.UkPostcode;
import org.casereviews.review.ReviewType;
import org.casereviews.shared.BusinessException;
import org.casereviews.statistics.ReferenceFile.Column;
import org.casereviews.statistics.ReferenceFile.Line;

/** The four reference data files, their columns and the rows they hold. */
final class ReferenceFiles {

  static final Column AREA_CODE = new Column("area_code", "code", "area code", "geography code");
  static final Column AREA_NAME = new Column("area_name", "name", "area name", "geography name");
  static final Column YEAR = new Column("year", "mid_year", "mid-year");
  static final Column POPULATION =
      new Column("population", "children", "aged 0-17", "population aged 0-17", "0-17");
  static final Column REVIEW_TYPE = new Column("review_type", "type");
  static final Column REVIEWS = new Column("reviews", "count", "number");
  static final Column MEASURE = new Column("measure");
  static final Column COUNT = new Column("count", "number", "counted");
  static final Column POSTCODE = new Column("postcode", "pcds", "pcd");
  static final Column DECILE = new Column("decile", "imd_decile", "imd decile");

  /** The earliest year a figure may be for. */
  static final int FIRST_YEAR = 1990;

  record Population(String areaCode, String areaName, int year, long children) {}

  record NationalReviews(int year, ReviewType type, long reviews) {}

  record AreaCount(String areaCode, int year, Measure measure, long counted) {}

  record PostcodeDecile(String postcode, int decile) {}

  private ReferenceFiles() {}

  static ReferenceFile<Population> populations() {
    return new ReferenceFile<>(
        "child populations",
        List.of(AREA_CODE, AREA_NAME, YEAR, POPULATION),
        line ->
            new Population(
                Areas.code(AREA_CODE.name(), line.required(AREA_CODE)),
                line.required(AREA_NAME),
                year(line),
                line.number(POPULATION, 1)),
        row -> List.of(row.areaCode(), row.year()));
  }

  static ReferenceFile<NationalReviews> nationalReviews() {
    return new ReferenceFile<>(
        "national review counts",
        List.of(YEAR, REVIEW_TYPE, REVIEWS),
        line -> new NationalReviews(year(line), reviewType(line), line.number(REVIEWS, 0)),
        row -> List.of(row.year(), row.type()));
  }

  /**
   * @param known the areas whose population is loaded: a count for another area means nothing yet
   */
  static ReferenceFile<AreaCount> areaCounts(Set<String> known) {
    return new ReferenceFile<>(
        "area counts",
        List.of(AREA_CODE, YEAR, MEASURE, COUNT),
        line -> {
          String area = Areas.code(AREA_CODE.name(), line.required(AREA_CODE));
          if (!known.contains(area)) {
            throw new BusinessException(
                AREA_CODE.name(),
                "No child population is loaded for "
                    + area
                    + ": load the populations file that holds it first.");
          }
          return new AreaCount(area, year(line), measure(line), line.number(COUNT, 0));
        },
        row -> List.of(row.areaCode(), row.year(), row.measure()));
  }

  static ReferenceFile<PostcodeDecile> postcodeDeciles() {
    return new ReferenceFile<>(
        "postcodes",
        List.of(POSTCODE, DECILE),
        line -> {
          String typed = line.required(POSTCODE);
          String postcode =
              UkPostcode.normalise(typed)
                  .orElseThrow(
                      () ->
                          new BusinessException(
                              POSTCODE.name(), "'" + typed + "' is not a UK postcode."));
          long decile = line.number(DECILE, 1);
          if (decile > 10) {
            throw new BusinessException(
                DECILE.name(),
                "The decile must be from 1 (most deprived) to 10, not " + decile + ".");
          }
          return new PostcodeDecile(postcode, (int) decile);
        },
        row -> List.of(row.postcode()));
  }

  private static int year(Line line) {
    long year = line.number(YEAR, FIRST_YEAR);
    int latest = Year.now().getValue() + 1;
    if (year > latest) {
      throw new BusinessException(
          YEAR.name(), "The year " + year + " is in the future: give a year up to " + latest + ".");
    }
    return (int) year;
  }

  private static ReviewType reviewType(Line line) {
    String typed = line.required(REVIEW_TYPE);
    return ReviewType.parse(typed)
        .orElseThrow(
            () ->
                new BusinessException(
                    REVIEW_TYPE.name(),
                    "'"
                        + typed
                        + "' is not a kind of review. Use SCR, LCSPR or another code: "
                        + String.join(
                            ", ", Arrays.stream(ReviewType.values()).map(Enum::name).toList())
                        + "."));
  }

  private static Measure measure(Line line) {
    String typed = line.required(MEASURE);
    return Measure.parse(typed)
        .orElseThrow(
            () ->
                new BusinessException(
                    MEASURE.name(),
                    "'" + typed + "' is not a measure: use one of " + Measure.codes() + "."));
  }
}
