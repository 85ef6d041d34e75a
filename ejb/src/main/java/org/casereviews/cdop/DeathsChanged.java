package org.casereviews.cdop;

/**
 * Fired by whatever changes what child deaths are counted by, in the transaction of the change,
 * once it has marked the years (see {@link CountedYears}): once the transaction commits, the
 * statistics count those years again in the background, so that the next figure finds them counted.
 */
public record DeathsChanged() {}
