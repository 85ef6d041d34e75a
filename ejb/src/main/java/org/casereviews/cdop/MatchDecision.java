package org.casereviews.cdop;

/**
 * What deciding a possible match did: the record the notification is now on, and whether that
 * record was made for it (a rejected match with no other left to decide), or {@code childDeathId}
 * null when other possible matches of the notification still wait.
 */
public record MatchDecision(
    long matchId, long notificationId, Long childDeathId, boolean newRecord) {}
