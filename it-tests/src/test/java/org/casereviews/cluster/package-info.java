/**
 * Tests of several instances sharing one database, in the container: threads that claim as
 * different instances stand for the instances, and two schedules of one job in the test deployment
 * stand for two instances' timers. Uses the ejb module's claims and the batch module's schedules.
 */
package org.casereviews.cluster;
