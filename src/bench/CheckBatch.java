// Checks a batch audit's output (src/bench/batch1000.sh):
//   java -cp target/program-audit.jar src/bench/CheckBatch.java IN_DIR OUT_DIR BROKEN_LIST EXPECTED_COUNT
// summary.json must list every input once, the broken ones (and only they) as unreadable, and its
// counts must agree with each per-program report. Exits 1 on any mismatch.
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

public class CheckBatch {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[1]);
        Set<String> broken = new HashSet<>(Files.readAllLines(Path.of(args[2])));
        int expected = Integer.parseInt(args[3]);
        ObjectMapper json = new ObjectMapper();
        JsonNode programs = json.readTree(out.resolve("summary.json").toFile()).path("programs");
        List<String> problems = new java.util.ArrayList<>();
        Set<String> files = new HashSet<>();
        Set<String> reports = new HashSet<>();
        long errors = 0, warnings = 0, unreadable = 0;
        for (JsonNode p : programs) {
            String file = p.path("file").asText();
            files.add(file);
            if (!reports.add(p.path("report").asText())) problems.add("report name used twice: " + p.path("report").asText());
            boolean isUnreadable = p.path("status").asText().equals("unreadable");
            if (isUnreadable) unreadable++;
            if (isUnreadable != broken.contains(file)) problems.add(file + ": status " + p.path("status").asText() + " " + p.path("error").asText(""));
            JsonNode report = json.readTree(out.resolve(p.path("report").asText() + ".json").toFile());
            if (report.path("summary").path("errors").asInt() != p.path("errors").asInt()
                    || report.path("summary").path("warnings").asInt() != p.path("warnings").asInt()
                    || (!isUnreadable && report.path("findings").size() != p.path("errors").asInt() + p.path("warnings").asInt() + p.path("infos").asInt())) {
                problems.add(file + ": summary counts differ from its report");
            }
            errors += p.path("errors").asInt();
            warnings += p.path("warnings").asInt();
        }
        if (programs.size() != expected) problems.add("summary has " + programs.size() + " entries, expected " + expected);
        if (files.size() != expected) problems.add(files.size() + " distinct input files, expected " + expected);
        if (unreadable != broken.size()) problems.add(unreadable + " unreadable, expected " + broken.size());
        System.out.printf("summary.json: %d entries, %d unreadable (expected %d), %d errors, %d warnings in the reports%n",
                programs.size(), unreadable, broken.size(), errors, warnings);
        problems.forEach(p -> System.out.println("MISMATCH " + p));
        System.exit(problems.isEmpty() ? 0 : 1);
    }
}
