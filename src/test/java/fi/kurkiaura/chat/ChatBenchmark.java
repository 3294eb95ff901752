package fi.kurkiaura.chat;

import fi.kurkiaura.testing.Http;
import fi.kurkiaura.testing.HubSession;
import fi.kurkiaura.testing.StandaloneServer;
import jakarta.json.Json;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chat under load, against a bare Undertow broadcast server in the same run: 1 000 WebSocket
 * clients in 20 rooms (50 each), 5 senders per room. Three loads ({@link Load}): a closed loop
 * (throughput at saturation), a paced offered rate (latency below saturation) and senders without
 * listeners (the cost of storing alone); deliveries/s, end-to-end latency p50/p99, persisted
 * messages/s, and the connections the server closed; then 10 000 idle connections held by the hub
 * and its heap. Run with {@code ./mvnw -Pbench verify -Dit.test=ChatBenchmark}; the table goes to
 * target/bench/chat.md, for docs/benchmarks.md.
 */
class ChatBenchmark {

    private static final int ROOMS = 20;
    private static final int PER_ROOM = 50;
    private static final int SENDERS_PER_ROOM = 5;
    private static final int ACCOUNTS = PER_ROOM;
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final Duration MEASURE = Duration.ofSeconds(20);
    private static final int IDLE_CONNECTIONS = 10_000;
    private static final Pattern SENT_AT = Pattern.compile("t=(\\d+)");
    private static final Pattern ACK_ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final String PASSWORD = "benchmark password 1";
    private static final int PACED_RATE = 300;

    @TempDir
    Path work;

    /** One run's figures. */
    record Figures(double deliveriesPerSecond, double persistedPerSecond, double p50Millis, double p99Millis, Map<Integer, Long> closes) {
    }

    /**
     * How the senders send. Closed loop: the next message once the last is acknowledged, as fast as
     * the server goes (throughput at saturation, where latency is the queue). Paced: a fixed offered
     * rate, whatever comes back (latency below saturation). Listeners off: only the senders connect,
     * nobody subscribes (what storing costs, without the fan-out).
     */
    record Load(String name, boolean listeners, double messagesPerSecond) {
        static final Load CLOSED_LOOP = new Load("closed loop", true, 0);
        static final Load PACED = new Load("paced, " + PACED_RATE + " msgs/s offered", true, PACED_RATE);
        static final Load SENDERS_ONLY = new Load("closed loop, senders only (no listeners)", false, 0);

        boolean paced() {
            return messagesPerSecond > 0;
        }
    }

