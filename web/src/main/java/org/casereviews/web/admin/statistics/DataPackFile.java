package org.casereviews.web.admin.statistics;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.Locale;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.Today;
import org.casereviews.web.statistics.DataPackPdf;
import org.casereviews.web.statistics.DataPackWorkbook;
import org.casereviews.web.statistics.PackContent;

/** The annual data pack as a file: a PDF or an XLSX workbook, each one audited as an export. */
@Dependent
public class DataPackFile {

  /** The formats of the pack, with their media types. */
  public enum Format {
    PDF("application/pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String mediaType;

    Format(String mediaType) {
      this.mediaType = mediaType;
    }

    public String mediaType() {
      return mediaType;
    }

    /**
     * @throws BusinessException about "format" for anything but pdf and xlsx
     */
    public static Format of(String text) {
      String wanted = text == null ? "pdf" : text.trim().toUpperCase(Locale.ROOT);
      for (Format format : values()) {
        if (format.name().equals(wanted)) {
          return format;
        }
      }
      throw new BusinessException(
          "format", "The data pack comes as pdf or xlsx, not '" + text + "'.");
    }
  }

  static final String RECORD_TYPE = "Annual data pack";

  @Inject private AnnualDataPack pack;

  @EJB private AuditTrail audit;

  /** The year a pack is for unless one is chosen: the last full year. */
  public static int defaultYear() {
    return Today.inEngland().getYear() - 1;
  }

  /** The pack's content, worked out (and refused) before any byte of the answer is written. */
  public PackContent content(Integer year, Format format) {
    int chosen = year == null ? defaultYear() : year;
    if (chosen < 2000 || chosen > Today.inEngland().getYear()) {
      throw new BusinessException(
          "year",
          "Choose a year from 2000 to " + Today.inEngland().getYear() + ", not " + chosen + ".");
    }
    PackContent content = pack.forYear(chosen);
    audit.record(AuditAction.EXPORT, RECORD_TYPE, chosen, format.name().toLowerCase(Locale.ROOT));
    return content;
  }

  public static void write(PackContent content, Format format, OutputStream out) {
    if (format == Format.PDF) {
      DataPackPdf.write(content, out);
    } else {
      DataPackWorkbook.write(content, out);
    }
  }

  public static String fileName(int year, Format format) {
    return "statistics-" + year + "." + format.name().toLowerCase(Locale.ROOT);
  }
}
