/**
 * The child death screens under /admin/cdop/ (CDOP officers and partnership administrators): the
 * list of records with its filters and exports, the queue of possible matches, and the import of a
 * file followed on a progress bar. Calls the cdop services and the batch module's child-death
 * import; shows who a child was only masked, except to the officer deciding a possible match.
 */
package org.casereviews.web.admin.cdop;
