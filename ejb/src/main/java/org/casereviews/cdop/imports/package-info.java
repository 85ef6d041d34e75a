/**
 * The import of child-death notifications from the CSV files that registrars, hospitals, the
 * police, children's social care and GPs send (format v1, described in DESIGN.md): the rules one
 * row must meet ({@link org.casereviews.cdop.imports.NotificationRules}), kept in one place so that
 * screens apply the same ones, and a streaming reader of a whole file ({@link
 * org.casereviews.cdop.imports.ChildDeathFile}) whose memory stays the same whatever the file's
 * size. A bad row is rejected with its line number and reason and never stops the file. Depends on
 * cdop, review (for {@link org.casereviews.review.RejectedRow}) and shared.
 */
package org.casereviews.cdop.imports;
