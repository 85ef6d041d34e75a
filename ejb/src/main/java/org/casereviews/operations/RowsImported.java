package org.casereviews.operations;

/**
 * A file's rows were loaded and rejected, fired in the import's transaction: {@link
 * OperationsMetrics} counts them once the transaction has committed, so that an import rolled back
 * is not counted.
 */
public record RowsImported(String file, long loaded, long rejected) {}
