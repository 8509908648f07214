import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A rush of participants, each sending one registration with their own token (bench/, run by bench/run-all.sh;
 * a single-file program: {@code java bench/RegistrationRush.java ...}, nothing to build).
 *
 * <pre>
 * java bench/RegistrationRush.java URL TOKENS_FILE BODY_FILE closed CONNECTIONS
 * java bench/RegistrationRush.java URL TOKENS_FILE BODY_FILE open RATE_PER_SECOND
 * </pre>
 *
 * One request per line of TOKENS_FILE (an access token each). BODY_FILE holds JSON bodies, one per line: request i
 * sends line i modulo their number, with {@code {{n}}} replaced by i (fictional names and e-mails). Closed model: CONNECTIONS senders, each sending its next
 * request when the previous answer came. Open model: request i is due at start + i / RATE whatever the answers,
 * and its latency counts from when it was due (no coordinated omission). Prints one line of key=value figures.
 */
public class RegistrationRush {

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        List<String> tokens = Files.readAllLines(Path.of(args[1])).stream().filter(t -> !t.isBlank()).toList();
        List<String> bodies = Files.readAllLines(Path.of(args[2])).stream().filter(t -> !t.isBlank()).toList();
        String mode = args[3];
        double parameter = Double.parseDouble(args[4]);
        int n = tokens.size();
        long[] latencies = new long[n];
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(4)).build();
        long started = System.nanoTime();
        if ("closed".equals(mode)) {
            int connections = (int) parameter;
            AtomicInteger next = new AtomicInteger();
            List<Thread> senders = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                Thread t = new Thread(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        int status = send(client, request(url, tokens.get(i), bodies, i));
                        latencies[i] = System.nanoTime() - t0;
                        statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                    }
                });
                t.start();
                senders.add(t);
            }
            for (Thread t : senders) {
                t.join();
            }
        } else {
            double rate = parameter;
            CountDownLatch done = new CountDownLatch(n);
            ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
            for (int i = 0; i < n; i++) {
                int index = i;
                long due = started + (long) (i * 1e9 / rate);
                clock.schedule(() -> client.sendAsync(request(url, tokens.get(index), bodies, index),
                        HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                            latencies[index] = System.nanoTime() - due;
                            int status = error != null ? -1 : response.statusCode();
                            statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                            done.countDown();
                        }), due - System.nanoTime(), TimeUnit.NANOSECONDS);
            }
            done.await(10, TimeUnit.MINUTES);
            clock.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        Map<Integer, Integer> counts = new TreeMap<>();
        statuses.forEach((k, v) -> counts.put(k, v.get()));
        int ok = counts.getOrDefault(201, 0) + counts.getOrDefault(200, 0);
        System.out.printf(java.util.Locale.ROOT,
                "requests=%d ok=%d errors=%d seconds=%.2f throughput=%.1f p50_ms=%.1f p99_ms=%.1f p999_ms=%.1f max_ms=%.1f statuses=%s%n",
                n, ok, n - ok, seconds, n / seconds, ms(sorted, 0.50), ms(sorted, 0.99), ms(sorted, 0.999),
                sorted[n - 1] / 1e6, counts.toString().replace(" ", ""));
        System.exit(0);
    }

    private static HttpRequest request(URI url, String token, List<String> bodies, int i) {
        String body = bodies.get(i % bodies.size());
        return HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.replace("{{n}}", Integer.toString(i))))
                .build();
    }

    private static int send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static double ms(long[] sorted, double quantile) {
        int index = Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
