/** The admin screens under {@code /admin/}: the dashboard and, in sub-packages, each area. */
package org.casereviews.web.admin;
