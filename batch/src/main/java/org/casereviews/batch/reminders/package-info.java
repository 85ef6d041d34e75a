/**
 * The action reminders job ({@code action-reminders}): each agency's liaison officers get one
 * e-mail listing their open actions that are overdue or due within 14 days, and the partnership a
 * digest of overdue actions by agency. An agency that cannot be mailed is reported and skipped; the
 * others are mailed all the same. Reads actions and users through the ejb module's services (as a
 * partnership administrator, see {@link org.casereviews.batch.reminders.ReminderSource}); sends
 * through the server's mail session. Started nightly by {@link
 * org.casereviews.batch.reminders.ReminderSchedule} or by hand through {@link
 * org.casereviews.batch.reminders.ActionReminders}.
 */
package org.casereviews.batch.reminders;
