package org.casereviews.web.statistics;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** What a test can see in a drawn image: how many pixels are of a colour, or not white. */
final class Pixels {

  private static final int TOLERANCE = 40;

  private Pixels() {}

  static long near(BufferedImage image, Color colour) {
    long count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        Color pixel = new Color(image.getRGB(x, y));
        if (Math.abs(pixel.getRed() - colour.getRed())
                + Math.abs(pixel.getGreen() - colour.getGreen())
                + Math.abs(pixel.getBlue() - colour.getBlue())
            < TOLERANCE) {
          count++;
        }
      }
    }
    return count;
  }

  static long notWhite(BufferedImage image, int top, int bottom) {
    long count = 0;
    for (int y = top; y < bottom; y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
          count++;
        }
      }
    }
    return count;
  }

  /** Kept under target/ so that a reader can look at what the test looked at. */
  static Path save(BufferedImage image, String name) {
    try {
      Path file = Path.of("target", "data-pack", name);
      Files.createDirectories(file.getParent());
      ImageIO.write(image, "png", file.toFile());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
