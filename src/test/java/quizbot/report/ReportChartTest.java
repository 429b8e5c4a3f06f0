package quizbot.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static quizbot.report.ClassAttempts.PLANET_QUESTIONS;
import static quizbot.report.ClassAttempts.learner;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The report as a PNG: score bands on top, share correct per question below. */
class ReportChartTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private static BufferedImage decode(byte[] png) throws IOException {
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, PNG_SIGNATURE.length));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image, "ImageIO cannot read it");
        return image;
    }

    /** Pixels that are clearly coloured (the blue bars), not white, grey grid lines or black text. */
    private static int barPixels(BufferedImage image, int fromY, int toY) {
        int count = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int red = rgb >> 16 & 0xFF;
                int blue = rgb & 0xFF;
                if (blue - red > 80) {
                    count++;
                }
            }
        }
        return count;
    }

    private static int nonWhitePixels(BufferedImage image, int fromY, int toY) {
        int count = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void isAPngOfTheStatedSizeWithBarsInBothHalves() throws IOException {
        BufferedImage image = decode(ReportChart.png(ClassAttempts.sevenLearnersReport()));

        assertEquals(ReportChart.WIDTH, image.getWidth());
        assertEquals(ReportChart.HEIGHT, image.getHeight());
        assertEquals(900, image.getWidth());
        assertEquals(900, image.getHeight());
        int half = image.getHeight() / 2;
        assertTrue(nonWhitePixels(image, 0, half) > 1000, "the score chart is blank");
        assertTrue(nonWhitePixels(image, half, image.getHeight()) > 1000, "the question chart is blank");
        assertTrue(barPixels(image, 0, half) > 1000, "the score chart has no bars");
        assertTrue(barPixels(image, half, image.getHeight()) > 1000, "the question chart has no bars");
    }

    @Test
    void countsStartersInBandsOfTenPercentWithAFullScoreInTheLastBand() {
        // Anna 75 %, Boris and Carl 50 %, Dora, Emil and Fay 25 %; Gus never started and is not counted.
        assertArrayEquals(new int[] {0, 0, 3, 0, 0, 2, 0, 1, 0, 0},
                ReportChart.scoreBands(ClassAttempts.sevenLearnersReport()));

        ClassReport full = ClassReport.of("7B", "Planets", PLANET_QUESTIONS, List.of(
                learner(1, "Anna", "RRRR", Duration.ofSeconds(60)),
                learner(2, "Boris", "WWWW", Duration.ofSeconds(60))));
        assertArrayEquals(new int[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 1}, ReportChart.scoreBands(full));
        assertEquals(List.of("0–9", "10–19", "20–29", "30–39", "40–49", "50–59", "60–69", "70–79", "80–89",
                "90–100"), ReportChart.bandLabels());
    }

    @Test
    void drawsAClassWhereNobodyStartedAndASetWithManyQuestions() throws IOException {
        ClassReport idle = ClassReport.of("7B", "Planets", PLANET_QUESTIONS, List.of(learner(7, "Gus", "----", null)));
        assertEquals(900, decode(ReportChart.png(idle)).getHeight());

        BufferedImage many = decode(ReportChart.png(ClassAttempts.bigClass(40, 60)));
        assertTrue(barPixels(many, many.getHeight() / 2, many.getHeight()) > 1000);
    }
}
