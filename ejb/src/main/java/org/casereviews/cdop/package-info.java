/**
 * The Child Death Overview Panel's records of the death of every child under 18 in the
 * partnership's area: the notifications that agencies send, and the Panel's analysis of each death.
 * The details that identify a child (NHS number, names, postcode) are kept apart from the data the
 * Panel analyses, and only cdop-officer and partnership-admin users see them. Depends on shared,
 * security, audit and review; knows nothing of screens, the API or batch jobs.
 */
package org.casereviews.cdop;
