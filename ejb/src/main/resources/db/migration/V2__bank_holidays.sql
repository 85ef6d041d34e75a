-- Bank holidays of England and Wales loaded by an administrator (for example from the official
-- bank-holidays.json). For a year that has rows here, these rows are that year's bank holidays;
-- other years use the list the application ships (org.casereviews.shared.calendar.BankHolidays).
CREATE TABLE bank_holiday (
    holiday_date DATE         NOT NULL PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    loaded_at    TIMESTAMP    NOT NULL,
    loaded_by    VARCHAR(60)  NOT NULL
);
