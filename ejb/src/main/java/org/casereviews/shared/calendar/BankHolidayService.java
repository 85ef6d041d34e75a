package org.casereviews.shared.calendar;

import static java.util.Comparator.comparing;
import static java.util.stream.Collectors.toSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.security.Roles;

/**
 * The bank holidays deadlines are counted with. A year an administrator has loaded (from the
 * official bank-holidays.json) uses the loaded list; every other year uses the shipped one.
 */
@Stateless
@RolesAllowed({
  Roles.PARTNERSHIP_ADMIN,
  Roles.REVIEW_OFFICER,
  Roles.CDOP_OFFICER,
  Roles.AGENCY_LIAISON,
  Roles.VIEWER
})
public class BankHolidayService {

  /** What a load changed: how many holidays, and the years they replaced. */
  public record LoadSummary(int holidays, SortedSet<Integer> years) {}

  /** One bank holiday and whether it was loaded or shipped. */
  public record Holiday(LocalDate date, String name, boolean loaded) {}

  static final String RECORD_TYPE = "BankHoliday";

  @PersistenceContext private EntityManager em;

  @EJB private AuditTrail audit;

  /** Working days counted with the bank holidays in force. */
  public WorkingDays workingDays() {
    return new WorkingDays(
        inForce(BankHolidays.FIRST_YEAR, BankHolidays.LAST_YEAR + 10).stream()
            .map(Holiday::date)
            .toList());
  }

  public List<Holiday> holidays(int year) {
    return inForce(year, year);
  }

  /**
   * Loads England and Wales from a bank-holidays.json file. Every year in the file replaces what
   * was in force for that year; a bad file changes nothing.
   */
  @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
  public LoadSummary load(Reader json) {
    NavigableMap<LocalDate, String> read = GovUkBankHolidays.read(json);
    SortedSet<Integer> years = new TreeSet<>();
    read.keySet().forEach(date -> years.add(date.getYear()));
    em.createQuery("delete from LoadedBankHoliday h where h.date >= :first and h.date <= :last")
        .setParameter("first", LocalDate.of(years.first(), 1, 1))
        .setParameter("last", LocalDate.of(years.last(), 12, 31))
        .executeUpdate();
    Instant now = Instant.now();
    String by = audit.callerName();
    read.forEach((date, name) -> em.persist(new LoadedBankHoliday(date, name, now, by)));
    audit.record(
        AuditAction.UPDATE,
        RECORD_TYPE,
        null,
        "loaded " + read.size() + " bank holidays for " + years.first() + "-" + years.last());
    return new LoadSummary(read.size(), years);
  }

  /** The one rule: a year with loaded holidays uses them, any other year the shipped list. */
  private List<Holiday> inForce(int firstYear, int lastYear) {
    List<LoadedBankHoliday> loaded = loadedBetween(firstYear, lastYear);
    Set<Integer> loadedYears = loaded.stream().map(h -> h.getDate().getYear()).collect(toSet());
    Stream<Holiday> shipped =
        BankHolidays.between(firstYear, lastYear).entrySet().stream()
            .filter(day -> !loadedYears.contains(day.getKey().getYear()))
            .map(day -> new Holiday(day.getKey(), day.getValue(), false));
    Stream<Holiday> fromFile =
        loaded.stream().map(h -> new Holiday(h.getDate(), h.getName(), true));
    return Stream.concat(shipped, fromFile).sorted(comparing(Holiday::date)).toList();
  }

  private List<LoadedBankHoliday> loadedBetween(int firstYear, int lastYear) {
    return em.createQuery(
            "select h from LoadedBankHoliday h where h.date >= :first and h.date <= :last"
                + " order by h.date",
            LoadedBankHoliday.class)
        .setParameter("first", LocalDate.of(firstYear, 1, 1))
        .setParameter("last", LocalDate.of(lastYear, 12, 31))
        .getResultList();
  }
}
