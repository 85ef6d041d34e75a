package org.casereviews.cluster;

import java.time.OffsetDateTime;

/**
 * An instance as it resumes the imports that had not ended: its name, and when it started by the
 * database's clock (the one the claims are dated by, so the instances' own clocks do not matter).
 */
public record Resumer(String instance, OffsetDateTime started) {}
