package quizbot.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.CategoryStyler;

/**
 * The report as one PNG picture ({@value #WIDTH}×{@value #HEIGHT}): on top, how many learners scored in each
 * band of ten percent (0–9 … 90–100, of those who started); below, the share of right answers per question
 * (a question nobody answered shows as 0).
 * Rendered off screen with XChart, so it needs fonts but no display. Stateless and thread-safe.
 */
public final class ReportChart {

    public static final int WIDTH = 900;
    public static final int HEIGHT = 900;

    private static final Color BAR = new Color(0x2E, 0x6F, 0xB7);
    /** Beyond this many questions, labels turn upright and bars lose their value labels. */
    private static final int MANY_QUESTIONS = 20;
    private static final int TITLE_WIDTH = 70;

    private ReportChart() {
    }

    /** The PNG bytes of both charts, one above the other. */
    public static byte[] png(ClassReport report) {
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, WIDTH, HEIGHT);
            graphics.drawImage(BitmapEncoder.getBufferedImage(scoreDistribution(report)), 0, 0, null);
            graphics.drawImage(BitmapEncoder.getBufferedImage(shareCorrect(report)), 0, HEIGHT / 2, null);
        } finally {
            graphics.dispose();
        }
        var png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the report chart as PNG", e);
        }
        return png.toByteArray();
    }

    /** Starters per score band: band {@code i} holds {@code 10i} % to below {@code 10(i+1)} %, and 100 % the last. */
    static int[] scoreBands(ClassReport report) {
        int[] bands = new int[10];
        for (LearnerRow row : report.learners()) {
            if (row.started()) {
                bands[Math.min(9, 10 * row.correct() / row.total())]++;
            }
        }
        return bands;
    }

    private static CategoryChart scoreDistribution(ClassReport report) {
        int[] bands = scoreBands(report);
        var counts = new ArrayList<Integer>();
        int most = 1;
        for (int band = 0; band < bands.length; band++) {
            counts.add(bands[band]);
            most = Math.max(most, bands[band]);
        }
        String title = ReportText.clip(report.className() + " · " + report.setTitle(), TITLE_WIDTH)
                + ": scores of the " + report.summary().started() + " who started";
        CategoryChart chart = chart(title, "Score (% of all questions)", "Learners");
        chart.getStyler().setYAxisMax((double) most);
        chart.addSeries("Learners", bandLabels(), counts);
        return chart;
    }

    private static CategoryChart shareCorrect(ClassReport report) {
        var labels = new ArrayList<String>();
        var shares = new ArrayList<Double>();
        for (QuestionStats question : report.questionStats()) {
            labels.add("Q" + question.number());
            shares.add(question.shareCorrect() == null ? 0.0 : 100 * question.shareCorrect());
        }
        CategoryChart chart = chart("Right answers per question (of those who answered it)", "Question",
                "Right (%)");
        chart.getStyler().setYAxisMax(100.0);
        if (labels.size() > MANY_QUESTIONS) {
            chart.getStyler().setXAxisLabelRotation(90);
            chart.getStyler().setLabelsVisible(false);
        }
        chart.addSeries("Right", labels, shares);
        return chart;
    }

    private static CategoryChart chart(String title, String xAxis, String yAxis) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT / 2)
                .title(title).xAxisTitle(xAxis).yAxisTitle(yAxis).build();
        CategoryStyler styler = chart.getStyler();
        styler.setLegendVisible(false);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setSeriesColors(new Color[] {BAR});
        styler.setYAxisMin(0.0);
        styler.setYAxisDecimalPattern("#");
        styler.setLabelsVisible(true);
        return chart;
    }

    /** "0–9", "10–19", … "90–100". */
    static List<String> bandLabels() {
        var labels = new ArrayList<String>();
        for (int band = 0; band < 10; band++) {
            labels.add(band * 10 + "–" + (band == 9 ? 100 : band * 10 + 9));
        }
        return labels;
    }
}
