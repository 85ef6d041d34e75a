package org.casereviews.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A list screen's rows read a page at a time from a service: each page is read with the count of
 * all rows, sorted by at most one column; filtering is the screen's own form, not the table's.
 */
public class PagedList<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** How many rows there are in all. */
  @FunctionalInterface
  public interface Count extends Serializable {
    long count();
  }

  /** One page of rows; {@code sortBy} is the column's field, or null for the default order. */
  @FunctionalInterface
  public interface Page<T> extends Serializable {
    List<T> load(int first, int max, String sortBy, boolean ascending);
  }

  private final Count count;
  private final Page<T> page;

  public PagedList(Count count, Page<T> page) {
    this.count = count;
    this.page = page;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) count.count();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    // counted with every page: the table counts only while its count is 0, so a count kept from
    // before the screen's filters changed (or rows were added) would stay on the page
    setRowCount((int) count.count());
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    return sort == null
        ? page.load(first, pageSize, null, false)
        : page.load(first, pageSize, sort.getField(), sort.getOrder() == SortOrder.ASCENDING);
  }
}
