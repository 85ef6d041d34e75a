/**
 * Significant-incident notifications: an agency tells the partnership that a child has died or been
 * seriously harmed and abuse or neglect is known or suspected. The partnership then triages each
 * one (the decision itself is recorded by the review area, which opens the rapid review). Agency
 * liaison officers see only their own agency's notifications. Depends on agency, audit, security
 * and shared.
 */
package org.casereviews.notification;