    @Test
    void measure() throws Exception {
        List<String> rows = new ArrayList<>();
        rows.add("| date | load | server | deliveries/s | persisted msgs/s | latency p50 / p99 (ms): delivery (ack without listeners) | closed by the server |");
        rows.add("| --- | --- | --- | --- | --- | --- | --- |");
        rows.forEach(System.out::println);

        int baselinePort = freePort();
        Map<Load, Figures> baseline = new HashMap<>();
        try (BroadcastBaseline server = new BroadcastBaseline(baselinePort)) {
            for (Load load : List.of(Load.CLOSED_LOOP, Load.PACED)) {
                baseline.put(load, run(room -> URI.create("ws://127.0.0.1:" + baselinePort + "/ws/" + room), List.of(), List.of(), false, load));
                rows.add(row(load, "bare Undertow broadcast (baseline)", baseline.get(load)));
                System.out.println(rows.getLast());
            }
        }

        try (StandaloneServer hub = StandaloneServer.start(work.resolve("hub"), 800, Map.of(),
                "-Dkurkiaura.data.dir=" + work.resolve("data"), "-Xmx1536m",
                "-Dkurkiaura.admin.email=bench@test.kurkiaura.fi", "-Dkurkiaura.admin.password=" + PASSWORD,
                "-Dkurkiaura.chat.burst=1000000", "-Dkurkiaura.chat.messages-per-minute=100000000",
                "-Dkurkiaura.websocket.idle-timeout-seconds=3600")) {
            hub.awaitReadinessWith("database", Duration.ofSeconds(180));
            URI base = hub.url("");
            HubSession admin = HubSession.loggedIn(base, "bench@test.kurkiaura.fi", PASSWORD);
            List<String> cookies = new ArrayList<>();
            List<HubSession> members = new ArrayList<>();
            for (int account = 0; account < ACCOUNTS; account++) {
                String email = "kuorma-" + account + "@test.kurkiaura.fi";
                admin.postJson("api/admin/accounts", Json.createObjectBuilder().add("email", email).add("displayName", "Kuorma " + account)
                        .add("password", PASSWORD).build());
                HubSession member = HubSession.anonymous(base);
                HttpResponse<String> login = member.login(email, PASSWORD);
                cookies.add(login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0]);
                members.add(member);
            }
            URI chat = URI.create(base.toString().replaceFirst("^http", "ws")).resolve("ws/chat");
            Map<Load, Figures> hubFigures = new HashMap<>();
            for (Load load : List.of(Load.CLOSED_LOOP, Load.PACED, Load.SENDERS_ONLY)) {
                hubFigures.put(load, run(room -> chat, cookies, newRooms(admin, members, load), true, load));
                rows.add(row(load, "Kurkiaura (WildFly, H2, durable, ordered, acknowledged)", hubFigures.get(load)));
                System.out.println(rows.getLast());
            }
            rows.add("");
            rows.add("Kurkiaura / baseline deliveries, closed loop: %.2f".formatted(
                    hubFigures.get(Load.CLOSED_LOOP).deliveriesPerSecond() / baseline.get(Load.CLOSED_LOOP).deliveriesPerSecond()));
            rows.add(idle(hub, chat, cookies));
            System.out.println(rows.getLast());
        }
        Path report = Path.of(System.getProperty("kurkiaura.bench.chat-report", "target/bench/chat.md"));
        Files.createDirectories(report.getParent());
        Files.write(report, rows, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Rooms of their own for each load, so that no client has a history to catch up with first. */
    private static List<Long> newRooms(HubSession admin, List<HubSession> members, Load load) {
        List<Long> rooms = new ArrayList<>();
        for (int room = 0; room < ROOMS; room++) {
            rooms.add(Http.json(admin.postJson("api/chat/rooms", Json.createObjectBuilder().add("title", load.name() + " " + room).build()))
                    .getJsonNumber("id").longValue());
        }
        for (HubSession member : members) {
            for (long room : rooms) {
                member.postJson("api/chat/conversations/" + room + "/members", Json.createObjectBuilder().build());
            }
        }
        return rooms;
    }

    private static String row(Load load, String server, Figures figures) {
        return "| %s | %s | %s | %,.0f | %,.0f | %.1f / %.1f | %s |".formatted(LocalDate.now(), load.name(), server,
                figures.deliveriesPerSecond(), figures.persistedPerSecond(), figures.p50Millis(), figures.p99Millis(),
                figures.closes().isEmpty() ? "none" : figures.closes().toString());
    }

    /**
     * Connects ROOMS × PER_ROOM clients (only the senders when the load has no listeners), lets the
     * first SENDERS_PER_ROOM of each room send as the load says, and counts what arrives during the
     * measured window.
     */
    private Figures run(Function<Integer, URI> endpoint, List<String> cookies, List<Long> hubRooms, boolean hub, Load load) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong deliveries = new AtomicLong();
        AtomicLong persisted = new AtomicLong();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        Map<Integer, Long> closes = new ConcurrentHashMap<>();
        List<LoadClient> clients = new ArrayList<>();
        Semaphore handshakes = new Semaphore(100);
        for (int room = 0; room < ROOMS; room++) {
            for (int place = 0; place < (load.listeners() ? PER_ROOM : SENDERS_PER_ROOM); place++) {
                boolean sender = place < SENDERS_PER_ROOM;
                long conversation = hub ? hubRooms.get(room) : room;
                LoadClient client = new LoadClient(hub, conversation, sender ? "s-" + room + "-" + place : null, !load.paced(), !load.listeners(), measuring, running,
                        deliveries, persisted, latencies, closes);
                WebSocket.Builder builder = http.newWebSocketBuilder();
                if (hub) {
                    builder.header("Cookie", cookies.get(place));
                }
                handshakes.acquire();
                client.socket = builder.buildAsync(endpoint.apply(room), client).whenComplete((socket, error) -> handshakes.release()).get(60, TimeUnit.SECONDS);
                clients.add(client);
            }
        }
        if (hub && load.listeners()) {
            for (LoadClient client : clients) {
                client.socket.sendText("{\"type\":\"subscribe\",\"conversation\":" + client.conversation + ",\"after\":0}", true);
            }
            for (LoadClient client : clients) {
                client.subscribed.get(60, TimeUnit.SECONDS);
            }
        }
        List<LoadClient> senders = clients.stream().filter(LoadClient::isSender).toList();
        ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor();
        if (load.paced()) {
            long periodMicros = Math.round(senders.size() * 1e6 / load.messagesPerSecond());
            for (int i = 0; i < senders.size(); i++) {
                pace.scheduleAtFixedRate(senders.get(i)::sendNext, i * periodMicros / senders.size(), periodMicros, TimeUnit.MICROSECONDS);
            }
        } else {
            senders.forEach(LoadClient::sendNext);
        }
        Thread.sleep(WARM_UP.toMillis());
        measuring.set(true);
        Thread.sleep(MEASURE.toMillis());
        measuring.set(false);
        running.set(false);
        pace.shutdownNow();
        Map<Integer, Long> closedByServer = new TreeMap<>(closes);
        clients.forEach(client -> client.socket.abort());
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double seconds = MEASURE.toMillis() / 1000.0;
        return new Figures(deliveries.get() / seconds, persisted.get() / seconds, percentile(sorted, 50), percentile(sorted, 99), closedByServer);
    }

