package org.casereviews.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import org.casereviews.publication.DocumentService;
import org.casereviews.publication.StoredFile;

/**
 * Sends a stored file piece by piece, so that a download holds one piece (512 KB) in memory
 * whatever the size of the file. The file must come from a service method that checked the caller.
 */
public final class StoredFiles {

  private StoredFiles() {}

  /** Writes the file to a servlet response, with its type, length and name. */
  public static void send(StoredFile file, DocumentService documents, HttpServletResponse response)
      throws IOException {
    response.setContentType(file.mediaType());
    response.setContentLengthLong(file.sizeBytes());
    response.setHeader("Content-Disposition", disposition(file));
    response.setHeader("X-Content-Type-Options", "nosniff");
    copy(file, documents, response.getOutputStream());
  }

  /** The file as a JAX-RS body. */
  public static StreamingOutput stream(StoredFile file, DocumentService documents) {
    return out -> copy(file, documents, out);
  }

  /**
   * Shown in the browser when it can (a PDF), saved otherwise; the name in ASCII and, for names
   * beyond ASCII, in UTF-8.
   */
  public static String disposition(StoredFile file) {
    String name = file.fileName().replace("\"", "").replace("\\", "");
    String ascii = name.replaceAll("[^\\x20-\\x7E]", "_");
    String type = file.mediaType().equals("application/pdf") ? "inline" : "attachment";
    return type
        + "; filename=\""
        + ascii
        + "\"; filename*=UTF-8''"
        + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)
            .replace("+", "%20");
  }

  private static void copy(StoredFile file, DocumentService documents, OutputStream out)
      throws IOException {
    for (int seq = 0; seq < file.chunks(); seq++) {
      out.write(documents.chunk(file.versionId(), seq));
    }
    out.flush();
  }
}
