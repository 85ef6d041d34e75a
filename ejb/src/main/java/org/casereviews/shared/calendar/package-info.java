/**
 * Working days in England and Wales: the bank holidays (2010 to 2030 shipped) and the counting of
 * statutory deadlines in working days. Pure Java, no container: the review and action areas build
 * their deadlines on it.
 */
package org.casereviews.shared.calendar;
