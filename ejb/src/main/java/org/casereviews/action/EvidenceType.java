package org.casereviews.action;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of evidence file an agency may upload, recognised by their content, not by their name:
 * a file called report.pdf must really be a PDF.
 */
public enum EvidenceType {
  PDF("PDF document", "application/pdf", List.of("pdf")),
  WORD(
      "Word document",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      List.of("docx")),
  EXCEL(
      "Excel workbook",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      List.of("xlsx")),
  OLD_OFFICE("Word or Excel 97-2003 file", "application/octet-stream", List.of("doc", "xls")),
  PNG("PNG image", "image/png", List.of("png")),
  JPEG("JPEG image", "image/jpeg", List.of("jpg", "jpeg")),
  GIF("GIF image", "image/gif", List.of("gif"));

  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

  private final String label;
  private final String mediaType;
  private final List<String> extensions;

  EvidenceType(String label, String mediaType, List<String> extensions) {
    this.label = label;
    this.mediaType = mediaType;
    this.extensions = extensions;
  }

  public String getLabel() {
    return label;
  }

  /** The media type a download is sent with. */
  public String getMediaType() {
    return mediaType;
  }

  /** The kind a file's name claims, from its extension. */
  public static Optional<EvidenceType> claimedBy(String fileName) {
    int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.extensions.contains(extension)).findFirst();
  }

  /** The kind the content shows, whatever the file is called. */
  public static Optional<EvidenceType> of(byte[] content) {
    if (startsWith(content, "%PDF-".getBytes())) {
      return Optional.of(PDF);
    }
    if (startsWith(content, PNG_SIGNATURE)) {
      return Optional.of(PNG);
    }
    if (content.length > 3
        && (content[0] & 0xFF) == 0xFF
        && (content[1] & 0xFF) == 0xD8
        && (content[2] & 0xFF) == 0xFF) {
      return Optional.of(JPEG);
    }
    if (startsWith(content, "GIF87a".getBytes()) || startsWith(content, "GIF89a".getBytes())) {
      return Optional.of(GIF);
    }
    if (startsWith(content, OLE2)) {
      return Optional.of(OLD_OFFICE);
    }
    if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
      return officeDocument(content);
    }
    return Optional.empty();
  }

  /** A Word or Excel file is a zip holding word/document.xml or xl/workbook.xml. */
  private static Optional<EvidenceType> officeDocument(byte[] content) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals("word/document.xml")) {
          return Optional.of(WORD);
        }
        if (entry.getName().equals("xl/workbook.xml")) {
          return Optional.of(EXCEL);
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // not a readable zip: not an Office document
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    return content.length >= prefix.length
        && Arrays.equals(Arrays.copyOf(content, prefix.length), prefix);
  }
}
