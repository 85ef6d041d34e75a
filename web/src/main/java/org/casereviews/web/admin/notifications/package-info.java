/**
 * The notification screens under /admin/notifications/: the inbox, the form an agency fills in, and
 * one notification with its triage. Calls the notification and review services only.
 */
package org.casereviews.web.admin.notifications;