    /** Opens IDLE_CONNECTIONS authenticated idle connections and reads the hub's heap before and after. */
    private static String idle(StandaloneServer hub, URI chat, List<String> cookies) throws Exception {
        double before = heapMegabytes(hub);
        HttpClient http = HttpClient.newHttpClient();
        List<WebSocket> sockets = new ArrayList<>();
        Semaphore handshakes = new Semaphore(100);
        List<CompletableFuture<WebSocket>> opening = new ArrayList<>();
        for (int i = 0; i < IDLE_CONNECTIONS; i++) {
            handshakes.acquire();
            opening.add(http.newWebSocketBuilder().header("Cookie", cookies.get(i % cookies.size()))
                    .buildAsync(chat, new WebSocket.Listener() { }).whenComplete((socket, error) -> handshakes.release()));
        }
        int open = 0;
        for (CompletableFuture<WebSocket> future : opening) {
            try {
                sockets.add(future.get(60, TimeUnit.SECONDS));
                open++;
            } catch (Exception failed) {
                // counted as not open
            }
        }
        Thread.sleep(3000);
        double after = heapMegabytes(hub);
        sockets.forEach(WebSocket::abort);
        return "Idle connections held: %,d of %,d; hub heap used %.0f MB before, %.0f MB with them (-Xmx1536m)".formatted(open, IDLE_CONNECTIONS, before, after);
    }

    private static double heapMegabytes(StandaloneServer hub) {
        String metrics = Http.get(hub.managementUrl("metrics")).body();
        Matcher used = Pattern.compile("(?m)^jvm_memory_used_bytes\\{area=\"heap\"[^}]*\\} ([0-9.E+]+)").matcher(metrics);
        double bytes = 0;
        while (used.find()) {
            bytes += Double.parseDouble(used.group(1));
        }
        return bytes / (1024 * 1024);
    }

