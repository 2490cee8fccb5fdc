// Writes N coach programs in mixed layouts and formats for the batch benchmark (src/bench/batch1000.sh):
//   java -cp target/program-audit.jar:target/test-classes src/bench/GenerateBatch.java 1000 DIR
// Each program is a shared example or sample program with variations: the athlete's name, more weeks
// (log tables repeated with later week numbers), a planted problem (a heavy squat to failure), and the
// format (.xlsx/.xls/.csv where the layout allows). Every 50th file is a broken one from the hostile
// corpus; their names go to DIR/../broken.txt.
import com.programaudit.importer.FormatConverter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

public class GenerateBatch {
    record Seed(String name, byte[] bytes, String format, boolean logTable) { }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        Path dir = Files.createDirectories(Path.of(args[1]));
        List<Seed> seeds = seeds();
        List<Path> broken = brokenFiles();
        List<String> brokenNames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = String.format("%04d", i);
            if (i % 50 == 49) {
                Path bad = broken.get((i / 50) % broken.size());
                String name = id + "_broken_" + bad.getFileName();
                Files.copy(bad, dir.resolve(name));
                brokenNames.add(name);
                continue;
            }
            Seed seed = seeds.get(i % seeds.size());
            byte[] bytes = seed.bytes();
            String format = seed.format();
            if (seed.logTable()) {
                byte[] csv = format.equals("csv") ? bytes : FormatConverter.convert(bytes, "csv");
                csv = vary(csv, "Client " + id, 1 + (i / seeds.size()) % 3, i % 4 == 0);
                format = List.of("csv", "xlsx", "xls").get((i / seeds.size()) % 3);
                bytes = format.equals("csv") ? csv : FormatConverter.convert(csv, format);
            } else if (i % 2 == 1) {
                format = format.equals("xlsx") ? "xls" : "xlsx";
                bytes = FormatConverter.convert(bytes, format);
            }
            Files.write(dir.resolve(id + "_" + seed.name() + "." + format), bytes);
        }
        Files.write(dir.resolveSibling("broken.txt"), brokenNames);
        System.out.printf("%d programs written to %s (%d broken)%n", count, dir, brokenNames.size());
    }

    private static List<Seed> seeds() throws Exception {
        Path examples = Path.of("src/test/resources/examples");
        List<Seed> seeds = new ArrayList<>();
        seeds.add(new Seed("anna", Files.readAllBytes(examples.resolve("anna_upper_lower.xlsx")), "xlsx", true));
        seeds.add(new Seed("ben", Files.readAllBytes(examples.resolve("ben_strength_weeks.xlsx")), "xlsx", false));
        seeds.add(new Seed("carla", Files.readAllBytes(examples.resolve("carla_weeks_across.xlsx")), "xlsx", false));
        seeds.add(new Seed("dan", Files.readAllBytes(examples.resolve("dan_full_body.csv")), "csv", true));
        seeds.add(new Seed("eva", Files.readAllBytes(examples.resolve("eva_clean.xls")), "xls", true));
        try (var files = Files.list(Path.of("sample-programs"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".csv", "");
                seeds.add(new Seed(name, Files.readAllBytes(file), "csv", true));
            }
        }
        return seeds;
    }

    /** The hostile corpus files that must be reported unreadable. */
    private static List<Path> brokenFiles() throws Exception {
        Path hostile = Path.of("src/test/resources/hostile");
        Properties expected = new Properties();
        try (var reader = Files.newBufferedReader(hostile.resolve("expected.properties"))) {
            expected.load(reader);
        }
        return expected.stringPropertyNames().stream().filter(n -> !expected.getProperty(n).equals("ok")).sorted()
                .map(hostile::resolve).toList();
    }

    /** A log table with a new athlete name, its weeks repeated {@code copies} times, maybe a squat to failure. */
    private static byte[] vary(byte[] csv, String athlete, int copies, boolean problem) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)), CSVFormat.DEFAULT)) {
            for (CSVRecord record : parser) rows.add(new ArrayList<>(record.toList()));
        }
        int header = -1;
        for (int r = 0; r < rows.size() && header < 0; r++) {
            if (rows.get(r).stream().anyMatch(c -> c.equalsIgnoreCase("Week"))) header = r;
            else if (!rows.get(r).isEmpty() && rows.get(r).get(0).matches("(?i)athlete|client") && rows.get(r).size() > 1) {
                rows.get(r).set(1, athlete);
            }
        }
        if (header < 0) return csv;
        List<String> head = rows.get(header);
        int week = indexOf(head, "Week");
        int rir = indexOf(head, "RIR");
        int exercise = indexOf(head, "Exercise");
        List<List<String>> body = new ArrayList<>(rows.subList(header + 1, rows.size()));
        int lastWeek = body.stream().mapToInt(r -> number(r, week)).max().orElse(0);
        for (int copy = 1; copy < copies && lastWeek > 0; copy++) {
            for (List<String> row : body) {
                List<String> again = new ArrayList<>(row);
                if (number(row, week) > 0) again.set(week, String.valueOf(number(row, week) + copy * lastWeek));
                rows.add(again);
            }
        }
        if (problem && rir >= 0 && exercise >= 0) {
            for (List<String> row : rows.subList(header + 1, rows.size())) {
                if (row.size() > rir && row.get(exercise).contains("Squat")) {
                    row.set(rir, "0");
                    break;
                }
            }
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            for (List<String> row : rows) printer.printRecord(row);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static int indexOf(List<String> header, String name) {
        for (int c = 0; c < header.size(); c++) if (header.get(c).equalsIgnoreCase(name)) return c;
        return -1;
    }

    private static int number(List<String> row, int column) {
        if (column < 0 || column >= row.size()) return 0;
        try {
            return (int) Double.parseDouble(row.get(column).strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
