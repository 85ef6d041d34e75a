/**
 * What every area shares: the application's datasource and its Flyway migrations, the root business
 * exception, reference-data plumbing and small value types. Depends on nothing else in the
 * application.
 */
package org.casereviews.shared;
