/** What an operator watches: the application's metrics. */
package org.casereviews.operations;
