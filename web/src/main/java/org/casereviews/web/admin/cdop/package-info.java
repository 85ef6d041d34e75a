/**
 * The child death screens under /admin/cdop/ for CDOP officers and administrators: one record with
 * its identity, notifications, timeline and next steps, the panel's analysis form, and panel
 * meetings with their cases. Calls the cdop services only.
 */
package org.casereviews.web.admin.cdop;
