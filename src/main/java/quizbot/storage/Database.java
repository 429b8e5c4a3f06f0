package quizbot.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite database file, migrated to the current schema on opening (Flyway, scripts in
 * {@code db/migration}). Every connection runs in WAL mode (readers never wait for the writer, and
 * a crash loses at most the last commits), with foreign keys enforced, synchronous=NORMAL (safe in
 * WAL mode) and a 5 s busy timeout for another process (say a {@code load} while the bot runs).
 * Thread-safe: one connection, every operation serialized behind one lock, which is ample for a
 * bot whose statements take microseconds and keeps transactions simple.
 */
public final class Database implements AutoCloseable {

    /** Work done with the connection while the lock is held. */
    interface Work<T> {
        T run(Sql sql);
    }

    private final Path file;
    private final Connection connection;
    private final Sql sql;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean inTransaction;
    private boolean closed;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.sql = new Sql(connection);
    }

    /** Opens the file, creating it and its folders if need be, and migrates it to the current schema. */
    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
        } catch (IOException e) {
            throw new StorageException("cannot create the folder of database " + absolute + ": " + e, e);
        }
        SQLiteDataSource source = new SQLiteDataSource(config());
        source.setUrl("jdbc:sqlite:" + absolute);
        migrate(source, absolute);
        try {
            return new Database(absolute, source.getConnection());
        } catch (SQLException e) {
            throw new StorageException("cannot open database " + absolute + ": " + e.getMessage(), e);
        }
    }

    /** Applied by the driver to every connection it opens, Flyway's included. */
    private static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        return config;
    }

    private static void migrate(SQLiteDataSource source, Path file) {
        try {
            Flyway.configure()
                    .dataSource(source)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StorageException("cannot migrate database " + file + ": " + e.getMessage(), e);
        }
    }

    /** The database file, absolute. */
    public Path file() {
        return file;
    }

    /** Runs work outside a transaction: reads, or a write that is a single statement. */
    <T> T run(Work<T> work) {
        lock.lock();
        try {
            requireOpen();
            return work.run(sql);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs work in one transaction: committed if it returns, rolled back if it throws, so its
     * statements take effect all together or not at all. {@code BEGIN IMMEDIATE} takes the write
     * lock at once, so another process cannot make the transaction fail halfway with SQLITE_BUSY.
     */
    <T> T transaction(Work<T> work) {
        lock.lock();
        try {
            requireOpen();
            if (inTransaction) {
                throw new IllegalStateException("transactions do not nest");
            }
            sql.execute("BEGIN IMMEDIATE");
            inTransaction = true;
            try {
                T result = work.run(sql);
                sql.execute("COMMIT");
                return result;
            } catch (RuntimeException | Error e) {
                rollback(e);
                throw e;
            } finally {
                inTransaction = false;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Undoes the open transaction; a failure to do so (SQLite ends one by itself after some errors) is kept with the cause. */
    private void rollback(Throwable failure) {
        try {
            sql.execute("ROLLBACK");
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("database " + file + " is closed");
        }
    }

    /** Closes the connection; work after this throws. Closing again does nothing. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            connection.close();
        } catch (SQLException e) {
            throw new StorageException("cannot close database " + file + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }
}
