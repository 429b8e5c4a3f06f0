package quizbot.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Downloads files sent to the bot from {@code /file/bot<token>/<path>} of the configured Bot API
 * server (TelegramBots 10.2.0's own download ignores a custom URL). Thread-safe.
 */
final class FileDownloader {

    private final TelegramClient client;
    private final OkHttpClient http;
    private final TelegramUrl url;
    private final String token;

    FileDownloader(TelegramClient client, OkHttpClient http, TelegramUrl url, String token) {
        this.client = client;
        this.http = http;
        this.url = url;
        this.token = token;
    }

    byte[] download(String fileId, long maxBytes) {
        try {
            String path = client.execute(GetFile.builder().fileId(fileId).build()).getFilePath();
            String address = url.getSchema() + "://" + url.getHost() + ":" + url.getPort() + "/file/bot" + token
                    + (url.isTestServer() ? "/test/" : "/") + path;
            try (Response response = http.newCall(new Request.Builder().url(address).get().build()).execute()) {
                if (!response.isSuccessful() || response.body() == null) {
                    throw new UncheckedIOException(new IOException("file download failed with HTTP " + response.code()));
                }
                if (response.body().contentLength() > maxBytes) {
                    throw new UncheckedIOException(new IOException("file larger than " + maxBytes + " bytes"));
                }
                byte[] bytes = response.body().bytes();
                if (bytes.length > maxBytes) {
                    throw new UncheckedIOException(new IOException("file larger than " + maxBytes + " bytes"));
                }
                return bytes;
            }
        } catch (TelegramApiException e) {
            throw new IllegalStateException("getFile failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("file download failed", e);
        }
    }
}
