package org.casereviews.cdop;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a record's timeline: a notification received or a move between stages, on its day.
 *
 * @param kind NOTIFICATION or STATUS
 * @param by the source system of a notification, the user who recorded a move
 */
public record TimelineEntry(
    LocalDate on, Instant recordedAt, String kind, String text, String by, String note) {

  static final String NOTIFICATION = "NOTIFICATION";
  static final String STATUS = "STATUS";
}
