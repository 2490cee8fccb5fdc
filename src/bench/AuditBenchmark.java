// Plain benchmark harness (not part of the build or the tests):
//   mvn -q package -DskipTests
//   java -cp target/program-audit.jar src/bench/AuditBenchmark.java [copies=200] [rules=rules]
// Copies the shared-style example programs N times into a temp folder, then measures rule
// compilation, a cold and a warm batch audit, throughput and peak heap.
import com.programaudit.audit.AuditReport;
import com.programaudit.audit.AuditService;
import com.programaudit.audit.BatchAudit;
import com.programaudit.audit.InputFiles;
import com.programaudit.engine.RuleBook;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

public class AuditBenchmark {
    public static void main(String[] args) throws Exception {
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path rules = Path.of(args.length > 1 ? args[1] : "rules");
        Path sources = Path.of("src/test/resources/examples");
        Path dir = Files.createTempDirectory("audit-bench");
        List<Path> originals = List.of(sources.resolve("anna_upper_lower.xlsx"), sources.resolve("dan_full_body.csv"),
                sources.resolve("eva_clean.xls"));
        for (int i = 0; i < copies; i++) {
            Path original = originals.get(i % originals.size());
            String name = original.getFileName().toString();
            Files.copy(original, dir.resolve(i + "_" + name));
        }
        long t0 = System.nanoTime();
        RuleBook book = RuleBook.load(rules);
        long t1 = System.nanoTime();
        System.out.printf("rules compiled: %d rules in %.0f ms%n", book.rules().size(), (t1 - t0) / 1e6);
        AuditService service = new AuditService(book);
        List<Path> files = InputFiles.expand(List.of(dir));
        for (String round : List.of("cold", "warm")) {
            long start = System.nanoTime();
            List<AuditReport> reports = new BatchAudit(service, Runtime.getRuntime().availableProcessors()).run(files, f -> { });
            double seconds = (System.nanoTime() - start) / 1e9;
            long findings = reports.stream().mapToLong(r -> r.findings().size()).sum();
            System.out.printf("%s batch: %d programs, %d findings, %.2f s, %.1f programs/s, %.1f ms/program%n",
                    round, reports.size(), findings, seconds, reports.size() / seconds, seconds * 1000 / reports.size());
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        System.out.printf("peak heap (sum of pool peaks): %d MiB%n", peak / (1024 * 1024));
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
