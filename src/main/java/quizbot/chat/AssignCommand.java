package quizbot.chat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quizbot.quiz.Assignments;
import quizbot.quiz.Outcome;
import quizbot.quiz.User;

/**
 * {@code /assign <class> <set> [count] [YYYY-MM-DD[THH:MM]] [attempts N]}: a teacher gives their
 * class homework; deadlines are UTC; the members are told.
 */
record AssignCommand(Assignments assignments) implements Command {

    private static final Spec SPEC = Spec.of("assign", Role.TEACHER).in(ChatType.PRIVATE,
            "/assign <class> <set> [count] [due] [attempts N] – homework for a class (due YYYY-MM-DD[THH:MM], UTC)", null);
    private static final Pattern ASSIGN = Pattern.compile(
            "^(?<CLASS>\\S+)\\s+(?<SET>[A-Za-z0-9_-]+)(?:\\s+(?<COUNT>\\d{1,4}))?(?:\\s+(?<DUE>\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2})?))?"
                    + "(?:\\s+attempts\\s+(?<ATTEMPTS>\\d{1,3}))?$");

    @Override
    public List<Reply> handle(Request request) {
        long chat = request.chatId();
        Matcher matcher = ASSIGN.matcher(request.argument());
        if (!matcher.matches()) {
            return Command.say(chat, "Usage: /assign <class> <set> [count] [due date YYYY-MM-DD or YYYY-MM-DDTHH:MM, UTC] [attempts N]");
        }
        Instant due;
        try {
            due = deadline(matcher.group("DUE"));
        } catch (DateTimeParseException e) {
            return Command.say(chat, "\"" + matcher.group("DUE") + "\" is no date; write it as 2026-05-31 or 2026-05-31T18:00 (UTC).");
        }
        Integer count = matcher.group("COUNT") == null ? null : Integer.valueOf(matcher.group("COUNT"));
        Integer attempts = matcher.group("ATTEMPTS") == null ? null : Integer.valueOf(matcher.group("ATTEMPTS"));
        String className = matcher.group("CLASS");
        String setId = matcher.group("SET");
        Outcome<List<User>> outcome = assignments.assign(request.from(), className, setId, count, due, attempts);
        if (!(outcome instanceof Outcome.Done<List<User>> done)) {
            return Command.say(chat, RefusalTexts.of(outcome));
        }
        List<User> told = done.value().stream().filter(member -> member.id() != request.from().id()).toList(); // not the one who assigned
        var replies = new ArrayList<Reply>();
        String terms = (due == null ? "" : ", due " + utc(due))
                + (attempts == null ? "" : ", " + attempts + " attempt" + (attempts == 1 ? "" : "s"));
        replies.add(new Reply.Text(chat, "Assigned " + setId + " to " + className + terms + "; "
                + told.size() + " member" + (told.size() == 1 ? "" : "s") + " told."));
        for (User member : told) {
            replies.add(new Reply.Text(member.id(), "New homework from " + request.from().name() + " for " + className + terms
                    + ". See /homework."));
        }
        return replies;
    }

    private static Instant deadline(String text) {
        if (text == null) {
            return null;
        }
        String normalized = text.replace(' ', 'T');
        return normalized.contains("T") ? LocalDateTime.parse(normalized).toInstant(ZoneOffset.UTC)
                : LocalDate.parse(normalized).atTime(23, 59).toInstant(ZoneOffset.UTC);
    }

    /** A deadline as the chat shows it: "2026-05-31 23:59 UTC". */
    static String utc(Instant due) {
        return due.toString().replace("T", " ").replace(":00Z", " UTC");
    }

    @Override
    public Spec spec() {
        return SPEC;
    }
}
