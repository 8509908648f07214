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
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Latency of GET requests, one target after the other (bench/, run by bench/run-all.sh; a single-file program:
 * {@code java bench/Latency.java ...}, nothing to build).
 *
 * <pre>
 * java bench/Latency.java NAME|TOKEN_FILE|WARMUP|REQUESTS|CONNECTIONS|URL [...]
 * </pre>
 *
 * For each target: WARMUP requests not counted, then REQUESTS requests sent by CONNECTIONS senders (closed model:
 * each sends its next request when the previous answer came), with the access token read from TOKEN_FILE ("-" for
 * none) as a bearer token, read again before each request (the caller may renew it during a long run). The
 * whole body is read. Prints one line of key=value figures per target, starting with
 * its NAME.
 */
public class Latency {

    public static void main(String[] args) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        for (String arg : args) {
            String[] target = arg.split("\\|", 6);
            String name = target[0];
            Path tokenFile = "-".equals(target[1]) ? null : Path.of(target[1]);
            int warmup = Integer.parseInt(target[2]);
            int requests = Integer.parseInt(target[3]);
            int connections = Integer.parseInt(target[4]);
            URI url = URI.create(target[5]);
            for (int i = 0; i < warmup; i++) {
                send(client, url, token(tokenFile));
            }
            long[] latencies = new long[requests];
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            AtomicLong bytes = new AtomicLong();
            AtomicInteger next = new AtomicInteger();
            long started = System.nanoTime();
            List<Thread> senders = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                Thread t = new Thread(() -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        String token = token(tokenFile);
                        long t0 = System.nanoTime();
                        long[] answer = send(client, url, token);
                        latencies[i] = System.nanoTime() - t0;
                        bytes.addAndGet(Math.max(0, answer[1]));
                        statuses.computeIfAbsent((int) answer[0], k -> new AtomicInteger()).incrementAndGet();
                    }
                });
                t.start();
                senders.add(t);
            }
            for (Thread t : senders) {
                t.join();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long[] sorted = Arrays.copyOf(latencies, requests);
            Arrays.sort(sorted);
            Map<Integer, Integer> counts = new TreeMap<>();
            statuses.forEach((k, v) -> counts.put(k, v.get()));
            int ok = counts.entrySet().stream().filter(e -> e.getKey() >= 200 && e.getKey() < 300)
                    .mapToInt(Map.Entry::getValue).sum();
            System.out.printf(Locale.ROOT,
                    "%s requests=%d connections=%d ok=%d errors=%d seconds=%.2f throughput=%.1f p50_ms=%.1f p99_ms=%.1f"
                            + " p999_ms=%.1f max_ms=%.1f bytes_per_answer=%d statuses=%s%n",
                    name, requests, connections, ok, requests - ok, seconds, requests / seconds, ms(sorted, 0.50),
                    ms(sorted, 0.99), ms(sorted, 0.999), sorted[requests - 1] / 1e6, bytes.get() / requests,
                    counts.toString().replace(" ", ""));
        }
        System.exit(0);
    }

    private static String token(Path file) {
        try {
            return file == null ? null : Files.readString(file).trim();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Status and body length; status -1 when no answer came. */
    private static long[] send(HttpClient client, URI url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(120)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new long[] {response.statusCode(), response.body().length};
        } catch (Exception e) {
            return new long[] {-1, 0};
        }
    }

    private static double ms(long[] sorted, double quantile) {
        int index = Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
