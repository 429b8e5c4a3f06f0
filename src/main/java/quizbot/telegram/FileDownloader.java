package quizbot.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Downloads files sent to the bot from {@code /file/bot<token>/<path>} of the configured Bot API
 * server (TelegramBots 10.2.0's own download ignores a custom URL). A download has an overall
 * deadline, not only a timeout per read, so a server trickling a byte every few seconds cannot hold
 * a worker for minutes; and it stops reading once the file passes the size limit, whatever size
 * was declared. Thread-safe.
 */
final class FileDownloader {

    /** Thrown when the file turns out larger than the limit; carries the size read so far. */
    static final class TooLarge extends RuntimeException {
        final long bytesRead;

        TooLarge(long bytesRead, long limit) {
            super("file larger than " + limit + " bytes");
            this.bytesRead = bytesRead;
        }
    }

    private final TelegramClient client;
    private final OkHttpClient http;
    private final TelegramUrl url;
    private final String token;

    FileDownloader(TelegramClient client, OkHttpClient http, TelegramUrl url, String token, Duration deadline) {
        this.client = client;
        this.http = http.newBuilder().callTimeout(deadline).build();
        this.url = url;
        this.token = token;
    }

    byte[] download(String fileId, long maxBytes) {
        try {
            String path = client.execute(GetFile.builder().fileId(fileId).build()).getFilePath();
            String address = url.getSchema() + "://" + url.getHost() + ":" + url.getPort() + "/file/bot" + token
                    + (url.isTestServer() ? "/test/" : "/") + path;
            try (Response response = http.newCall(new Request.Builder().url(address).get().build()).execute()) {
                ResponseBody body = response.body();
                if (!response.isSuccessful() || body == null) {
                    throw new UncheckedIOException(new IOException("file download failed with HTTP " + response.code()));
                }
                if (body.contentLength() > maxBytes) {
                    throw new TooLarge(body.contentLength(), maxBytes);
                }
                BufferedSource source = body.source();
                if (source.request(maxBytes + 1)) {
                    throw new TooLarge(maxBytes + 1, maxBytes);
                }
                return source.readByteArray();
            }
        } catch (TelegramApiException e) {
            throw new IllegalStateException("getFile failed: " + OutboxFailures.describe(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException("file download failed: " + OutboxFailures.describe(e), e);
        }
    }
}
