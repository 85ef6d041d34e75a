package org.casereviews.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Evidence is recognised by what is inside the file, not by what it is called. */
class EvidenceTypeTest {

  @Test
  void recognisesTheAcceptedKindsByTheirContent() throws IOException {
    assertEquals(Optional.of(EvidenceType.PDF), EvidenceType.of(bytes("%PDF-1.7\n...")));
    assertEquals(Optional.of(EvidenceType.WORD), EvidenceType.of(zip("word/document.xml")));
    assertEquals(Optional.of(EvidenceType.EXCEL), EvidenceType.of(zip("xl/workbook.xml")));
    assertEquals(
        Optional.of(EvidenceType.PNG),
        EvidenceType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}));
    assertEquals(
        Optional.of(EvidenceType.JPEG),
        EvidenceType.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
    assertEquals(Optional.of(EvidenceType.GIF), EvidenceType.of(bytes("GIF89a....")));
  }

  @Test
  void aZipThatIsNotAnOfficeDocumentAndPlainTextAreNotEvidence() throws IOException {
    assertTrue(EvidenceType.of(zip("readme.txt")).isEmpty());
    assertTrue(EvidenceType.of(bytes("just some text pretending")).isEmpty());
    assertTrue(EvidenceType.of(new byte[] {'P', 'K', 3, 4, 1, 2}).isEmpty());
  }

  @Test
  void theNameClaimsAKindByItsExtension() {
    assertEquals(Optional.of(EvidenceType.PDF), EvidenceType.claimedBy("Audit REPORT.PDF"));
    assertEquals(Optional.of(EvidenceType.JPEG), EvidenceType.claimedBy("photo.jpeg"));
    assertEquals(Optional.of(EvidenceType.OLD_OFFICE), EvidenceType.claimedBy("minutes.doc"));
    assertTrue(EvidenceType.claimedBy("script.exe").isEmpty());
    assertTrue(EvidenceType.claimedBy("no-extension").isEmpty());
  }

  static byte[] zip(String entry) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(bytes("<Types/>"));
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(bytes("<document/>"));
    }
    return out.toByteArray();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
