package org.casereviews.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.casereviews.shared.TooLargeException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A JSON request body larger than {@code casereviews.api.max-json-bytes} (64 KB) is refused with
 * 413 before it is read: no request the API takes as JSON comes near it, and a body sent without
 * its length is cut off at the same size. Files (CSV, documents, evidence) have limits of their
 * own.
 */
@Provider
@PreMatching
public class BodyLimit implements ContainerRequestFilter {

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
      return;
    }
    request.setEntityStream(new Limited(request.getEntityStream()));
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

    private void count(int n) {
      read += n;
      if (read > maxBytes) {
        drain(in);
        throw tooLarge(0);
      }
    }
  }
}
