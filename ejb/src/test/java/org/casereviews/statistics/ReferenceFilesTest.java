package org.casereviews.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.casereviews.review.RejectedRow;
import org.casereviews.review.ReviewType;
import org.casereviews.shared.BusinessException;
import org.junit.jupiter.api.Test;

class ReferenceFilesTest {

  @Test
  void anOnsFileLoadsWithItsOwnColumnNamesAndThousandsSeparators() {
    var read =
        ReferenceFiles.populations()
            .read(
                new StringReader(
                    "\uFEFFCode,Name,Mid-Year,Aged 0-17\r\n"
                        + "e08000025,Birmingham,2023,\"283,412\"\r\n"));

    assertEquals(
        List.of(new ReferenceFiles.Population("E08000025", "Birmingham", 2023, 283_412)),
        read.rows());
  }

  @Test
  void badLinesAreRefusedWithTheirNumbersAndReasonsWhileTheOthersLoad() {
    var read =
        ReferenceFiles.nationalReviews()
            .read(
                new StringReader(
                    "year,review_type,reviews\n"
                        + "2020,LCSPR,350\n"
                        + "2020,Inquest,3\n"
                        + "\n"
                        + "2999,SCR,1\n"
                        + "2021,LCSPR,many\n"
                        + "2020,lcspr,351\n"));

    assertEquals(
        List.of(new ReferenceFiles.NationalReviews(2020, ReviewType.LCSPR, 350)), read.rows());
    List<RejectedRow> rejected = read.rejected();
    assertEquals(List.of(3L, 5L, 6L, 7L), rejected.stream().map(RejectedRow::line).toList());
    assertTrue(rejected.get(0).reason().contains("'Inquest' is not a kind of review"));
    assertTrue(rejected.get(1).reason().contains("in the future"));
    assertEquals("reviews", rejected.get(2).column());
    assertTrue(rejected.get(3).reason().startsWith("Line 2 already gives this figure"));
  }

  @Test
  void aCountForAnAreaWithoutAPopulationIsRefused() {
    var read =
        ReferenceFiles.areaCounts(Set.of("E06000055"))
            .read(
                new StringReader(
                    "area_code,year,measure,count\n"
                        + "E06000055,2020,child deaths,12\n"
                        + "E06000056,2020,REVIEWS,1\n"));

    assertEquals(1, read.rows().size());
    assertEquals(Measure.CHILD_DEATHS, read.rows().get(0).measure());
    assertTrue(read.rejected().get(0).reason().contains("No child population is loaded"));
  }

  @Test
  void aPostcodeIsNormalisedAndADecileKeptFromOneToTen() {
    var read =
        ReferenceFiles.postcodeDeciles()
            .read(new StringReader("postcode,decile\nb22dr,1\nB2 2DS,11\nnot one,3\n"));

    assertEquals(List.of(new ReferenceFiles.PostcodeDecile("B2 2DR", 1)), read.rows());
    assertEquals(List.of(3L, 4L), read.rejected().stream().map(RejectedRow::line).toList());
  }

  @Test
  void aFileWithoutARequiredColumnIsRefusedAsAWhole() {
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                ReferenceFiles.populations()
                    .read(new StringReader("area_code;area_name;year;population\n")));

    assertEquals("file", refused.getField());
    assertTrue(refused.getMessage().contains("does not name the column area_code"));
  }
}
