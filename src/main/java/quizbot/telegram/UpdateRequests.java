package quizbot.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The poller's getUpdates requests. Each request notes when it was made (the watchdog's
 * heartbeat), and its answer is read update by update: TelegramBots reads a batch whole, so one
 * update it cannot read (a field of the wrong type) would fail the batch and be fetched again
 * forever. Here such an update is logged and passed on as its bare id, which the handler skips
 * and the poller confirms. Thread-safe.
 */
final class UpdateRequests implements Function<Integer, GetUpdates> {

    private static final Logger LOG = LoggerFactory.getLogger(UpdateRequests.class);

    private final Function<Integer, GetUpdates> defaults;
    private final LongSupplier nanoTime;
    private volatile long lastRequest;

    UpdateRequests(List<String> allowedUpdates, LongSupplier nanoTime) {
        this.defaults = new DefaultGetUpdatesGenerator(allowedUpdates);
        this.nanoTime = nanoTime;
        this.lastRequest = nanoTime.getAsLong();
    }

    @Override
    public GetUpdates apply(Integer lastReceivedUpdate) {
        lastRequest = nanoTime.getAsLong();
        return new Lenient(defaults.apply(lastReceivedUpdate));
    }

    /** When the poller last asked for updates ({@link System#nanoTime()} scale). */
    long lastRequestNanos() {
        return lastRequest;
    }

    /** getUpdates whose answer is read one update at a time. */
    static final class Lenient extends GetUpdates {

        Lenient(GetUpdates request) {
            super(request.getOffset(), request.getLimit(), request.getTimeout(), request.getAllowedUpdates());
        }

        @Override
        public ArrayList<Update> deserializeResponse(String answer) throws TelegramApiRequestException {
            JsonNode response;
            try {
                response = OBJECT_MAPPER.readTree(answer);
            } catch (JsonProcessingException e) {
                throw new TelegramApiRequestException("Unable to deserialize response", e);
            }
            if (!response.path("ok").asBoolean(false) || !response.path("result").isArray()) {
                return super.deserializeResponse(answer); // Telegram's error, reported as TelegramBots reports it
            }
            var updates = new ArrayList<Update>();
            for (JsonNode item : response.path("result")) {
                try {
                    updates.add(OBJECT_MAPPER.treeToValue(item, Update.class));
                } catch (JsonProcessingException | IllegalArgumentException unreadable) {
                    if (!item.path("update_id").canConvertToInt()) {
                        LOG.error("an update without an id could not be read and is skipped: {}", firstLine(unreadable));
                        continue;
                    }
                    int id = item.path("update_id").asInt();
                    LOG.warn("update {} could not be read and is skipped: {}", id, firstLine(unreadable));
                    var bare = new Update();
                    bare.setUpdateId(id);
                    updates.add(bare);
                }
            }
            return updates;
        }

        private static String firstLine(Exception e) {
            return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        }
    }
}
