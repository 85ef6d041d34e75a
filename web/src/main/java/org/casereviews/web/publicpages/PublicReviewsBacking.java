package org.casereviews.web.publicpages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.casereviews.publication.PublicLinkService;
import org.casereviews.publication.PublicReview;
import org.casereviews.publication.PublicReviews;

/**
 * /public/reviews.xhtml: the published reviews, newest first, a page at a time, filtered by the GET
 * parameters {@code year}, {@code theme} (a theme's id) and {@code page} (from 1), so that every
 * view of the list is a link that can be bookmarked; then the partnership's links. A parameter that
 * is not a number is ignored.
 */
@Named
@RequestScoped
public class PublicReviewsBacking {

  static final int PAGE_SIZE = 10;

  /** One choice of a filter: the value sent in the address and what the public reads. */
  public record Option(String value, String label) {}

  @EJB private PublicReviews reviews;

  @EJB private PublicLinkService links;

  private String year;
  private String theme;
  private String page;
  private long total;
  private int pageNumber;
  private List<PublicReview> shown;

  /** Runs once when the page opens (f:viewAction). */
  public void load() {
    Integer yearValue = number(year) == null ? null : number(year).intValue();
    Long themeId = number(theme);
    total = reviews.count(yearValue, themeId);
    Long wanted = number(page);
    pageNumber = (int) Math.max(1, Math.min(wanted == null ? 1 : wanted, getPages()));
    shown = reviews.page(yearValue, themeId, (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE);
  }

  public List<PublicReview> getReviews() {
    return shown;
  }

  public long getTotal() {
    return total;
  }

  public int getPageNumber() {
    return pageNumber;
  }

  public long getPages() {
    return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  /** Such as "12 reviews (page 2 of 2)." or "1 review matches.". */
  public String getCountText() {
    String text =
        total == 1
            ? "1 review" + (isFiltered() ? " matches" : "")
            : total + " reviews" + (isFiltered() ? " match" : "");
    return text + (getPages() > 1 ? " (page " + pageNumber + " of " + getPages() + ")." : ".");
  }

  /** A list as people write it: "Neglect, Domestic abuse". */
  public String joined(List<String> items) {
    return String.join(", ", items);
  }

  public boolean isFiltered() {
    return number(year) != null || number(theme) != null;
  }

  public List<Option> getYears() {
    return reviews.years().stream().map(y -> new Option(y.toString(), y.toString())).toList();
  }

  public List<Option> getThemes() {
    return reviews.themes().stream()
        .map(t -> new Option(t.getId().toString(), t.getName()))
        .toList();
  }

  public List<PublicLinkSections.Section> getLinkSections() {
    return PublicLinkSections.of(links.list());
  }

  /** The address of page {@code number} of the list as it is filtered now. */
  public String pageLink(long number) {
    List<String> query = new ArrayList<>();
    if (number(year) != null) {
      query.add("year=" + number(year));
    }
    if (number(theme) != null) {
      query.add("theme=" + number(theme));
    }
    query.add("page=" + number);
    return "reviews.xhtml?" + String.join("&", query);
  }

  /** The address of the form that asks for an archived review's reports. */
  public String requestLink(long reviewId) {
    return "request-archived.xhtml?review=" + reviewId;
  }

  /** The paragraphs of a text, split at blank lines; the line breaks inside them are kept. */
  public List<String> paragraphs(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.strip().split("\\R\\s*\\R"))
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .toList();
  }

  public String getYear() {
    return number(year) == null ? null : year.strip();
  }

  public void setYear(String year) {
    this.year = year;
  }

  public String getTheme() {
    return number(theme) == null ? null : theme.strip();
  }

  public void setTheme(String theme) {
    this.theme = theme;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  private static Long number(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      long value = Long.parseLong(text.strip());
      return value > 0 ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
