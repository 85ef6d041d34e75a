/**
 * What every integration test shares: the one deployment of the real EAR for the whole run, the
 * run-as helpers for calling services in a role, and HTTP helpers for client-side tests.
 */
package org.casereviews.it;
