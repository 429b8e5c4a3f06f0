package quizbot.chat;

/** Where a command is typed: a private chat with the bot, or a group (groups and supergroups alike). */
public enum ChatType {
    PRIVATE, GROUP
}
