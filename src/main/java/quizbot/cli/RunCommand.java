package quizbot.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import quizbot.storage.UpdateLog;
import quizbot.telegram.Limits;
import quizbot.telegram.TelegramBot;

/** {@code run}: the Telegram bot, on TELEGRAM_BOT_TOKEN and TELEGRAM_API_URL, until SIGTERM or Ctrl-C. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the Telegram bot (long polling). Needs TELEGRAM_BOT_TOKEN; TELEGRAM_API_URL picks another Bot API server.")
final class RunCommand implements Callable<Integer> {

    @Override
    public Integer call() throws InterruptedException {
        Config config = Config.fromEnvironment(System.getenv());
        if (!config.telegramMode()) {
            System.err.println("run: TELEGRAM_BOT_TOKEN is not set (see the README: create a bot with @BotFather)");
            return 2;
        }
        var url = TelegramBot.url(config.telegramApiUrl());
        config = config.withBotUsername(TelegramBot.username(config.botToken(), url));
        Wiring wiring = Wiring.open(config, Clock.systemUTC());
        wiring.loadBundledSetsAndSay(System.err);
        TelegramBot bot = TelegramBot.start(config.botToken(), url, wiring.conversation,
                new UpdateLog(wiring.database, Clock.systemUTC())::claim, Limits.TELEGRAM);
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            bot.close();
            wiring.close();
            stopped.countDown();
        }, "quizbot-shutdown"));
        System.err.println("quizbot: the bot is running; stop it with Ctrl-C or SIGTERM");
        stopped.await();
        return 0;
    }
}
