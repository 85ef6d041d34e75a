/**
 * The panel meeting screens under /admin/cdop/meetings/: the meetings, newest first, a new meeting,
 * and one meeting with the cases it reviewed. Calls the cdop services only.
 */
package org.casereviews.web.admin.cdop.meetings;
