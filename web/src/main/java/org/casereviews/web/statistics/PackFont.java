package org.casereviews.web.statistics;

import com.lowagie.text.pdf.BaseFont;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one typeface of the pack, for its text and its charts: Liberation Sans, read from the
 * classpath. Helvetica with Cp1252 cannot print "≥", and the host's fonts differ from server to
 * server; OpenPDF ships this font in its own jar, so the PDF embeds the same glyphs wherever it is
 * written. It has no bold face of its own: bold is drawn by the PDF and by Java 2D.
 */
final class PackFont {

  private static final String RESOURCE = "font-fallback/LiberationSans-Regular.ttf";
  private static final byte[] BYTES = read();

  private PackFont() {}

  /** The font for OpenPDF, embedded as a subset with Unicode encoding. */
  static BaseFont pdf() {
    try {
      return BaseFont.createFont(
          "LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, BYTES, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The font for the charts, at the given style and size in points. */
  static Font awt(int style, float size) {
    return Holder.AWT.deriveFont(style, size);
  }

  private static byte[] read() {
    try (InputStream in = PackFont.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            RESOURCE
                + " is not on the classpath: is OpenPDF still the version the pack was built on?");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loaded on first use, so that writing only the workbook needs no Java 2D. */
  private static final class Holder {
    private static final Font AWT = create();

    private static Font create() {
      try {
        return Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(BYTES));
      } catch (FontFormatException | IOException e) {
        throw new IllegalStateException("The pack's font cannot be read", e);
      }
    }
  }
}
