package org.casereviews.learning;

import org.casereviews.agency.Agency;

/** How many people from one agency took part in a learning event. */
public record Attendance(Agency agency, int count) {}
