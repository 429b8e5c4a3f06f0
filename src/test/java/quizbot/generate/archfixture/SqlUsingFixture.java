package quizbot.generate.archfixture;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Breaks the dependency rule on purpose: a class in the core ({@code quizbot.generate..}) that
 * talks to a database. Only {@code ArchitectureTest} imports it, to prove the rule can fail.
 * Lives in test sources, so it never ships.
 */
public final class SqlUsingFixture {

    private final Connection connection;

    public SqlUsingFixture(Connection connection) {
        this.connection = connection;
    }

    public boolean isOpen() throws SQLException {
        return !connection.isClosed();
    }
}
