package org.casereviews.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.casereviews.shared.TooLargeException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A JSON request body larger than {@code casereviews.api.max-json-bytes} (64 KB) is refused with
 * 413 before it is read (no request the API takes as JSON comes near it); a body sent without its
 * length is counted as it is read and refused the same way at the limit. Files (CSV, documents,
 * evidence) have limits of their own.
 */
@Provider
@PreMatching
public class BodyLimit implements ContainerRequestFilter, ReaderInterceptor {

  private static final long DRAIN_LIMIT = 16L * 1024 * 1024;

  @Inject
  @ConfigProperty(name = "casereviews.api.max-json-bytes", defaultValue = "65536")
  long maxBytes;

  @Override
  public void filter(ContainerRequestContext request) {
    MediaType type = request.getMediaType();
    if (type == null || !isJson(type)) {
      return;
    }
    if (request.getLength() > maxBytes) {
      drain(request.getEntityStream());
      request.abortWith(
          Response.status(413)
              .type(MediaType.APPLICATION_JSON_TYPE)
              .entity(ErrorMapper.describe(tooLarge(request.getLength())))
              .build());
    }
  }

  /** A JSON body sent without its length is counted as it is read, and stopped at the limit. */
  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (context.getMediaType() == null || !isJson(context.getMediaType())) {
      return context.proceed();
    }
    Limited limited = new Limited(context.getInputStream());
    context.setInputStream(limited);
    try {
      return context.proceed();
    } catch (RuntimeException | IOException failure) {
      // the JSON reader reports the stream's refusal as a body it could not read
      if (limited.over) {
        throw tooLarge(0);
      }
      throw failure;
    }
  }

  /** application/json, and the JSON of a merge patch ({@code application/merge-patch+json}). */
  private static boolean isJson(MediaType type) {
    return "application".equalsIgnoreCase(type.getType())
        && ("json".equalsIgnoreCase(type.getSubtype())
            || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
  }

  /**
   * Reads and drops the rest of a refused body, up to {@link #DRAIN_LIMIT}: a client still sending
   * its body does not read the answer until it is done (Java's own HTTP client waits for ever), so
   * the answer is given once the body is in. A body larger still is cut off.
   */
  private static void drain(InputStream body) {
    byte[] buffer = new byte[8192];
    long dropped = 0;
    try {
      for (int n; dropped < DRAIN_LIMIT && (n = body.read(buffer)) >= 0; ) {
        dropped += n;
      }
    } catch (IOException gone) {
      // the client has stopped sending: the answer goes all the same
    }
  }

  private TooLargeException tooLarge(long length) {
    return new TooLargeException(
        null,
        "The request body is too large"
            + (length > 0 ? " (" + length + " bytes)" : "")
            + ": a JSON body can be at most "
            + maxBytes
            + " bytes.");
  }

  /** Counts what is read, and stops at the limit. */
  private final class Limited extends FilterInputStream {

    private long read;
    private boolean over;

    Limited(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) throws IOException {
      read += n;
      if (read > maxBytes) {
        over = true;
        drain(in);
        throw new IOException("over the limit of " + maxBytes + " bytes");
      }
    }
  }
}
