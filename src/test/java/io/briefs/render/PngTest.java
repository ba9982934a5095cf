package io.briefs.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The PNG writer's files decode, in any reader, to exactly the pixels drawn. */
class PngTest {

  private static BufferedImage noise(int width, int height, long seed) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    Random random = new Random(seed);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        // flat runs and noise: both paths of the compressor
        image.setRGB(x, y, x < width / 2 ? 0x1f2328 + y : random.nextInt(0x1000000));
      }
    }
    return image;
  }

  private static void assertSamePixels(BufferedImage drawn, byte[] png) throws IOException {
    BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(read.getWidth()).isEqualTo(drawn.getWidth());
    assertThat(read.getHeight()).isEqualTo(drawn.getHeight());
    assertThat(read.getColorModel().hasAlpha()).isFalse();
    for (int y = 0; y < drawn.getHeight(); y++) {
      for (int x = 0; x < drawn.getWidth(); x++) {
        assertThat(read.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(drawn.getRGB(x, y));
      }
    }
  }

  @Test
  void decodesToThePixelsDrawn() throws IOException {
    BufferedImage image = noise(301, 97, 7);
    assertSamePixels(image, Png.encode(image));
  }

  @Test
  void aSinglePixelAndASingleRow() throws IOException {
    BufferedImage one = noise(1, 1, 1);
    assertSamePixels(one, Png.encode(one));
    BufferedImage row = noise(640, 1, 2);
    assertSamePixels(row, Png.encode(row));
  }

  @Test
  void startsWithTheSignatureAndTheHeaderOfAnRgbImage() {
    byte[] png = Png.encode(noise(300, 200, 3));
    assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
        0, 0, 0x01, 0x2c, 0, 0, 0, (byte) 200, 8, 2, 0, 0, 0);
  }

  @Test
  void anImageOfAnotherLayoutIsRefusedNotMisread() {
    BufferedImage argb = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
    assertThatThrownBy(() -> Png.encode(argb)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("three byte samples per pixel");
    BufferedImage part = noise(8, 8, 4).getSubimage(2, 2, 4, 4);
    assertThatThrownBy(() -> Png.encode(part)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a part of a larger one");
  }
}
