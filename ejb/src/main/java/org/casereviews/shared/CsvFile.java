package org.casereviews.shared;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A whole CSV file made in memory from a list read a batch at a time: the line of column names,
 * then a line per item. For exports whose answer is built inside the service's transaction, before
 * any of it is sent.
 */
public record CsvFile(String text, int rows) {

  private static final int BATCH = 500;

  /**
   * @param page the items from a first index, at most a number of them, in a fixed order
   * @param cells an item's values, in the order of {@code columns}
   */
  public static <T> CsvFile of(
      List<String> columns,
      BiFunction<Integer, Integer, List<T>> page,
      Function<T, List<String>> cells) {
    StringWriter out = new StringWriter();
    int rows = 0;
    try {
      CsvLine.write(out, columns);
      List<T> batch;
      do {
        batch = page.apply(rows, BATCH);
        for (T item : batch) {
          CsvLine.write(out, cells.apply(item));
        }
        rows += batch.size();
      } while (batch.size() == BATCH);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CsvFile(out.toString(), rows);
  }
}
