package quizbot.questions;

/** Where a set came from: the article's title and the SHA-256 of its text (hex), both optional. */
public record SourceInfo(String title, String sha256) {
}
