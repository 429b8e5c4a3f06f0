package quizbot.telegram;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.polls.SendPoll;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.polls.input.InputPollOption;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import quizbot.chat.Reply;
import quizbot.report.ReportChart;
import quizbot.report.ReportCsv;

/**
 * Replies to Bot API calls, queued on the outbox. A button press is always answered at once (with
 * the notice, if there is one, as its toast), and its verdict edits the pressed message so the
 * question shows right or wrong and loses its buttons; a page of a draft turned or changed by its
 * buttons replaces the pressed message the same way. A poll goes out as a non-anonymous quiz
 * poll; once delivered, the listener learns its id. Thread-safe.
 */
final class ReplySender {

    static final String APOLOGY = "Sorry, something went wrong on my side. Please try again.";

    /** Told when a group quiz's poll is out, with the id Telegram gave it. */
    interface PollListener {
        void pollSent(Reply.Poll poll, String pollId);
    }

    private final Outbox outbox;
    private final PollListener polls;

    ReplySender(Outbox outbox, PollListener polls) {
        this.outbox = outbox;
        this.polls = polls;
    }

    void send(Inbound inbound, List<Reply> replies) {
        if (inbound.callbackQueryId() != null) {
            String toast = replies.stream().filter(reply -> reply instanceof Reply.Notice)
                    .map(reply -> ((Reply.Notice) reply).text()).findFirst().orElse(null);
            outbox.send(inbound.orderKey(), AnswerCallbackQuery.builder().callbackQueryId(inbound.callbackQueryId()).text(toast).build(), result -> { });
        }
        for (Reply reply : replies) {
            if (reply instanceof Reply.Verdict verdict && inbound.messageId() != null) {
                outbox.send(verdict.chatId(), EditMessageText.builder().chatId(verdict.chatId()).messageId(inbound.messageId())
                        .text(verdict.question() + "\n\n" + verdict.verdict()).build(), result -> { });
            } else if (reply instanceof Reply.Verdict verdict) {
                message(verdict.chatId(), verdict.verdict());
            } else if (reply instanceof Reply.Buttons buttons) {
                var keyboard = InlineKeyboardMarkup.builder().keyboard(buttons.rows().stream().map(row -> new InlineKeyboardRow(row.stream()
                        .map(button -> InlineKeyboardButton.builder().text(button.label()).callbackData(button.data()).build()).toList()))
                        .toList()).build();
                if (buttons.replacesPressed() && inbound.messageId() != null) {
                    outbox.send(buttons.chatId(), EditMessageText.builder().chatId(buttons.chatId()).messageId(inbound.messageId())
                            .text(buttons.text()).replyMarkup(keyboard).build(), result -> { });
                } else {
                    outbox.send(buttons.chatId(), SendMessage.builder().chatId(buttons.chatId()).text(buttons.text()).replyMarkup(keyboard)
                            .build(), result -> { });
                }
            } else if (reply instanceof Reply.Poll poll) {
                var options = poll.options().stream().map(option -> InputPollOption.builder().text(option).build()).toList();
                outbox.send(poll.chatId(), SendPoll.builder().chatId(poll.chatId()).question(poll.question()).options(options)
                        .type("quiz").isAnonymous(false).correctOptionIds(List.of(poll.correctOption()))
                        .explanation(poll.explanation()).openPeriod(poll.openSeconds()).build(),
                        message -> polls.pollSent(poll, message.getPoll().getId()));
            } else if (reply instanceof Reply.ReportFiles files) {
                long chat = files.chatId();
                outbox.send(chat, SendPhoto.builder().chatId(chat).caption(files.chartCaption()).photo(new InputFile(
                        new ByteArrayInputStream(ReportChart.png(files.report())), files.chartFile())).build(), message -> { });
                outbox.send(chat, SendDocument.builder().chatId(chat).caption(files.csvCaption()).document(new InputFile(
                        new ByteArrayInputStream(ReportCsv.utf8WithBom(files.report())), files.csvFile())).build(), message -> { });
            } else if (reply instanceof Reply.Text text) {
                message(text.chatId(), text.text());
            } else if (reply instanceof Reply.Notice notice && inbound.callbackQueryId() == null) {
                message(notice.chatId(), notice.text());
            }
        }
    }

    private void message(long chatId, String text) {
        outbox.send(chatId, SendMessage.builder().chatId(chatId).text(text).build(), result -> { });
    }
}
