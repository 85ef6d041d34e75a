package org.casereviews.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.casereviews.review.ImportReport;
import org.primefaces.model.file.UploadedFile;

/**
 * A CSV file an officer uploads on a page and a service loads: refused before the service when no
 * file is chosen, and summed up at the top of the page when it is loaded, with the lines refused
 * listed below.
 */
public final class CsvUpload {

  private CsvUpload() {}

  /**
   * @param missing what to tell the officer when no file is chosen
   * @param noun what a line of the file is, singular and plural ("review", "reviews")
   * @return the report, or null when no file was chosen or the whole file was refused
   */
  public static ImportReport load(
      UploadedFile file, String missing, String[] noun, Function<Reader, ImportReport> loading) {
    if (file == null || file.getSize() == 0) {
      Messages.error("file", missing);
      return null;
    }
    ImportReport report =
        Messages.attempt(
            () -> {
              try (Reader csv =
                  new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                return loading.apply(csv);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    if (report != null) {
      Messages.info(summary(report, noun[0], noun[1]));
    }
    return report;
  }

  static String summary(ImportReport report, String one, String many) {
    String loaded =
        report.loaded() == 1 ? "1 " + one + " loaded." : report.loaded() + " " + many + " loaded.";
    int rejected = report.rejected().size();
    if (rejected == 0) {
      return loaded;
    }
    return loaded
        + (rejected == 1
            ? " 1 line was not loaded: see the reason below."
            : " " + rejected + " lines were not loaded: see the reasons below.");
  }
}
