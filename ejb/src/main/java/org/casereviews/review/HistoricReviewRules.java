package org.casereviews.review;

import static org.casereviews.review.HistoryColumn.AGENCIES;
import static org.casereviews.review.HistoryColumn.CATEGORY;
import static org.casereviews.review.HistoryColumn.PANEL_DECISION;
import static org.casereviews.review.HistoryColumn.PSEUDONYM;
import static org.casereviews.review.HistoryColumn.PUBLICATION;
import static org.casereviews.review.HistoryColumn.REFERENCE;
import static org.casereviews.review.HistoryColumn.STATUS;
import static org.casereviews.review.HistoryColumn.THEMES;
import static org.casereviews.review.HistoryColumn.TYPE;
import static org.casereviews.review.HistoryColumn.WORKING_TOGETHER;
import static org.casereviews.review.HistoryLine.refused;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.IncidentCategory;

/**
 * Every rule a line of a review history file must meet to become a review. One instance reads one
 * file: it remembers the references of the lines before, so that a reference used twice is refused
 * the second time. The first broken rule of a line is the reason it is refused.
 */
final class HistoricReviewRules {

  private final HistoryContext context;
  private final Map<String, Long> referenceLines = new HashMap<>();

  HistoricReviewRules(HistoryContext context) {
    this.context = context;
  }

  /**
   * @throws BusinessException naming the column (when there is one) and the reason
   */
  HistoricReview check(long lineNumber, HistoryLine line) {
    String reference = reference(lineNumber, line);
    String pseudonym = pseudonym(line);
    ReviewType type = type(line);
    IncidentCategory category = category(line);
    WorkingTogether edition = edition(line);
    ReviewDates dates = new HistoricDates(line, context.today()).read();
    ReviewStatus publication = publication(line);
    ReviewStatus given =
        line.choice(STATUS, HistoricReviewRules::status, HistoricReviewRules::statuses);
    PanelDecision decision = decision(line);
    List<String> themes = codes(line, THEMES, context.themeCodes(), "review theme");
    List<String> agencies = codes(line, AGENCIES, context.agencyCodes(), "agency");
    String leadReviewer = line.text(HistoryColumn.LEAD_REVIEWER, 200, "The lead reviewer's name");
    String summary = line.text(HistoryColumn.SUMMARY, 4000, "The summary");
    ReviewStatus status = new HistoricStatus(type, dates).decide(given, publication, decision);
    return new HistoricReview(
        reference,
        pseudonym,
        type,
        category,
        status,
        decision,
        edition,
        dates,
        HistoricDates.openedOn(dates),
        themes,
        agencies,
        leadReviewer,
        summary);
  }

  private String reference(long lineNumber, HistoryLine line) {
    String reference =
        line.required(
            REFERENCE,
            40,
            "The reference",
            "The reference is empty: give the review's reference, such as BSCB 2016-17/1.");
    if (context.referenceTaken().test(reference)) {
      throw refused(
          REFERENCE,
          "The reference "
              + reference
              + " is already used by a review in casereviews; it may have been loaded before.");
    }
    Long first = referenceLines.putIfAbsent(reference.toLowerCase(Locale.ROOT), lineNumber);
    if (first != null) {
      throw refused(
          REFERENCE,
          "The reference "
              + reference
              + " is also on line "
              + first
              + ": each review needs a reference of its own.");
    }
    return reference;
  }

  private static String pseudonym(HistoryLine line) {
    return line.required(
        PSEUDONYM,
        100,
        "The pseudonym",
        "The pseudonym is empty: give the name the review is known by, such as Child A.");
  }

  private static WorkingTogether edition(HistoryLine line) {
    return line.choice(
        WORKING_TOGETHER,
        WorkingTogether::parse,
        () -> "is not an edition of Working Together: use 2013, 2015, 2018 or 2023.");
  }

  private static PanelDecision decision(HistoryLine line) {
    return line.choice(
        PANEL_DECISION,
        text -> code(PanelDecision.class, text),
        () -> "is not a Panel decision: use NATIONAL_REVIEW, LOCAL_REVIEW or NO_REVIEW.");
  }

  private static ReviewType type(HistoryLine line) {
    ReviewType type =
        line.choice(
            TYPE,
            ReviewType::parse,
            () ->
                "is not a kind of review. Use one of "
                    + String.join(", ", Stream.of(ReviewType.values()).map(Enum::name).toList())
                    + ", or the kind's full name, such as Serious Case Review (SCR).");
    if (type == null) {
      throw refused(TYPE, "The type is empty: give the kind of review, such as SCR or LCSPR.");
    }
    return type;
  }

  private static IncidentCategory category(HistoryLine line) {
    IncidentCategory category =
        line.choice(
            CATEGORY,
            text -> code(IncidentCategory.class, text),
            () -> "is not a category: use DEATH or SERIOUS_HARM.");
    if (category == null) {
      throw refused(CATEGORY, "The category is empty: give DEATH or SERIOUS_HARM.");
    }
    return category;
  }

  private static ReviewStatus publication(HistoryLine line) {
    return line.choice(
        PUBLICATION,
        text -> status(text).filter(HistoricStatus.PUBLICATION_OUTCOMES::contains),
        () ->
            "is not a publication outcome: use PUBLISHED, SUMMARY_ONLY, NOT_PUBLISHED or"
                + " DELAYED.");
  }

  private static String statuses() {
    return "is not a status. Use one of "
        + String.join(", ", Stream.of(ReviewStatus.values()).map(Enum::name).toList())
        + ".";
  }

  private static Optional<ReviewStatus> status(String text) {
    return code(ReviewStatus.class, text)
        .or(
            () ->
                Arrays.stream(ReviewStatus.values())
                    .filter(s -> s.getLabel().equalsIgnoreCase(text))
                    .findFirst());
  }

  private static List<String> codes(
      HistoryLine line, HistoryColumn column, Set<String> known, String what) {
    List<String> codes = line.codes(column);
    for (String code : codes) {
      if (!known.contains(code)) {
        throw refused(
            column,
            "There is no "
                + what
                + " with the code "
                + code
                + ". The codes are listed under Administration; separate codes with ';'.");
      }
    }
    return codes;
  }

  /** The constant named like {@code text}: any case, spaces or hyphens for underscores. */
  private static <E extends Enum<E>> Optional<E> code(Class<E> type, String text) {
    String wanted = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> constant.name().equals(wanted))
        .findFirst();
  }
}
