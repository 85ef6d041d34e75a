/**
 * The child death screens under /admin/cdop/ for CDOP officers and administrators: one record with
 * its identity, notifications, timeline and next steps, and the panel's analysis form. Calls the
 * cdop services only.
 */
package org.casereviews.web.admin.cdop;
