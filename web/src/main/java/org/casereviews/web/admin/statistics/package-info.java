/**
 * The statistics screens at /admin/statistics/: Chart 1 and Chart 2 with their tables, the
 * per-capita comparison with England, the funnel plots, the CDOP breakdowns and the annual data
 * pack; and the Chart.js configurations PrimeFaces draws them from.
 */
package org.casereviews.web.admin.statistics;
