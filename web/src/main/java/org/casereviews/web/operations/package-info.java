/** What the council's operators watch: health checks and security response headers. */
package org.casereviews.web.operations;