    private static double percentile(List<Long> sortedNanos, int percentile) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, index)) / 1e6;
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** One client: counts deliveries and their latency; a sender sends again when its last message is acknowledged (or echoed). */
    private static final class LoadClient implements WebSocket.Listener {

        final boolean hub;
        final long conversation;
        final String senderId;
        final boolean closedLoop;
        final AtomicBoolean measuring;
        final AtomicBoolean running;
        final AtomicLong deliveries;
        final AtomicLong persisted;
        final ConcurrentLinkedQueue<Long> latencies;
        final Map<Integer, Long> closes;
        final CompletableFuture<Void> subscribed = new CompletableFuture<>();
        final StringBuilder partial = new StringBuilder();
        /** Without listeners there are no deliveries to time: the acknowledgements are timed instead. */
        final boolean timeAcks;
        final Map<String, Long> sentAt = new ConcurrentHashMap<>();
        WebSocket socket;
        long sent;
        /** A WebSocket takes one send at a time: a paced send waits for the one before it. */
        CompletableFuture<?> sending = CompletableFuture.completedFuture(null);

        LoadClient(boolean hub, long conversation, String senderId, boolean closedLoop, boolean timeAcks, AtomicBoolean measuring, AtomicBoolean running, AtomicLong deliveries,
                AtomicLong persisted, ConcurrentLinkedQueue<Long> latencies, Map<Integer, Long> closes) {
            this.hub = hub;
            this.conversation = conversation;
            this.senderId = senderId;
            this.closedLoop = closedLoop;
            this.timeAcks = timeAcks;
            this.measuring = measuring;
            this.running = running;
            this.deliveries = deliveries;
            this.persisted = persisted;
            this.latencies = latencies;
            this.closes = closes;
        }

        boolean isSender() {
            return senderId != null;
        }

        synchronized void sendNext() {
            if (!running.get()) {
                return;
            }
            String id = senderId + "-" + (++sent);
            String text = "t=" + System.nanoTime();
            String frame = hub ? "{\"type\":\"send\",\"conversation\":" + conversation + ",\"id\":\"" + id + "\",\"text\":\"" + text + "\"}"
                    : "{\"id\":\"" + id + "\",\"text\":\"" + text + "\"}";
            if (hub) {
                sentAt.put(id, System.nanoTime());
            }
            sending = sending.thenCompose(done -> socket.sendText(frame, true));
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            webSocket.request(1);
            if (!last) {
                return null;
            }
            String frame = partial.toString();
            partial.setLength(0);
            boolean delivery = !hub || frame.startsWith("{\"type\":\"event\"");
            if (delivery) {
                Matcher at = SENT_AT.matcher(frame);
                if (measuring.get() && at.find()) {
                    deliveries.incrementAndGet();
                    latencies.add(System.nanoTime() - Long.parseLong(at.group(1)));
                }
                if (!hub && isSender() && frame.contains("\"" + senderId + "-" + sent + "\"")) {
                    countPersistedAndSendNext();
                }
            } else if (frame.startsWith("{\"type\":\"ack\"")) {
                Matcher acknowledged = ACK_ID.matcher(frame);
                Long at = acknowledged.find() ? sentAt.remove(acknowledged.group(1)) : null;
                if (timeAcks && measuring.get() && at != null) {
                    latencies.add(System.nanoTime() - at);
                }
                countPersistedAndSendNext();
            } else if (frame.startsWith("{\"type\":\"subscribed\"")) {
                subscribed.complete(null);
            }
            return null;
        }

        /** A close the server started: by its code, so that clients dropped as too slow (1013) show in the figures. */
        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closes.merge(statusCode, 1L, Long::sum);
            return null;
        }

        private void countPersistedAndSendNext() {
            if (measuring.get() && hub) {
                persisted.incrementAndGet();
            }
            if (closedLoop) {
                sendNext();
            }
        }
    }
}
