package quizbot.report;

/**
 * The class at a glance. Mean and median score are over the learners who <em>started</em> (answered at least
 * one question): members who never opened the assignment show in {@code members − started}, not as zeros that
 * would drag the figures of those who tried. Both are null when nobody started. {@code discriminationGroupSize}
 * is the size of the top and of the bottom group behind the discrimination index, 0 when it is undefined.
 */
public record ClassSummary(int members, int started, int done, Double meanScorePercent, Double medianScorePercent,
                           int discriminationGroupSize) {
}
