/**
 * Publication and the archive (DOMAIN.md section 3): the documents of a review and their versions,
 * the public page of published reviews with the links the partnership points people to, the
 * set-based archive of reviews published long enough ago (with holds), and the public's requests
 * for archived reports. Depends on {@code review}, {@code audit}, {@code security} and {@code
 * shared}; nothing in {@code review} depends on it.
 */
package org.casereviews.publication;
