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
 * class homework; deadlines are UTC; the members are told. The class name may have spaces. Without
 * arguments, {@link AssignWalk} asks for each with buttons.
 */
record AssignCommand(Assignments assignments, AssignWalk walk) implements Command {

    private static final Spec SPEC = Spec.of("assign", Role.TEACHER).in(ChatType.PRIVATE,
            "/assign <class> <set> [count] [due] [attempts N] – homework for a class (due YYYY-MM-DD[THH:MM], UTC)", null);
    /** What follows the class name. */
    private static final Pattern TERMS = Pattern.compile(
            "(?<SET>[A-Za-z0-9_-]+)(?:\\s+(?<COUNT>\\d{1,4}))?(?:\\s+(?<DUE>\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2})?))?"
                    + "(?:\\s+attempts\\s+(?<ATTEMPTS>\\d{1,3}))?");
    private static final String USAGE = "Usage: /assign <class> <set> [count] [due date YYYY-MM-DD or YYYY-MM-DDTHH:MM, UTC] [attempts N]"
            + " – or /assign alone, to choose with buttons.";

    @Override
    public List<Reply> handle(Request request) {
        long chat = request.chatId();
        if (request.argument().isBlank()) {
            return walk.classes(request.from(), chat);
        }
        List<ClassArgument.Reading> readings = ClassArgument.readings(request.argument(), TERMS);
        if (readings.isEmpty()) {
            return Command.say(chat, USAGE);
        }
        var candidates = new ArrayList<Terms>();
        for (ClassArgument.Reading reading : readings) {
            Matcher rest = reading.rest();
            try {
                candidates.add(new Terms(reading.className(), rest.group("SET"), number(rest.group("COUNT")), deadline(rest.group("DUE")),
                        number(rest.group("ATTEMPTS"))));
            } catch (DateTimeParseException e) {
                return Command.say(chat, "\"" + rest.group("DUE") + "\" is no date; write it as 2026-05-31 or 2026-05-31T18:00 (UTC).");
            }
        }
        var tried = ClassArgument.first(candidates, terms -> terms.assign(assignments, request.from()));
        return told(chat, request.from(), tried.candidate(), tried.outcome());
    }

    /** What an assignment is given: the class, the set, how many questions (null: all), the deadline and attempts (null: none). */
    record Terms(String className, String setId, Integer count, Instant due, Integer attempts) {
        Outcome<List<User>> assign(Assignments assignments, User teacher) {
            return assignments.assign(teacher, className, setId, count, due, attempts);
        }
    }

    /** The teacher's confirmation and each member's notice (never the teacher's own), or the refusal. */
    static List<Reply> told(long chat, User teacher, Terms terms, Outcome<List<User>> outcome) {
        if (!(outcome instanceof Outcome.Done<List<User>> done)) {
            return Command.say(chat, RefusalTexts.of(outcome));
        }
        List<User> told = done.value().stream().filter(member -> member.id() != teacher.id()).toList();
        var replies = new ArrayList<Reply>();
        String when = (terms.due() == null ? "" : ", due " + utc(terms.due()))
                + (terms.attempts() == null ? "" : ", " + terms.attempts() + " attempt" + (terms.attempts() == 1 ? "" : "s"));
        replies.add(new Reply.Text(chat, "Assigned " + terms.setId() + " to " + terms.className() + when + "; "
                + told.size() + " member" + (told.size() == 1 ? "" : "s") + " told."));
        for (User member : told) {
            replies.add(new Reply.Text(member.id(), "New homework from " + teacher.name() + " for " + terms.className() + when
                    + ". See /homework."));
        }
        return replies;
    }

    private static Integer number(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }

    private static Instant deadline(String text) {
        if (text == null) {
            return null;
        }
        String normalized = text.replace(' ', 'T');
        return normalized.contains("T") ? LocalDateTime.parse(normalized).toInstant(ZoneOffset.UTC) : endOf(LocalDate.parse(normalized));
    }

    /** A deadline given as a day: its end, 23:59 UTC. */
    static Instant endOf(LocalDate day) {
        return day.atTime(23, 59).toInstant(ZoneOffset.UTC);
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
