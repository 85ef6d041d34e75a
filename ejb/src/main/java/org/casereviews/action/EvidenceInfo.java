package org.casereviews.action;

import java.time.Instant;

/** What a list shows of an evidence file: everything but its content. */
public record EvidenceInfo(
    long id,
    String fileName,
    EvidenceType type,
    long sizeBytes,
    String sha256,
    Instant uploadedAt,
    String uploadedBy) {}
