// Bounded load test of the web API (loopback only, stops by itself; not part of the build or the tests):
//   mvn -q package -DskipTests
//   java -cp target/program-audit.jar src/bench/WebLoadTest.java [clients=8] [seconds=20] [rules=rules] [url]
// Without a url it starts the server in-process on a free loopback port; with one (http://127.0.0.1:PORT/)
// it loads a server already running there. Each client uploads the shared examples in turn to
// POST /api/audit for the given time; prints requests/s, p50/p95/max latency and errors.
import com.programaudit.web.LiveRules;
import com.programaudit.web.WebServer;
import com.programaudit.web.WebSettings;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class WebLoadTest {
    private static final String BOUNDARY = "----loadtest7d1c";
    private static final List<String> EXAMPLES = List.of("anna_upper_lower.xlsx", "dan_full_body.csv", "eva_clean.xls",
            "ben_strength_weeks.xlsx", "carla_weeks_across.xlsx");

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path rules = Path.of(args.length > 2 ? args[2] : "rules");
        WebServer server = null;
        String url;
        if (args.length > 3) {
            url = args[3].endsWith("/") ? args[3] : args[3] + "/";
            if (!URI.create(url).getHost().matches("127\\.0\\.0\\.1|localhost|::1|\\[::1\\]")) {
                throw new IllegalArgumentException("the load test only targets loopback addresses, not " + url);
            }
        } else {
            server = new WebServer(LiveRules.load(rules), WebSettings.defaults(0)).start();
            url = server.url();
        }
        List<byte[]> bodies = new ArrayList<>();
        for (String name : EXAMPLES) bodies.add(body(name, Files.readAllBytes(Path.of("src/test/resources/examples", name))));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI target = URI.create(url + "api/audit");

        // warm-up: class loading and JIT would otherwise dominate the first seconds
        for (int i = 0; i < 2 * bodies.size(); i++) send(http, target, bodies.get(i % bodies.size()));

        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        for (int c = 0; c < clients; c++) {
            int offset = c;
            pool.submit(() -> {
                for (int i = offset; System.nanoTime() < end; i++) {
                    long t0 = System.nanoTime();
                    try {
                        if (send(http, target, bodies.get(i % bodies.size())) != 200) errors.incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - t0);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%d clients, %.1f s, %d requests (%d errors): %.1f requests/s, latency p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                clients, elapsed, sorted.size(), errors.get(), sorted.size() / elapsed, percentile(sorted, 50),
                percentile(sorted, 95), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
        if (server != null) server.close();
        System.exit(errors.get() == 0 ? 0 : 1);
    }

    private static int send(HttpClient http, URI target, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static byte[] body(String name, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) return 0;
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
