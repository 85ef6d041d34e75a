/**
 * The audit trail: an append-only record of who did what to which record and when, including reads
 * of records about children and every sign-in attempt. Services write it; nothing edits or deletes
 * it. Depends on {@code shared} and the role names in {@code security}.
 */
package org.casereviews.audit;
