package org.casereviews.review;

import java.io.Serializable;

/**
 * A line of a review history file that was not loaded: its line number in the file (the column
 * names are line 1; a value spread over several lines counts every one of them), the column the
 * problem is in when there is one, and the reason, written for the officer who will correct it.
 */
public record RejectedRow(long line, String column, String reason) implements Serializable {}
