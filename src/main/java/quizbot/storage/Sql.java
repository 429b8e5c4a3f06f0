package quizbot.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs statements on the one connection, binding parameters and turning every {@link SQLException}
 * into a {@link StorageException} that names the SQL. Parameters are stored as the schema wants
 * them: instants as epoch millis (UTC), durations as millis, booleans as 0/1, enums by name.
 * Only handed out by {@link Database} while its lock is held, so used by one thread at a time.
 */
final class Sql {

    /** Reads one row of a result. */
    interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final Connection connection;
    /** Statements prepared once per connection and reused (used only under the database's lock). */
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    Sql(Connection connection) {
        this.connection = connection;
    }

    <T> List<T> list(String sql, Row<T> row, Object... parameters) {
        try (ResultSet result = reused(sql, parameters).executeQuery()) {
            var rows = new ArrayList<T>();
            while (result.next()) {
                rows.add(row.read(result));
            }
            return rows;
        } catch (SQLException e) {
            throw new StorageException(sql, e);
        }
    }

    <T> Optional<T> one(String sql, Row<T> row, Object... parameters) {
        List<T> rows = list(sql, row, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Runs an INSERT, UPDATE or DELETE; returns the number of rows changed. */
    int update(String sql, Object... parameters) {
        try {
            return reused(sql, parameters).executeUpdate();
        } catch (SQLException e) {
            throw new StorageException(sql, e);
        }
    }

    /** Runs an INSERT of one row; returns the key the database generated for it. */
    long insert(String sql, Object... parameters) {
        try (PreparedStatement statement = prepareReturningKeys(sql, parameters)) {
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no generated key was returned");
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new StorageException(sql, e);
        }
    }

    /** Runs one statement for each row of parameters. */
    void batch(String sql, List<Object[]> rows) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] parameters : rows) {
                bind(statement, parameters);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new StorageException(sql, e);
        }
    }

    /** Runs a statement without parameters whose result, if any, is not needed (DDL, PRAGMA). */
    void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new StorageException(sql, e);
        }
    }

    /** The statement for this SQL, prepared on first use, with these parameters bound. */
    private PreparedStatement reused(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = prepared.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            prepared.put(sql, statement);
        }
        statement.clearParameters();
        bind(statement, parameters);
        return statement;
    }

    private PreparedStatement prepareReturningKeys(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
        try {
            bind(statement, parameters);
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, column(parameters[i]));
        }
    }

    private static Object column(Object value) {
        if (value instanceof Instant instant) {
            return instant.toEpochMilli();
        }
        if (value instanceof Duration duration) {
            return duration.toMillis();
        }
        if (value instanceof Boolean bool) {
            return bool ? 1 : 0;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value;
    }

    /** An epoch-millis column as an instant; null stays null. */
    static Instant instant(ResultSet row, String column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    /** A millis column as a duration; null stays null. */
    static Duration duration(ResultSet row, String column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? null : Duration.ofMillis(millis);
    }
}
