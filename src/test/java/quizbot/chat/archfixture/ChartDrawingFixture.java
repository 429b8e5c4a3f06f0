package quizbot.chat.archfixture;

import quizbot.report.ClassReport;
import quizbot.report.ReportChart;

/** A chat class that draws a chart itself, which the architecture rules must catch. */
public final class ChartDrawingFixture {
    public byte[] chart(ClassReport report) {
        return ReportChart.png(report);
    }
}
