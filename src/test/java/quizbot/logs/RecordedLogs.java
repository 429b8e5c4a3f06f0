package quizbot.logs;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * What the code under test logged: the latest events in memory for tests to assert on, and every
 * event with its stack trace in {@code target/test.log} for a reader who wants them. Info and above
 * is recorded, as the bot logs when it runs; nothing goes to the console. Thread-safe.
 */
public final class RecordedLogs {

    /** One logged event: its level, logger name, formatted message and exception (null when none). */
    public record Event(Level level, String logger, String message, Throwable failure) {
        /** The message, and the exception's type and message when there is one. */
        public String text() {
            return failure == null ? message : message + " [" + failure.getClass().getSimpleName() + ": " + failure.getMessage() + "]";
        }
    }

    private static final int KEPT = 20_000;
    private static final Path FILE = Path.of("target", "test.log");
    private static final ArrayDeque<Event> EVENTS = new ArrayDeque<>();
    private static final Map<String, Logger> LOGGERS = new ConcurrentHashMap<>();
    /** Guarded by the events' lock. */
    private static PrintWriter file;

    private RecordedLogs() {
    }

    static Logger logger(String name) {
        return LOGGERS.computeIfAbsent(name, Recorder::new);
    }

    /** The events recorded so far (the latest {@value #KEPT}), oldest first. */
    public static List<Event> events() {
        synchronized (EVENTS) {
            return List.copyOf(EVENTS);
        }
    }

    /** The recorded events that match, oldest first. */
    public static List<Event> events(Predicate<Event> matching) {
        return events().stream().filter(matching).toList();
    }

    /** Whether an event that matches is recorded within {@code wait}: for events logged by another thread. */
    public static boolean logged(Predicate<Event> matching, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (events(matching).isEmpty()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Forgets what was recorded, so a test sees only its own events. */
    public static void clear() {
        synchronized (EVENTS) {
            EVENTS.clear();
        }
    }

    private static void record(Event event) {
        synchronized (EVENTS) {
            if (EVENTS.size() == KEPT) {
                EVENTS.removeFirst();
            }
            EVENTS.addLast(event);
            write(event);
        }
    }

    /** Appends the event to the file; holds the events' lock. */
    private static void write(Event event) {
        if (file == null) {
            try {
                Files.createDirectories(FILE.getParent());
                file = new PrintWriter(Files.newBufferedWriter(FILE, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + FILE, e);
            }
        }
        file.println(Instant.now() + " [" + Thread.currentThread().getName() + "] " + event.level() + " " + event.logger() + " - "
                + event.message());
        if (event.failure() != null) {
            event.failure().printStackTrace(file);
        }
        file.flush();
    }

    /** A logger that records. */
    private static final class Recorder extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;
        Recorder(String name) {
            this.name = name;
        }

        @Override
        public boolean isTraceEnabled() {
            return false;
        }

        @Override
        public boolean isDebugEnabled() {
            return false;
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments, Throwable failure) {
            record(new Event(level, name, MessageFormatter.basicArrayFormat(pattern, arguments), failure));
        }
    }
}
