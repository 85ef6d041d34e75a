/**
 * The REST API under {@code /casereviews/api/v1} for other council systems: JSON in and out, HTTP
 * Basic for system accounts, errors as {@code {"status", "message", "details"}} and never a stack
 * trace. Resources call the services of the ejb module; entities never leave: each resource maps
 * them to its own records.
 */
package org.casereviews.api;
