package org.casereviews.publication;

import java.time.Instant;

/**
 * What an approved request's link opens: the archived review as the public page describes it, with
 * the documents the requester may download, and until when.
 */
public record ArchiveAccess(
    long requestId, String requesterName, Instant linkExpiresAt, PublicReview review) {}
