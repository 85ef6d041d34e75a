package org.casereviews.publication;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class DocumentUploadTest {

  private final List<byte[]> chunks = new ArrayList<>();

  @Test
  void aPdfIsKnownByItsFirstBytesAndPassesThroughInPiecesThatAddUpToTheFile() throws Exception {
    byte[] file = new byte[DocumentUpload.CHUNK_BYTES * 2 + 1000];
    new Random(7).nextBytes(file);
    System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, file, 0, 8);

    DocumentUpload.Result result = read(new ByteArrayInputStream(file), Long.MAX_VALUE);

    assertEquals(Optional.of(DocumentFileType.PDF), result.type());
    assertEquals(file.length, result.sizeBytes());
    assertEquals(3, result.chunks());
    assertEquals(DocumentUpload.CHUNK_BYTES, chunks.get(0).length);
    assertEquals(1000, chunks.get(2).length);
    assertArrayEquals(file, joined());
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)),
        result.sha256());
  }

  @Test
  void wordAndPowerPointAreZipsHoldingTheirMainPartAndAreStoredWhole() throws IOException {
    byte[] word = zip("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/big.bin");
    byte[] slides = zip("_rels/.rels", "ppt/presentation.xml", "[Content_Types].xml");

    assertEquals(
        Optional.of(DocumentFileType.DOCX), read(new ByteArrayInputStream(word), 1L << 30).type());
    assertArrayEquals(word, joined());
    assertEquals(
        Optional.of(DocumentFileType.PPTX),
        read(new ByteArrayInputStream(slides), 1L << 30).type());
    assertArrayEquals(slides, joined());
  }

  @Test
  void textAnUnrelatedZipAndABrokenZipAreNotDocuments() throws IOException {
    byte[] broken = "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1);

    assertEquals(Optional.empty(), read(text("plain words"), 1000).type());
    assertEquals(Optional.empty(), read(new ByteArrayInputStream(zip("a.txt")), 1L << 30).type());
    assertEquals(Optional.empty(), read(new ByteArrayInputStream(broken), 1000).type());
    assertEquals(0, read(new ByteArrayInputStream(new byte[0]), 1000).sizeBytes());
  }

  @Test
  void aFileOverTheLimitIsRefusedAsSoonAsItPassesIt() {
    byte[] file = new byte[5000];
    System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, file, 0, 5);

    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> read(new ByteArrayInputStream(file), 4999));

    assertEquals("over 4999", refused.getMessage());
    assertTrue(read(new ByteArrayInputStream(file), 5000).type().isPresent());
  }

  private DocumentUpload.Result read(InputStream in, long max) {
    chunks.clear();
    return DocumentUpload.read(
        in,
        max,
        limit -> new IllegalStateException("over " + limit),
        (seq, bytes) -> {
          assertEquals(chunks.size(), seq);
          chunks.add(bytes);
        });
  }

  private byte[] joined() {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    chunks.forEach(all::writeBytes);
    return all.toByteArray();
  }

  private static InputStream text(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] zip(String... names) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      Random random = new Random(3);
      for (String name : names) {
        zip.putNextEntry(new ZipEntry(name));
        byte[] content = new byte[name.endsWith(".bin") ? 800_000 : 200];
        random.nextBytes(content);
        zip.write(content);
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
