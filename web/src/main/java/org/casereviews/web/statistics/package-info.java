/**
 * The annual data pack: a neutral content model ({@link PackContent} with its sections, tables and
 * charts) and the writers that turn it into the two files the partnership puts in its annual
 * report, a PDF ({@link DataPackPdf}) and an XLSX workbook ({@link DataPackWorkbook}). Nothing here
 * knows what the figures mean: whoever builds the statistics fills the model. The package depends
 * only on the JDK, OpenPDF, Apache POI and JFreeChart; not on the services, the entities or JSF.
 */
package org.casereviews.web.statistics;
