package org.collabacademy.load;
import java.net.http.HttpClient;
import java.util.*;
public class ParkOn {
  public static void main(String[] a) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    int first = Integer.parseInt(a[0]); int n = Integer.parseInt(a[1]); String route = a[2];
    long pid = Long.parseLong(a[3]);
    List<UidlClient> clients = new ArrayList<>();
    long before = heap(pid);
    Timings t = new Timings();
    for (int i = 0; i < n; i++) { UidlClient c = new UidlClient(http, "http://127.0.0.1:8090", t); c.signIn("learner-" + (first + i) + "@load.collabacademy.org", "learn-under-load-2026"); String[] steps = route.split(","); c.open(steps[0], "open"); for (int k = 1; k < steps.length; k++) { if (steps[k].startsWith("#")) c.click(steps[k].substring(1), "click"); else c.follow(steps[k], "follow"); } clients.add(c); }
    long after = heap(pid);
    System.out.printf("%s: %.1f KB per session, nodes %d, %s%n", route, (after - before) / 1024.0 / n, clients.get(0).tree().size(), t.percentiles("open"));
    for (UidlClient c : clients) c.signOut();
  }
  static Map<String,long[]> last = new HashMap<>();
  static long heap(long pid) throws Exception {
    Process p = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.class_histogram").start();
    String out = new String(p.getInputStream().readAllBytes()); p.waitFor();
    Map<String,long[]> now = new HashMap<>();
    var row = java.util.regex.Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)").matcher(out);
    while (row.find()) now.put(row.group(3), new long[]{Long.parseLong(row.group(1)), Long.parseLong(row.group(2))});
    if (!last.isEmpty()) now.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue()[1] - last.getOrDefault(y.getKey(), new long[2])[1], x.getValue()[1] - last.getOrDefault(x.getKey(), new long[2])[1])).limit(14)
        .forEach(e -> System.out.printf("   %8.1f KB %7.1f objects  %s%n", (e.getValue()[1] - last.getOrDefault(e.getKey(), new long[2])[1]) / 1024.0 / 100, (e.getValue()[0] - last.getOrDefault(e.getKey(), new long[2])[0]) / 100.0, e.getKey()));
    last = now;
    var m = java.util.regex.Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)").matcher(out); m.find(); return Long.parseLong(m.group(1));
  }
}
