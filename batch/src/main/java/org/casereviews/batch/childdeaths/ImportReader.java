package org.casereviews.batch.childdeaths;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.casereviews.batch.jobs.JobProgress;
import org.casereviews.cdop.imports.ChildDeathFile;
import org.casereviews.cdop.imports.ImportFileException;
import org.casereviews.shared.Today;

/**
 * Reads the file a row at a time, each row checked ({@code NotificationRow} or {@code
 * RejectedRow}). A run that goes on with an import skips the rows already staged and reads on from
 * the next. Publishes how far it has got through the file's bytes for the progress bar.
 */
@Dependent
@Named("ImportReader")
public class ImportReader extends AbstractItemReader {

  /** Progress is published every this many rows. */
  private static final int PUBLISH_EVERY = 1000;

  @Inject
  @BatchProperty(name = "file")
  String file;

  @Inject
  @BatchProperty(name = "importId")
  String importId;

  @Inject JobContext job;

  @EJB private ImportRunner runner;

  @EJB private JobProgress progress;

  private ChildDeathFile rows;
  private CountingStream counted;
  private long size;

  @Override
  public void open(Serializable checkpoint) throws IOException {
    Path path = Path.of(file);
    try {
      size = Files.size(path);
      counted = new CountingStream(new BufferedInputStream(Files.newInputStream(path), 65536));
      rows = ChildDeathFile.open(counted, Today.inEngland());
    } catch (ImportFileException refused) {
      runner.fail(ImportNumber.of(job, importId), refused.getMessage());
      throw refused;
    } catch (NoSuchFileException gone) {
      String reason = "The file " + path.getFileName() + " is no longer in the inbox.";
      runner.fail(ImportNumber.of(job, importId), reason);
      throw new IllegalStateException(reason, gone);
    }
    // the rows staged so far, not the batch checkpoint, say where to go on: they are committed
    // with the chunk that staged them, and they are there too for a run that resumes an import
    // begun by a run that died with its server
    long staged = runner.staged(ImportNumber.of(job, importId));
    if (staged > 0) {
      rows.skip(staged);
    }
  }

  @Override
  public Object readItem() {
    Object next = rows.next().orElse(null);
    if (next != null && rows.recordsRead() % PUBLISH_EVERY == 0) {
      progress.publish(job.getExecutionId(), counted.count, size);
    }
    return next;
  }

  @Override
  public Serializable checkpointInfo() {
    return rows == null ? null : rows.recordsRead();
  }

  @Override
  public void close() throws IOException {
    if (rows != null) {
      rows.close();
    }
  }

  /** Counts the bytes read, for the progress bar. */
  private static final class CountingStream extends FilterInputStream {

    private volatile long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
