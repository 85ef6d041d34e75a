package org.casereviews.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.casereviews.shared.calendar.BankHolidayService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The bank holidays deadlines are counted with; administrators load the official file. */
@Path("bank-holidays")
@Produces(MediaType.APPLICATION_JSON)
public class BankHolidayResource {

  /** bank-holidays.json is about 20 KB; anything far larger is not that file. */
  static final int MAX_BYTES = 1024 * 1024;

  @EJB private BankHolidayService service;

  @GET
  @Operation(
      summary = "The bank holidays of England and Wales in force for a year (default: this year)")
  public List<BankHolidayService.Holiday> list(@QueryParam("year") Integer year) {
    return service.holidays(year == null ? LocalDate.now().getYear() : year);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Load the official bank-holidays.json (partnership-admin)",
      description =
          "Each year in the file's england-and-wales division replaces that year's bank holidays.")
  public BankHolidayService.LoadSummary load(InputStream body) throws IOException {
    byte[] bytes = body.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new WebApplicationException(
          "The file is larger than " + MAX_BYTES / 1024 + " KB: it cannot be bank-holidays.json.",
          Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
    return service.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
  }
}
