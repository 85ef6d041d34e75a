package org.casereviews.web.admin.reference;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.casereviews.shared.calendar.BankHolidayService;
import org.casereviews.web.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * /admin/reference/bank-holidays.xhtml: the bank holidays in force for a year, and loading the
 * official bank-holidays.json when the government publishes a new one.
 */
@Named
@ViewScoped
public class BankHolidaysBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private BankHolidayService service;

  private int year = LocalDate.now().getYear();
  private transient UploadedFile file;
  private List<BankHolidayService.Holiday> holidays;

  /** Read once per year shown; the table asks for its rows several times while rendering. */
  public List<BankHolidayService.Holiday> getHolidays() {
    if (holidays == null) {
      holidays = service.holidays(year);
    }
    return holidays;
  }

  public void load() {
    if (file == null || file.getSize() == 0) {
      Messages.error("file", "Choose the bank-holidays.json file to load.");
      return;
    }
    BankHolidayService.LoadSummary summary =
        Messages.attempt(
            () -> {
              try (Reader json =
                  new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                return service.load(json);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    if (summary != null) {
      Messages.info(
          "Loaded "
              + summary.holidays()
              + (summary.holidays() == 1 ? " bank holiday for " : " bank holidays for ")
              + summary.years().first()
              + (summary.years().size() > 1 ? " to " + summary.years().last() : "")
              + ". Deadlines in those years are counted with them from now on.");
      setYear(summary.years().first());
    }
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
    this.holidays = null;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
