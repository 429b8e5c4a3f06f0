package quizbot.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Subtitle files and timed transcripts: numbering lines, timestamps ("00:01:23,456 --> 00:01:25,000",
 * "[00:12]", "[07:09:24:10]"), cue markup and bookkeeping lines are dropped; the captions flow into
 * paragraphs, a new one at each speaker's turn (the speaker's label is dropped) or after about
 * {@value #WORDS_PER_TRANSCRIPT_PARAGRAPH} words. Stateless and thread-safe.
 */
final class CleanTranscript {

    private CleanTranscript() {
    }

    /** A timestamp standing alone on its line: "00:01:23", "00:01:23,456 --> 00:01:25,000", "[00:12]", "0:04", "[07:09:24:10]". */
    private static final String TIME = "\\d{1,3}(?::\\d{2}){1,3}(?:[.,]\\d{1,3})?";
    static final Pattern TIMESTAMP_LINE = Pattern.compile(
            "^[\\[(]?" + TIME + "[\\])]?(?:\\s*-->\\s*[\\[(]?" + TIME + "[\\])]?)?(?:\\s+(?:align|position|line|size):\\S+)*$");
    /** A cue separated by an arrow is a subtitle cue even with a time of its own style. */
    static final Pattern CUE_LINE = Pattern.compile("^\\S*\\d:\\d{2}\\S*\\s*-->\\s*\\S*\\d:\\d{2}.*$");
    /** A timestamp opening a line of text: "[00:12] So today…", "(00:12:03) The…", "00:01:23 The…". */
    static final Pattern LEADING_TIMESTAMP = Pattern.compile(
            "^(?:\\[" + TIME + "\\]|\\(" + TIME + "\\)|\\d{1,2}:\\d{2}:\\d{2}(?:[.,]\\d{1,3})?)\\s*(?:[-–—:]\\s+)?");
    static final Pattern SUBTITLE_NUMBER = Pattern.compile("^\\d{1,5}$");
    /** A subtitle file's header or a transcript's bookkeeping line ("_page : 590", "_tape : Tape 114/2"). */
    private static final Pattern WEBVTT = Pattern.compile("^(?:WEBVTT|NOTE|Kind:|Language:|_\\w+\\s*:).*$");
    /** A speaker's label: "CDR:", "JOHN SMITH:", and in a transcript also "Professor Lee:" or "Anna:". */
    private static final Pattern TRANSCRIPT_LABEL = Pattern.compile(
            "^(?:(?:\\p{Lu}[\\p{L}.'’-]+\\s+){0,2}\\p{Lu}[\\p{L}.'’-]+|\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]*){0,3})\\s*:\\s+");
    /** A caption markup tag: "<i>", "</font>", "{\an8}". */
    private static final Pattern CAPTION_TAG = Pattern.compile("</?[a-zA-Z][^>]{0,40}>|\\{\\\\[^}]{1,20}}");
    private static final int WORDS_PER_TRANSCRIPT_PARAGRAPH = 120;

    /** A subtitle file or timed transcript: captions flow into paragraphs; a speaker's turn starts a new one. */
    static List<String> paragraphs(List<String> lines) {
        var blocks = new ArrayList<String>();
        var paragraph = new StringBuilder();
        int words = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = CAPTION_TAG.matcher(lines.get(i)).replaceAll("").strip();
            if (line.isEmpty() || TIMESTAMP_LINE.matcher(line).matches() || CUE_LINE.matcher(line).matches()
                    || WEBVTT.matcher(line).matches() || (SUBTITLE_NUMBER.matcher(line).matches() && nextIsCue(lines, i))) {
                continue;
            }
            line = LEADING_TIMESTAMP.matcher(line).replaceFirst("");
            var label = TRANSCRIPT_LABEL.matcher(line);
            boolean newSpeaker = label.lookingAt();
            if (newSpeaker) {
                line = line.substring(label.end());
            }
            boolean sentenceEnded = paragraph.length() == 0 || CleanLines.endsSentence(paragraph);
            if (paragraph.length() > 0 && (newSpeaker || (sentenceEnded && words >= WORDS_PER_TRANSCRIPT_PARAGRAPH))) {
                blocks.add(paragraph.toString());
                blocks.add("");
                paragraph.setLength(0);
                words = 0;
            }
            CleanLines.append(paragraph, line);
            words += line.split("\\s+").length;
        }
        if (paragraph.length() > 0) {
            blocks.add(paragraph.toString());
        }
        blocks.replaceAll(CleanLines::capitalised);
        return blocks;
    }

    private static boolean nextIsCue(List<String> lines, int i) {
        return i + 1 < lines.size() && (TIMESTAMP_LINE.matcher(lines.get(i + 1)).matches() || CUE_LINE.matcher(lines.get(i + 1)).matches());
    }
}
