package org.casereviews.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.casereviews.security.Roles;
import org.casereviews.shared.calendar.BankHolidayService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deadline rules as configured: the bank holidays in force and how many working days before
 * publication the final report goes to the Panel ({@code
 * casereviews.deadlines.prepublication-working-days}, 7 unless set).
 */
@Stateless
@RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER, Roles.AGENCY_LIAISON, Roles.VIEWER})
public class DeadlineCalendar {

  @EJB private BankHolidayService holidays;

  @Inject
  @ConfigProperty(name = "casereviews.deadlines.prepublication-working-days", defaultValue = "7")
  private int prepublicationWorkingDays;

  public ReviewDeadlines rules() {
    if (prepublicationWorkingDays < 0) {
      throw new IllegalStateException(
          "casereviews.deadlines.prepublication-working-days must not be negative");
    }
    return new ReviewDeadlines(holidays.workingDays(), prepublicationWorkingDays);
  }
}
