/**
 * SQLite storage: the database file and its Flyway migrations, and the store implementations the
 * quiz declares. All SQL lives here, so another database later means another package like this one.
 */
package quizbot.storage;
