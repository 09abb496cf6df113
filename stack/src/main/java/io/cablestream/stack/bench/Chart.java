package io.cablestream.stack.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * A line chart drawn with plain Java2D and written as a PNG: a title, labelled axes with rounded
 * ticks, one coloured line per series and a legend. Enough for throughput over time and latency
 * distributions; no chart library.
 *
 * @param title shown above the plot
 * @param xLabel under the x axis
 * @param yLabel beside the y axis
 * @param series the lines
 */
record Chart(String title, String xLabel, String yLabel, List<Series> series) {

    /** One line: its legend name and its points. */
    record Series(String name, double[] xs, double[] ys) {
    }

    private static final int WIDTH = 960;
    private static final int HEIGHT = 480;
    private static final int LEFT = 80;
    private static final int RIGHT = 200;
    private static final int TOP = 40;
    private static final int BOTTOM = 55;
    private static final Color[] COLOURS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0x17becf)};

    /** Draws the chart into {@code file} (PNG). */
    void write(Path file) throws IOException {
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        double maxX = max(true);
        double maxY = max(false);
        double xStep = step(maxX);
        double yStep = step(maxY);
        maxX = Math.ceil(maxX / xStep) * xStep;
        maxY = Math.ceil(maxY / yStep) * yStep;
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (double x = 0; x <= maxX + xStep / 2; x += xStep) {
            int px = LEFT + (int) (x / maxX * plotWidth);
            g.setColor(new Color(0xe6e6e6));
            g.drawLine(px, TOP, px, TOP + plotHeight);
            g.setColor(Color.DARK_GRAY);
            String label = number(x);
            g.drawString(label, px - g.getFontMetrics().stringWidth(label) / 2, TOP + plotHeight + 16);
        }
        for (double y = 0; y <= maxY + yStep / 2; y += yStep) {
            int py = TOP + plotHeight - (int) (y / maxY * plotHeight);
            g.setColor(new Color(0xe6e6e6));
            g.drawLine(LEFT, py, LEFT + plotWidth, py);
            g.setColor(Color.DARK_GRAY);
            String label = number(y);
            g.drawString(label, LEFT - 6 - g.getFontMetrics().stringWidth(label), py + 4);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, plotWidth, plotHeight);
        g.drawString(xLabel, LEFT + plotWidth / 2 - g.getFontMetrics().stringWidth(xLabel) / 2, HEIGHT - 15);
        var rotated = g.getTransform();
        g.rotate(-Math.PI / 2);
        g.drawString(yLabel, -(TOP + plotHeight / 2 + g.getFontMetrics().stringWidth(yLabel) / 2), 18);
        g.setTransform(rotated);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, LEFT, TOP - 14);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setStroke(new BasicStroke(2f));
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            g.setColor(COLOURS[s % COLOURS.length]);
            for (int i = 1; i < line.xs().length; i++) {
                g.drawLine(LEFT + (int) (line.xs()[i - 1] / maxX * plotWidth),
                        TOP + plotHeight - (int) (line.ys()[i - 1] / maxY * plotHeight),
                        LEFT + (int) (line.xs()[i] / maxX * plotWidth),
                        TOP + plotHeight - (int) (line.ys()[i] / maxY * plotHeight));
            }
            int legendY = TOP + 10 + s * 20;
            g.fillRect(LEFT + plotWidth + 15, legendY - 4, 18, 4);
            g.setColor(Color.BLACK);
            g.drawString(line.name(), LEFT + plotWidth + 40, legendY);
        }
        g.dispose();
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    private double max(boolean x) {
        double max = 0;
        for (Series line : series) {
            for (double value : x ? line.xs() : line.ys()) {
                if (Double.isFinite(value)) {
                    max = Math.max(max, value);
                }
            }
        }
        return max > 0 ? max : 1;
    }

    /** A tick spacing of 1, 2 or 5 times a power of ten giving about six ticks. */
    private static double step(double max) {
        double rough = max / 6;
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double factor : new double[] {1, 2, 5}) {
            if (rough <= factor * power) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%,d", (long) value)
                : String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "");
    }
}
