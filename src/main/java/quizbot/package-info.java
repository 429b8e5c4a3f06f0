/**
 * The entry point: picocli commands that wire the packages together by hand.
 */
package quizbot;
