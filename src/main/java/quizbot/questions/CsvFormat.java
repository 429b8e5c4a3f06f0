package quizbot.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads question sets from CSV: one choice question a row, columns
 * {@code prompt,correct,wrong1,wrong2,wrong3,explanation}; wrong2, wrong3 and explanation may be empty
 * or left off the end of the row. The first row is a header if its first cell is "prompt". Fields are
 * quoted as in RFC 4180 (quotes doubled inside, commas and line breaks allowed) and trimmed; rows with
 * only empty cells are skipped. The right answer comes first among the options, since the quiz
 * shuffles them anyway. Stateless, so thread-safe.
 */
final class CsvFormat {

    static final List<String> COLUMNS = List.of("prompt", "correct", "wrong1", "wrong2", "wrong3", "explanation");

    private CsvFormat() {
    }

    static QuestionSet parse(String file, String text) {
        var imported = new ImportedQuestions(file);
        boolean first = true;
        for (Row row : rows(file, text)) {
            if (row.isBlank()) {
                continue;
            }
            if (first && row.cell(0).equalsIgnoreCase("prompt")) {
                checkHeader(file, row);
            } else {
                question(file, row, imported);
            }
            first = false;
        }
        return imported.toSet(null);
    }

    private static void checkHeader(String file, Row row) {
        List<String> names = row.trimmedCells().stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
        if (names.size() < 3 || names.size() > COLUMNS.size() || !COLUMNS.subList(0, names.size()).equals(names)) {
            throw ImportedQuestions.syntaxError(file, row.line(), "the header is \"" + String.join(",", names)
                    + "\"; expected " + String.join(",", COLUMNS));
        }
    }

    private static void question(String file, Row row, ImportedQuestions imported) {
        List<String> cells = row.trimmedCells();
        if (cells.size() > COLUMNS.size()) {
            throw ImportedQuestions.syntaxError(file, row.line(), "has " + cells.size() + " columns; expected at most "
                    + COLUMNS.size() + ": " + String.join(",", COLUMNS));
        }
        if (cells.size() < 3) {
            String hint = cells.size() == 1 && cells.get(0).contains(";")
                    ? " (the row has semicolons: save the file with commas between the columns)" : "";
            throw ImportedQuestions.syntaxError(file, row.line(), "has " + cells.size() + (cells.size() == 1 ? " column" : " columns")
                    + "; a row needs at least prompt, correct and wrong1" + hint);
        }
        if (cells.get(1).isEmpty()) {
            throw ImportedQuestions.fieldError(file, row.line(), "correct", "is empty; a row needs the right answer");
        }
        var options = new ArrayList<String>();
        options.add(cells.get(1));
        for (int column = 2; column <= 4 && column < cells.size(); column++) {
            if (!cells.get(column).isEmpty()) {
                options.add(cells.get(column));
            }
        }
        if (options.size() < 2) {
            throw ImportedQuestions.fieldError(file, row.line(), "wrong1", "is empty; a row needs at least one wrong answer");
        }
        String explanation = cells.size() > 5 ? cells.get(5) : null;
        imported.choice(row.line(), cells.get(0), options, 0, explanation);
    }

    /** One record and the line it starts on. */
    record Row(int line, List<String> cells) {
        String cell(int index) {
            return index < cells.size() ? cells.get(index).strip() : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }

        /** The cells trimmed, without the empty ones at the end (spreadsheets add them). */
        List<String> trimmedCells() {
            List<String> trimmed = cells.stream().map(String::strip).collect(Collectors.toCollection(ArrayList::new));
            while (!trimmed.isEmpty() && trimmed.get(trimmed.size() - 1).isEmpty()) {
                trimmed.remove(trimmed.size() - 1);
            }
            return trimmed;
        }
    }

    /**
     * The records of RFC 4180 text whose line breaks are all {@code \n}. A field is quoted when its first
     * character other than spaces is a double quote; a quote inside an unquoted field is taken as text.
     */
    static List<Row> rows(String file, String text) {
        var rows = new ArrayList<Row>();
        int line = 1;
        int i = 0;
        int length = text.length();
        while (i < length) {
            int rowLine = line;
            var cells = new ArrayList<String>();
            while (true) {
                var cell = new StringBuilder();
                int quote = i;
                while (quote < length && (text.charAt(quote) == ' ' || text.charAt(quote) == '\t')) {
                    quote++;
                }
                if (quote < length && text.charAt(quote) == '"') {
                    int openLine = line;
                    i = quote + 1;
                    while (true) {
                        if (i >= length) {
                            throw ImportedQuestions.syntaxError(file, openLine,
                                    "the quoted field opened on this line is not closed by a quote (\")");
                        }
                        char c = text.charAt(i);
                        if (c == '"') {
                            if (i + 1 < length && text.charAt(i + 1) == '"') {
                                cell.append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            break;
                        }
                        if (c == '\n') {
                            line++;
                        }
                        cell.append(c);
                        i++;
                    }
                    while (i < length && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                        i++;
                    }
                    if (i < length && text.charAt(i) != ',' && text.charAt(i) != '\n') {
                        throw ImportedQuestions.syntaxError(file, line, "text after the closing quote of a field;"
                                + " a quote inside a quoted field is written twice (\"\")");
                    }
                } else {
                    while (i < length && text.charAt(i) != ',' && text.charAt(i) != '\n') {
                        cell.append(text.charAt(i));
                        i++;
                    }
                }
                cells.add(cell.toString());
                if (i < length && text.charAt(i) == ',') {
                    i++;
                    continue;
                }
                if (i < length) {
                    i++;
                    line++;
                }
                break;
            }
            rows.add(new Row(rowLine, cells));
        }
        return rows;
    }
}
