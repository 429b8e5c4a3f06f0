package quizbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * A fake Telegram Bot API server on 127.0.0.1, for tests that run the real {@code OkHttpTelegramClient} and
 * the real long-polling application against it over HTTP (how TelegramBots tests itself).
 *
 * <p>Serves {@code POST /bot<token>/<method>} (method names case-insensitive) with Bot API JSON, long-polls
 * {@code getUpdates} from a queue filled by {@link #sendText} and friends, serves {@code GET /file/bot<token>/<path>},
 * records every call with its receive time, and can script failures or enforce Telegram's rate limits.
 *
 * <p>Thread-safe.
 */
public final class FakeBotApi implements AutoCloseable {

    public static final String TOKEN = "123456789:AAtest-token-for-the-fake-bot-api";
    public static final String BOT_USERNAME = "QuizTestBot";
    public static final String BOT_FIRST_NAME = "Quiz Test Bot";

    /** The longest a getUpdates call is held when nothing is queued, whatever timeout it asks for. */
    private static final Duration MAX_LONG_POLL = Duration.ofMillis(500);
    private static final Set<String> SEND_METHODS =
            Set.of("sendmessage", "sendpoll", "editmessagetext", "senddocument", "sendphoto");
    /** Update types Telegram leaves out when allowed_updates is empty. */
    private static final Set<String> OPT_IN_UPDATES = Set.of("chat_member", "message_reaction", "message_reaction_count");
    private static final Set<String> TRUE_METHODS = Set.of(
            "deletewebhook", "setwebhook", "answercallbackquery", "setmycommands", "deletemycommands",
            "deletemessage", "deletemessages", "sendchataction", "setmydescription", "setmyshortdescription",
            "setmyname", "pinchatmessage", "unpinchatmessage", "unpinallchatmessages", "setchatmenubutton",
            "setmessagereaction", "leavechat", "close", "logout");
    private static final List<String> KNOWN_METHODS = List.of(
            "getMe", "getUpdates", "deleteWebhook", "setWebhook", "getWebhookInfo", "sendMessage", "sendPoll",
            "sendDocument", "sendPhoto", "editMessageText", "editMessageReplyMarkup", "stopPoll", "getFile",
            "answerCallbackQuery", "setMyCommands", "deleteMyCommands", "getMyCommands", "deleteMessage",
            "deleteMessages", "sendChatAction", "setMyDescription", "setMyShortDescription", "setMyName",
            "pinChatMessage", "unpinChatMessage", "unpinAllChatMessages", "setChatMenuButton",
            "setMessageReaction", "leaveChat", "close", "logOut", "downloadFile");
    private static final Map<String, String> CANONICAL_NAMES = KNOWN_METHODS.stream()
            .collect(Collectors.toUnmodifiableMap(name -> name.toLowerCase(Locale.ROOT), name -> name));
    private static final Pattern DISPOSITION_NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern DISPOSITION_FILENAME = Pattern.compile("\\bfilename=\"([^\"]*)\"");

    /** MockWebServer logs every request line (with the token) through java.util.logging; keep tests quiet. */
    private static final java.util.logging.Logger MOCK_WEB_SERVER_LOG =
            java.util.logging.Logger.getLogger(MockWebServer.class.getName());

    static {
        MOCK_WEB_SERVER_LOG.setLevel(Level.WARNING);
    }

    /** One request the fake received, with what it answered. */
    public record Call(
            int sequence,
            String method,
            long chatId,
            JsonNode body,
            int status,
            JsonNode response,
            long receivedNanos,
            Instant receivedAt) {

        /** True when the fake answered 200 with {@code "ok": true}: the call was delivered. */
        public boolean delivered() {
            return status == 200 && response != null && response.path("ok").asBoolean(false);
        }

        public boolean is(String otherMethod) {
            return method.equalsIgnoreCase(otherMethod);
        }

        /** The {@code text} field of the request, or "" when absent. */
        public String text() {
            return body.path("text").asText("");
        }

        /** The message id of the Message this call returned, or 0. */
        public int resultMessageId() {
            return response == null ? 0 : response.path("result").path("message_id").asInt(0);
        }

        /** The poll id of the Message a sendPoll returned, or "". */
        public String resultPollId() {
            return response == null ? "" : response.path("result").path("poll").path("id").asText("");
        }
    }

    private record Failure(String method, Long chatId, int status, String body) {
    }

    private record StoredFile(String fileId, String fileUniqueId, String path, byte[] content) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final String token;
    private final long botId;
    private final MockWebServer server = new MockWebServer();

    /** Guards every field below; waiters for updates and calls wait on it. */
    private final Object lock = new Object();
    private final List<Call> calls = new ArrayList<>();
    private final List<ObjectNode> queuedUpdates = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();
    private final Map<String, StoredFile> filesById = new HashMap<>();
    private final Map<String, StoredFile> filesByPath = new HashMap<>();
    private final Map<String, ObjectNode> pollsByMessage = new HashMap<>();
    private final Map<String, Long> callbackChats = new HashMap<>();
    /** Every edit made, as chat/message/text/markup: Telegram refuses an edit that changes nothing. */
    private final Set<String> editedTexts = new HashSet<>();
    private final Map<Long, Duration> responseDelays = new HashMap<>();
    private final Map<String, Function<JsonNode, ?>> customResults = new HashMap<>();
    private final Deque<Long> acceptedSends = new ArrayDeque<>();
    private final Map<Long, Deque<Long>> acceptedSendsByChat = new HashMap<>();
    private boolean enforceLimits;
    private boolean closed;
    private int nextUpdateId = 1;
    private int nextMessageId = 1;
    private int nextPollId = 1;
    private int nextCallbackId = 1;
    private int nextFileId = 1;
    private int nextSequence = 1;

    /** Starts a fake for {@link #TOKEN} on a free port. */
    public FakeBotApi() {
        this(TOKEN, 0);
    }

    public FakeBotApi(String token) {
        this(token, 0);
    }

    /** Starts a fake for {@code token} on {@code port} (0: any free port). */
    public FakeBotApi(String token, int port) {
        this.token = token;
        this.botId = botIdOf(token);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return FakeBotApi.this.dispatch(request);
            }

            @Override
            public void shutdown() {
                wakeEveryone();
            }
        });
        try {
            server.start(InetAddress.getByName("127.0.0.1"), port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the fake Bot API server", e);
        }
    }

    public String token() {
        return token;
    }

    public long botId() {
        return botId;
    }

    public int port() {
        return server.getPort();
    }

    /** Where the client and the poller should send their calls. */
    public TelegramUrl url() {
        return TelegramUrl.builder()
                .schema("http")
                .host(server.getHostName())
                .port(server.getPort())
                .testServer(false)
                .build();
    }

    // ---------------------------------------------------------------- incoming updates (what users do)

    /** A user writes {@code text} in a private chat (chatId &gt; 0) or a group (chatId &lt; 0). Returns the update id. */
    public int sendText(long chatId, long userId, String firstName, String text) {
        synchronized (lock) {
            ObjectNode message = incomingMessage(chatId, userId, firstName);
            message.put("text", text);
            addCommandEntity(message, text);
            return queueUpdate("message", message);
        }
    }

    /** A user writes {@code text} in the supergroup {@code groupChatId} (negative). Returns the update id. */
    public int sendGroupText(long groupChatId, long userId, String firstName, String text) {
        if (groupChatId >= 0) {
            throw new IllegalArgumentException("group chat ids are negative: " + groupChatId);
        }
        return sendText(groupChatId, userId, firstName, text);
    }

    /** A user presses an inline button with {@code data} under the bot's message {@code messageId}. */
    public int pressButton(long chatId, long userId, String firstName, int messageId, String data) {
        synchronized (lock) {
            String callbackId = "cb-" + nextCallbackId++;
            callbackChats.put(callbackId, chatId);
            ObjectNode message = nodes.objectNode();
            message.put("message_id", messageId);
            message.set("from", botUser());
            message.set("chat", chat(chatId, firstName));
            message.put("date", nowSeconds());
            message.put("text", "…");
            ObjectNode query = nodes.objectNode();
            query.put("id", callbackId);
            query.set("from", user(userId, firstName));
            query.set("message", message);
            query.put("chat_instance", "ci" + chatId);
            query.put("data", data);
            return queueUpdate("callback_query", query);
        }
    }

    /** A user answers the bot's poll {@code pollId} (non-anonymous polls only, as on Telegram). */
    public int answerPoll(String pollId, long userId, String firstName, List<Integer> optionIds) {
        synchronized (lock) {
            ObjectNode answer = nodes.objectNode();
            answer.put("poll_id", pollId);
            answer.set("user", user(userId, firstName));
            ArrayNode options = answer.putArray("option_ids");
            optionIds.forEach(options::add);
            return queueUpdate("poll_answer", answer);
        }
    }

    /** A user sends a file; getFile and the file download then serve {@code content}. */
    public int sendDocument(long chatId, long userId, String firstName, String fileName, byte[] content) {
        synchronized (lock) {
            int number = nextFileId++;
            String extension = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.')) : "";
            StoredFile file = new StoredFile("doc-" + number, "uniq-" + number,
                    "documents/file_" + number + extension, content.clone());
            filesById.put(file.fileId(), file);
            filesByPath.put(file.path(), file);
            ObjectNode document = nodes.objectNode();
            document.put("file_id", file.fileId());
            document.put("file_unique_id", file.fileUniqueId());
            document.put("file_name", fileName);
            document.put("mime_type", mimeType(fileName));
            document.put("file_size", content.length);
            ObjectNode message = incomingMessage(chatId, userId, firstName);
            message.set("document", document);
            return queueUpdate("message", message);
        }
    }

    /** As {@link #sendDocument}, but the update declares no {@code file_size}, as Telegram may omit it. */
    public int sendDocumentWithoutSize(long chatId, long userId, String firstName, String fileName, byte[] content) {
        synchronized (lock) {
            int id = sendDocument(chatId, userId, firstName, fileName, content);
            ObjectNode update = queuedUpdates.get(queuedUpdates.size() - 1);
            ((ObjectNode) update.path("message").path("document")).remove("file_size");
            return id;
        }
    }

    /**
     * The calls since the last drain, forgotten by the fake, and by MockWebServer, which keeps every
     * request it was sent: for long runs that read calls as they come and measure the bot's memory.
     */
    public List<Call> drainCalls() {
        try {
            while (server.takeRequest(0, TimeUnit.MILLISECONDS) != null) {
                // forgotten
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (lock) {
            List<Call> drained = List.copyOf(calls);
            calls.clear();
            return drained;
        }
    }

    /** Guarded by lock: file downloads send this many bytes a second (0: at once). */
    private long trickleBytesPerSecond;

    /** From now on file downloads trickle at {@code bytesPerSecond}, as a slow or hostile server would. */
    public void trickleDownloads(long bytesPerSecond) {
        synchronized (lock) {
            trickleBytesPerSecond = bytesPerSecond;
        }
    }

    /** Queues any update object, e.g. {@code ("my_chat_member", {...})}. Returns the update id. */
    public int queueRawUpdate(String type, JsonNode payload) {
        synchronized (lock) {
            return queueUpdate(type, payload.deepCopy());
        }
    }

    /** Updates queued and not yet confirmed by an offset. */
    public int queuedUpdates() {
        synchronized (lock) {
            return queuedUpdates.size();
        }
    }

    // ---------------------------------------------------------------- scripting

    /** The next {@code times} calls of {@code method} (any chat) are answered with this status and body. */
    public void failNext(String method, int times, int httpStatus, String body) {
        addFailures(method, null, times, httpStatus, body);
    }

    /** As {@link #failNext}, but only for calls to {@code chatId}. */
    public void failNextTo(long chatId, String method, int times, int httpStatus, String body) {
        addFailures(method, chatId, times, httpStatus, body);
    }

    public void tooManyRequests(String method, int times, int retryAfterSeconds) {
        failNext(method, times, 429, tooManyRequestsBody(retryAfterSeconds));
    }

    public void tooManyRequestsTo(long chatId, String method, int times, int retryAfterSeconds) {
        failNextTo(chatId, method, times, 429, tooManyRequestsBody(retryAfterSeconds));
    }

    /** HTTP 500 with an HTML body, as a gateway in front of the Bot API would answer. */
    public void serverError(String method, int times) {
        failNext(method, times, 500, "<html><body><h1>500 Internal Server Error</h1></body></html>");
    }

    public void badRequest(String method, int times, String description) {
        failNext(method, times, 400, errorBody(400, "Bad Request: " + description));
    }

    /** HTTP 403 as for a user who blocked the bot. */
    public void blockedBy(long chatId, String method, int times) {
        failNextTo(chatId, method, times, 403, errorBody(403, "Forbidden: bot was blocked by the user"));
    }

    /** Answers of calls to {@code chatId} are held back for {@code delay} (after the request is recorded). */
    public void delayResponses(long chatId, Duration delay) {
        synchronized (lock) {
            responseDelays.put(chatId, delay);
        }
    }

    /** Answers {@code method} with {@code {"ok":true,"result":...}} computed from the request body. */
    public void answer(String method, Function<JsonNode, ?> result) {
        synchronized (lock) {
            customResults.put(method.toLowerCase(Locale.ROOT), result);
        }
    }

    /**
     * When on, send methods (sendMessage, sendPoll, editMessageText, sendDocument, sendPhoto) beyond Telegram's
     * limits, measured on the fake's receive times of accepted sends, get a 429 with retry_after 1: more than 30 in
     * any 1 s overall; in a private chat more than 3 + t in any t seconds; in a group more than 20 in any 60 s.
     */
    public void enforceLimits(boolean on) {
        synchronized (lock) {
            enforceLimits = on;
        }
    }

    // ---------------------------------------------------------------- recorded calls

    /** Every call so far, failed ones included, in receive order. */
    public List<Call> calls() {
        synchronized (lock) {
            return List.copyOf(calls);
        }
    }

    /** Every call of {@code method} (case-insensitive), failed ones included. */
    public List<Call> calls(String method) {
        return calls().stream().filter(call -> call.is(method)).collect(Collectors.toList());
    }

    /** The calls of {@code method} that were answered with success. */
    public List<Call> deliveries(String method) {
        return calls(method).stream().filter(Call::delivered).collect(Collectors.toList());
    }

    /** Every call addressed to {@code chatId} (answerCallbackQuery counts for the chat its button was in). */
    public List<Call> callsTo(long chatId) {
        return calls().stream().filter(call -> call.chatId() == chatId).collect(Collectors.toList());
    }

    /** Waits for a call of {@code method} matching {@code condition} (past calls count). */
    public Call awaitCall(String method, Predicate<Call> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                for (Call call : calls) {
                    if (call.is(method) && condition.test(call)) {
                        return call;
                    }
                }
                waitUntil(deadline, () -> "no matching " + method + " call within " + timeout + "; calls: " + summary());
            }
        }
    }

    /** Waits until {@code count} calls of {@code method} were delivered; returns the deliveries. */
    public List<Call> awaitCalls(String method, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                List<Call> delivered = calls.stream().filter(call -> call.is(method) && call.delivered())
                        .collect(Collectors.toList());
                if (delivered.size() >= count) {
                    return delivered;
                }
                waitUntil(deadline, () -> "only " + delivered.size() + " of " + count + " " + method
                        + " calls delivered within " + timeout + "; calls: " + summary());
            }
        }
    }

    /** The most calls that fall into any window of this length (by receive time). */
    public static int maxInAnyWindow(List<Call> calls, Duration window) {
        long[] times = calls.stream().mapToLong(Call::receivedNanos).sorted().toArray();
        long length = window.toNanos();
        int most = 0;
        int first = 0;
        for (int last = 0; last < times.length; last++) {
            while (times[last] - times[first] >= length) {
                first++;
            }
            most = Math.max(most, last - first + 1);
        }
        return most;
    }

    /** True when no span of these calls holds more than {@code burst + perSecond * seconds} of them. */
    public static boolean respectsBucket(List<Call> calls, int burst, double perSecond) {
        long[] times = calls.stream().mapToLong(Call::receivedNanos).sorted().toArray();
        for (int first = 0; first < times.length; first++) {
            for (int last = first; last < times.length; last++) {
                double seconds = (times[last] - times[first]) / 1e9;
                if (last - first + 1 > burst + perSecond * seconds + 1e-9) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public void close() {
        wakeEveryone();
        try {
            server.shutdown();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop the fake Bot API server", e);
        }
    }

    // ---------------------------------------------------------------- serving

    private MockResponse dispatch(RecordedRequest request) {
        long receivedNanos = System.nanoTime();
        Instant receivedAt = Instant.now();
        HttpUrl url = request.getRequestUrl();
        List<String> segments = url == null ? List.of() : url.pathSegments();
        if (segments.size() >= 3 && segments.get(0).equals("file") && segments.get(1).startsWith("bot")) {
            String path = String.join("/", segments.subList(2, segments.size()));
            return download(segments.get(1).substring(3), path, receivedNanos, receivedAt);
        }
        if (segments.size() >= 2 && segments.get(0).startsWith("bot")) {
            String tokenSeen = segments.get(0).substring(3);
            int methodIndex = segments.size() > 2 && segments.get(1).equals("test") ? 2 : 1;
            String method = canonical(segments.get(methodIndex));
            JsonNode body = parseBody(request);
            if (!token.equals(tokenSeen)) {
                return record(method, body, receivedNanos, receivedAt, 401, errorBody(401, "Unauthorized"));
            }
            return handle(method, body, receivedNanos, receivedAt);
        }
        return new MockResponse().setResponseCode(404).setBody(errorBody(404, "Not Found"));
    }

    private MockResponse handle(String method, JsonNode body, long receivedNanos, Instant receivedAt) {
        String key = method.toLowerCase(Locale.ROOT);
        long chatId = chatIdOf(key, body);
        Duration delay;
        synchronized (lock) {
            delay = responseDelays.get(chatId);
            Failure failure = takeFailure(key, chatId);
            if (failure != null) {
                return delayed(record(method, body, receivedNanos, receivedAt, failure.status(), failure.body()), delay);
            }
        }
        if (key.equals("getupdates")) {
            return record(method, body, receivedNanos, receivedAt, 200, ok(longPoll(body, receivedNanos)));
        }
        synchronized (lock) {
            if (enforceLimits && SEND_METHODS.contains(key)) {
                if (!withinLimits(chatId, receivedNanos)) {
                    return delayed(record(method, body, receivedNanos, receivedAt, 429, tooManyRequestsBody(1)), delay);
                }
                rememberSend(chatId, receivedNanos);
            }
            MockResponse response;
            Function<JsonNode, ?> custom = customResults.get(key);
            if (key.equals("editmessagetext") && !editedTexts.add(chatId + "/" + body.path("message_id").asInt() + "/"
                    + body.path("text").asText() + "/" + body.path("reply_markup"))) {
                response = record(method, body, receivedNanos, receivedAt, 400, errorBody(400, "Bad Request: message is not"
                        + " modified: specified new message content and reply markup are exactly the same as a current content"
                        + " and reply markup of the message"));
            } else if (custom != null) {
                response = record(method, body, receivedNanos, receivedAt, 200, ok(json.valueToTree(custom.apply(body))));
            } else {
                JsonNode result = result(key, body);
                response = result == null
                        ? record(method, body, receivedNanos, receivedAt, 404, errorBody(404, "Not Found"))
                        : record(method, body, receivedNanos, receivedAt, 200, ok(result));
            }
            return delayed(response, delay);
        }
    }

    /** The Bot API result of a successful call, or null for a method the fake does not know. */
    private JsonNode result(String key, JsonNode body) {
        long chatId = chatIdOf(key, body);
        switch (key) {
            case "getme":
                return botUserFull();
            case "getwebhookinfo": {
                ObjectNode info = nodes.objectNode();
                info.put("url", "");
                info.put("has_custom_certificate", false);
                info.put("pending_update_count", queuedUpdates.size());
                return info;
            }
            case "getmycommands":
                return nodes.arrayNode();
            case "sendmessage": {
                ObjectNode message = sentMessage(chatId, nextMessageId++);
                message.put("text", body.path("text").asText(""));
                copyInlineKeyboard(body, message);
                return message;
            }
            case "editmessagetext":
            case "editmessagereplymarkup": {
                if (body.hasNonNull("inline_message_id")) {
                    return nodes.booleanNode(true);
                }
                ObjectNode message = sentMessage(chatId, body.path("message_id").asInt());
                if (body.has("text")) {
                    message.put("text", body.path("text").asText());
                }
                message.put("edit_date", nowSeconds());
                copyInlineKeyboard(body, message);
                return message;
            }
            case "sendpoll":
                return sentPoll(chatId, body);
            case "stoppoll": {
                ObjectNode poll = pollsByMessage.get(chatId + "/" + body.path("message_id").asInt());
                if (poll == null) {
                    return null;
                }
                poll.put("is_closed", true);
                return poll.deepCopy();
            }
            case "senddocument": {
                ObjectNode message = sentMessage(chatId, nextMessageId++);
                int number = nextFileId++;
                ObjectNode document = message.putObject("document");
                document.put("file_id", "sent-doc-" + number);
                document.put("file_unique_id", "sent-uniq-" + number);
                JsonNode file = body.path("document");
                String fileName = file.path("file_name").asText("document");
                document.put("file_name", fileName);
                document.put("mime_type", mimeType(fileName));
                document.put("file_size", file.path("size").asInt(0));
                copyCaption(body, message);
                return message;
            }
            case "sendphoto": {
                ObjectNode message = sentMessage(chatId, nextMessageId++);
                int number = nextFileId++;
                ObjectNode size = message.putArray("photo").addObject();
                size.put("file_id", "sent-photo-" + number);
                size.put("file_unique_id", "sent-uniq-" + number);
                size.put("width", 640);
                size.put("height", 480);
                copyCaption(body, message);
                return message;
            }
            case "getfile": {
                StoredFile file = filesById.get(body.path("file_id").asText());
                if (file == null) {
                    return null;
                }
                ObjectNode result = nodes.objectNode();
                result.put("file_id", file.fileId());
                result.put("file_unique_id", file.fileUniqueId());
                result.put("file_size", file.content().length);
                result.put("file_path", file.path());
                return result;
            }
            default:
                return TRUE_METHODS.contains(key) ? nodes.booleanNode(true) : null;
        }
    }

    private ObjectNode sentPoll(long chatId, JsonNode body) {
        ObjectNode message = sentMessage(chatId, nextMessageId++);
        ObjectNode poll = message.putObject("poll");
        poll.put("id", "poll-" + nextPollId++);
        poll.put("question", body.path("question").asText(""));
        ArrayNode options = poll.putArray("options");
        for (JsonNode option : body.path("options")) {
            ObjectNode pollOption = options.addObject();
            pollOption.put("text", option.isTextual() ? option.asText() : option.path("text").asText(""));
            pollOption.put("voter_count", 0);
        }
        poll.put("total_voter_count", 0);
        poll.put("is_closed", body.path("is_closed").asBoolean(false));
        poll.put("is_anonymous", body.path("is_anonymous").asBoolean(true));
        poll.put("type", body.path("type").asText("regular"));
        poll.put("allows_multiple_answers", body.path("allows_multiple_answers").asBoolean(false));
        if (body.has("correct_option_ids")) {
            poll.set("correct_option_ids", body.get("correct_option_ids").deepCopy());
        }
        if (body.has("correct_option_id")) {
            poll.set("correct_option_id", body.get("correct_option_id").deepCopy());
        }
        if (body.has("explanation")) {
            poll.put("explanation", body.path("explanation").asText());
        }
        if (body.has("open_period")) {
            poll.put("open_period", body.path("open_period").asInt());
        }
        pollsByMessage.put(chatId + "/" + message.path("message_id").asInt(), poll.deepCopy());
        return message;
    }

    private List<ObjectNode> longPoll(JsonNode body, long receivedNanos) {
        long offset = body.path("offset").asLong(0);
        int limit = body.path("limit").asInt(100);
        limit = limit <= 0 || limit > 100 ? 100 : limit;
        long timeoutNanos = Math.min(TimeUnit.SECONDS.toNanos(Math.max(0, body.path("timeout").asLong(0))),
                MAX_LONG_POLL.toNanos());
        long deadline = receivedNanos + timeoutNanos;
        Set<String> allowed = new java.util.HashSet<>();
        body.path("allowed_updates").forEach(type -> allowed.add(type.asText()));
        synchronized (lock) {
            while (true) {
                if (offset > 0) {
                    queuedUpdates.removeIf(update -> update.path("update_id").asLong() < offset);
                }
                List<ObjectNode> answer = new ArrayList<>();
                for (ObjectNode update : queuedUpdates) {
                    if (answer.size() < limit && update.path("update_id").asLong() >= offset
                            && isAllowed(update, allowed)) {
                        answer.add(update.deepCopy());
                    }
                }
                long remaining = deadline - System.nanoTime();
                if (!answer.isEmpty() || closed || remaining <= 0) {
                    return answer;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, remaining);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return answer;
                }
            }
        }
    }

    private static boolean isAllowed(ObjectNode update, Set<String> allowed) {
        String type = typeOf(update);
        return allowed.isEmpty() ? !OPT_IN_UPDATES.contains(type) : allowed.contains(type);
    }

    private static String typeOf(ObjectNode update) {
        Iterator<String> names = update.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!name.equals("update_id")) {
                return name;
            }
        }
        return "";
    }

    private MockResponse download(String tokenSeen, String path, long receivedNanos, Instant receivedAt) {
        ObjectNode body = nodes.objectNode();
        body.put("file_path", path);
        synchronized (lock) {
            StoredFile file = filesByPath.get(path);
            if (!token.equals(tokenSeen) || file == null) {
                int status = token.equals(tokenSeen) ? 404 : 401;
                return record("downloadFile", body, receivedNanos, receivedAt, status,
                        errorBody(status, status == 404 ? "Not Found" : "Unauthorized"));
            }
            remember(new Call(nextSequence++, "downloadFile", 0, body, 200, null, receivedNanos, receivedAt));
            MockResponse response = new MockResponse().setResponseCode(200)
                    .setHeader("Content-Type", "application/octet-stream")
                    .setBody(new Buffer().write(file.content()));
            return trickleBytesPerSecond == 0 ? response : response.throttleBody(trickleBytesPerSecond, 1, TimeUnit.SECONDS);
        }
    }

    private MockResponse record(String method, JsonNode body, long receivedNanos, Instant receivedAt,
                                int status, String responseBody) {
        JsonNode response;
        try {
            response = json.readTree(responseBody);
        } catch (IOException notJson) {
            response = null;
        }
        synchronized (lock) {
            long chatId = chatIdOf(method.toLowerCase(Locale.ROOT), body);
            remember(new Call(nextSequence++, method, chatId, body, status, response, receivedNanos, receivedAt));
        }
        String contentType = response == null ? "text/html" : "application/json";
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", contentType).setBody(responseBody);
    }

    private void remember(Call call) {
        calls.add(call);
        lock.notifyAll();
    }

    private static MockResponse delayed(MockResponse response, Duration delay) {
        return delay == null ? response : response.setHeadersDelay(delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private Failure takeFailure(String key, long chatId) {
        Iterator<Failure> iterator = failures.iterator();
        while (iterator.hasNext()) {
            Failure failure = iterator.next();
            if (failure.method().equals(key) && (failure.chatId() == null || failure.chatId() == chatId)) {
                iterator.remove();
                return failure;
            }
        }
        return null;
    }

    private void addFailures(String method, Long chatId, int times, int httpStatus, String body) {
        synchronized (lock) {
            for (int i = 0; i < times; i++) {
                failures.add(new Failure(method.toLowerCase(Locale.ROOT), chatId, httpStatus, body));
            }
        }
    }

    // ---------------------------------------------------------------- limits

    private boolean withinLimits(long chatId, long now) {
        long second = TimeUnit.SECONDS.toNanos(1);
        while (!acceptedSends.isEmpty() && now - acceptedSends.peekFirst() > TimeUnit.SECONDS.toNanos(61)) {
            acceptedSends.pollFirst();
        }
        long lastSecond = acceptedSends.stream().filter(time -> now - time < second).count();
        if (lastSecond + 1 > 30) {
            return false;
        }
        Deque<Long> chatSends = acceptedSendsByChat.getOrDefault(chatId, new ArrayDeque<>());
        if (chatId > 0) {
            int count = 1;
            Iterator<Long> newestFirst = chatSends.descendingIterator();
            while (newestFirst.hasNext()) {
                count++;
                double seconds = (now - newestFirst.next()) / 1e9;
                if (count > 3 + seconds) {
                    return false;
                }
            }
        } else if (chatId < 0) {
            long lastMinute = chatSends.stream().filter(time -> now - time < TimeUnit.SECONDS.toNanos(60)).count();
            if (lastMinute + 1 > 20) {
                return false;
            }
        }
        return true;
    }

    private void rememberSend(long chatId, long now) {
        acceptedSends.addLast(now);
        Deque<Long> chatSends = acceptedSendsByChat.computeIfAbsent(chatId, id -> new ArrayDeque<>());
        chatSends.addLast(now);
        while (chatSends.size() > 100) {
            chatSends.pollFirst();
        }
    }

    // ---------------------------------------------------------------- Bot API JSON

    private int queueUpdate(String type, JsonNode payload) {
        int updateId = nextUpdateId++;
        ObjectNode update = nodes.objectNode();
        update.put("update_id", updateId);
        update.set(type, payload);
        queuedUpdates.add(update);
        lock.notifyAll();
        return updateId;
    }

    private ObjectNode incomingMessage(long chatId, long userId, String firstName) {
        ObjectNode message = nodes.objectNode();
        message.put("message_id", nextMessageId++);
        message.set("from", user(userId, firstName));
        message.set("chat", chat(chatId, firstName));
        message.put("date", nowSeconds());
        return message;
    }

    private void addCommandEntity(ObjectNode message, String text) {
        if (text.startsWith("/") && text.length() > 1) {
            int end = text.indexOf(' ');
            ObjectNode entity = message.putArray("entities").addObject();
            entity.put("type", "bot_command");
            entity.put("offset", 0);
            entity.put("length", end < 0 ? text.length() : end);
        }
    }

    private ObjectNode sentMessage(long chatId, int messageId) {
        ObjectNode message = nodes.objectNode();
        message.put("message_id", messageId);
        message.set("from", botUser());
        message.set("chat", chat(chatId, null));
        message.put("date", nowSeconds());
        return message;
    }

    private ObjectNode chat(long chatId, String firstName) {
        ObjectNode chat = nodes.objectNode();
        chat.put("id", chatId);
        if (chatId > 0) {
            chat.put("type", "private");
            if (firstName != null) {
                chat.put("first_name", firstName);
            }
        } else {
            chat.put("type", "supergroup");
            chat.put("title", "Group " + -chatId);
        }
        return chat;
    }

    private ObjectNode user(long userId, String firstName) {
        ObjectNode user = nodes.objectNode();
        user.put("id", userId);
        user.put("is_bot", false);
        user.put("first_name", firstName);
        user.put("language_code", "en");
        return user;
    }

    private ObjectNode botUser() {
        ObjectNode user = nodes.objectNode();
        user.put("id", botId);
        user.put("is_bot", true);
        user.put("first_name", BOT_FIRST_NAME);
        user.put("username", BOT_USERNAME);
        return user;
    }

    private ObjectNode botUserFull() {
        ObjectNode user = botUser();
        user.put("can_join_groups", true);
        user.put("can_read_all_group_messages", false);
        user.put("supports_inline_queries", false);
        return user;
    }

    private static void copyInlineKeyboard(JsonNode body, ObjectNode message) {
        JsonNode markup = body.path("reply_markup");
        if (markup.isObject() && markup.has("inline_keyboard")) {
            message.set("reply_markup", markup.deepCopy());
        }
    }

    private static void copyCaption(JsonNode body, ObjectNode message) {
        if (body.hasNonNull("caption")) {
            message.put("caption", body.path("caption").asText());
        }
    }

    private long chatIdOf(String key, JsonNode body) {
        if (key.equals("answercallbackquery")) {
            synchronized (lock) {
                return callbackChats.getOrDefault(body.path("callback_query_id").asText(), 0L);
            }
        }
        JsonNode chatId = body.path("chat_id");
        if (chatId.isNumber()) {
            return chatId.asLong();
        }
        try {
            return chatId.isTextual() ? Long.parseLong(chatId.asText().trim()) : 0;
        } catch (NumberFormatException channelName) {
            return 0;
        }
    }

    private JsonNode parseBody(RecordedRequest request) {
        String contentType = request.getHeader("Content-Type");
        MediaType mediaType = contentType == null ? null : MediaType.parse(contentType);
        ObjectNode fromQuery = nodes.objectNode();
        HttpUrl url = request.getRequestUrl();
        if (url != null) {
            url.queryParameterNames().forEach(name -> fromQuery.put(name, url.queryParameter(name)));
        }
        Buffer buffer = request.getBody();
        if (buffer.size() == 0) {
            return fromQuery;
        }
        try {
            if (mediaType != null && mediaType.type().equals("multipart")) {
                return parseMultipart(buffer, mediaType.parameter("boundary"));
            }
            return json.readTree(buffer.readUtf8());
        } catch (IOException e) {
            ObjectNode unreadable = nodes.objectNode();
            unreadable.put("unreadable_body", e.getMessage());
            return unreadable;
        }
    }

    /** Form fields become string fields; file parts become {"file_name": ..., "size": ..., "base64": ...}. */
    private ObjectNode parseMultipart(Buffer buffer, String boundary) throws IOException {
        ObjectNode fields = nodes.objectNode();
        try (MultipartReader reader = new MultipartReader(buffer, boundary)) {
            MultipartReader.Part part;
            while ((part = reader.nextPart()) != null) {
                try (MultipartReader.Part current = part) {
                    String disposition = current.headers().get("Content-Disposition");
                    String name = group(DISPOSITION_NAME.matcher(disposition == null ? "" : disposition));
                    String fileName = group(DISPOSITION_FILENAME.matcher(disposition == null ? "" : disposition));
                    byte[] content = current.body().readByteArray();
                    if (name == null) {
                        continue;
                    }
                    if (fileName != null) {
                        ObjectNode file = fields.putObject(name);
                        file.put("file_name", fileName);
                        file.put("size", content.length);
                        file.put("base64", java.util.Base64.getEncoder().encodeToString(content));
                    } else {
                        fields.put(name, new String(content, StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return fields;
    }

    private static String group(Matcher matcher) {
        return matcher.find() ? matcher.group(1) : null;
    }

    private String ok(Object result) {
        ObjectNode answer = nodes.objectNode();
        answer.put("ok", true);
        answer.set("result", json.valueToTree(result));
        return answer.toString();
    }

    private String errorBody(int code, String description) {
        ObjectNode answer = nodes.objectNode();
        answer.put("ok", false);
        answer.put("error_code", code);
        answer.put("description", description);
        return answer.toString();
    }

    private String tooManyRequestsBody(int retryAfterSeconds) {
        ObjectNode answer = (ObjectNode) readTree(errorBody(429, "Too Many Requests: retry after " + retryAfterSeconds));
        answer.putObject("parameters").put("retry_after", retryAfterSeconds);
        return answer.toString();
    }

    private JsonNode readTree(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String canonical(String method) {
        return CANONICAL_NAMES.getOrDefault(method.toLowerCase(Locale.ROOT), method);
    }

    private static String mimeType(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return "application/json";
        } else if (lower.endsWith(".txt")) {
            return "text/plain";
        } else if (lower.endsWith(".csv")) {
            return "text/csv";
        } else if (lower.endsWith(".pdf")) {
            return "application/pdf";
        }
        return "application/octet-stream";
    }

    private static long botIdOf(String token) {
        int colon = token.indexOf(':');
        try {
            return colon > 0 ? Long.parseLong(token.substring(0, colon)) : 4242;
        } catch (NumberFormatException e) {
            return 4242;
        }
    }

    private static int nowSeconds() {
        return (int) Instant.now().getEpochSecond();
    }

    private void wakeEveryone() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
    }

    /** Waits on the lock until notified or the deadline; throws AssertionError past the deadline. Holds the lock. */
    private void waitUntil(long deadline, java.util.function.Supplier<String> failure) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new AssertionError(failure.get());
        }
        try {
            TimeUnit.NANOSECONDS.timedWait(lock, remaining);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for calls", e);
        }
    }

    private String summary() {
        int from = Math.max(0, calls.size() - 20);
        return calls.subList(from, calls.size()).stream()
                .map(call -> call.method() + "(" + call.chatId() + ")=" + call.status())
                .collect(Collectors.joining(", ", calls.size() > 20 ? "[…, " : "[", "]"));
    }

    @Override
    public String toString() {
        return "FakeBotApi[" + server.getHostName() + ":" + server.getPort() + ", calls=" + calls().size() + "]";
    }

    /** For assertions: the texts of the delivered sendMessage calls to {@code chatId}, in receive order. */
    public List<String> textsTo(long chatId) {
        return callsTo(chatId).stream().filter(call -> call.is("sendMessage") && call.delivered())
                .map(Call::text).collect(Collectors.toList());
    }
}
