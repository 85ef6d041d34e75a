package org.casereviews.publication;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads an uploaded file once, from its stream to its end, handing it on in pieces of {@link
 * #CHUNK_BYTES} as it goes: so a file of any size passes through with one piece in memory. On the
 * way it counts the bytes (refusing a file over the limit as soon as it passes it), takes its
 * SHA-256 digest, and recognises its type from the content: a PDF starts with {@code %PDF-}; a Word
 * or PowerPoint file is a zip holding {@code word/document.xml} or {@code ppt/presentation.xml}.
 */
public final class DocumentUpload {

  /** The size of the pieces a file is stored in. */
  public static final int CHUNK_BYTES = 512 * 1024;

  /** Where the pieces go, numbered from 0. */
  @FunctionalInterface
  public interface ChunkSink {
    void accept(int seq, byte[] bytes);
  }

  /** What was read: the type the content shows (if any), size, pieces and digest. */
  public record Result(
      Optional<DocumentFileType> type, long sizeBytes, int chunks, String sha256) {}

  private DocumentUpload() {}

  /**
   * Reads {@code in} to its end into {@code sink}.
   *
   * @param tooLarge makes the exception thrown once more than {@code maxBytes} have arrived
   */
  public static Result read(
      InputStream in, long maxBytes, LongFunction<RuntimeException> tooLarge, ChunkSink sink) {
    Tee tee = new Tee(in, maxBytes, tooLarge, sink);
    try {
      Optional<DocumentFileType> type = recognise(new PushbackInputStream(tee, 8));
      tee.drain();
      return new Result(type, tee.size, tee.seq, HexFormat.of().formatHex(tee.digest.digest()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<DocumentFileType> recognise(PushbackInputStream in) throws IOException {
    byte[] head = in.readNBytes(5);
    in.unread(head);
    if (Arrays.equals(head, "%PDF-".getBytes())) {
      return Optional.of(DocumentFileType.PDF);
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return officeDocument(in);
    }
    return Optional.empty();
  }

  private static Optional<DocumentFileType> officeDocument(InputStream in) throws IOException {
    // the rest of the file is read raw once the main part is found, so that a zip made to
    // inflate to something huge costs no more than reading it
    ZipInputStream zip = new ZipInputStream(in);
    try {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals("word/document.xml")) {
          return Optional.of(DocumentFileType.DOCX);
        } else if (entry.getName().equals("ppt/presentation.xml")) {
          return Optional.of(DocumentFileType.PPTX);
        }
      }
    } catch (ZipException | IllegalArgumentException e) {
      return Optional.empty(); // starts like a zip but is not a readable one
    }
    return Optional.empty();
  }

  /** Passes every byte read through on to the digest, the count and the pieces. */
  private static final class Tee extends FilterInputStream {
    private final long maxBytes;
    private final LongFunction<RuntimeException> tooLarge;
    private final ChunkSink sink;
    private final MessageDigest digest = sha256();
    private final byte[] chunk = new byte[CHUNK_BYTES];
    private int filled;
    private int seq;
    private long size;

    Tee(InputStream in, long maxBytes, LongFunction<RuntimeException> tooLarge, ChunkSink sink) {
      super(in);
      this.maxBytes = maxBytes;
      this.tooLarge = tooLarge;
      this.sink = sink;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        passOn(b, off, n);
      } else if (n < 0) {
        flush();
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] skipped = new byte[(int) Math.min(n, 8192)];
      int read = read(skipped, 0, skipped.length);
      return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    void drain() throws IOException {
      byte[] rest = new byte[8192];
      while (read(rest, 0, rest.length) >= 0) {
        // every byte passes on as it is read
      }
    }

    private void passOn(byte[] b, int off, int n) {
      size += n;
      if (size > maxBytes) {
        throw tooLarge.apply(maxBytes);
      }
      digest.update(b, off, n);
      int from = off;
      int left = n;
      while (left > 0) {
        int take = Math.min(left, CHUNK_BYTES - filled);
        System.arraycopy(b, from, chunk, filled, take);
        filled += take;
        from += take;
        left -= take;
        if (filled == CHUNK_BYTES) {
          flush();
        }
      }
    }

    private void flush() {
      if (filled > 0) {
        sink.accept(seq++, Arrays.copyOf(chunk, filled));
        filled = 0;
      }
    }

    private static MessageDigest sha256() {
      try {
        return MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is missing from this Java", e);
      }
    }
  }
}
