package io.cablestream.stack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartTest {

    @Test
    void drawsEachSeriesInItsColourIntoAPng(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("chart.png");
        new Chart("title", "x", "y", List.of(new Chart.Series("flat", new double[] {0, 10}, new double[] {5, 5})))
                .write(file);

        var image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(960);
        long blue = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if (image.getRGB(x, y) == new Color(0x1f77b4).getRGB()) {
                    blue++;
                }
            }
        }
        assertThat(blue).as("pixels of the first series' line and legend").isGreaterThan(500);
    }
}
