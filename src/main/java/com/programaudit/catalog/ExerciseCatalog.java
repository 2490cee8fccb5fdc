package com.programaudit.catalog;

import com.programaudit.model.CatalogMatch;
import com.programaudit.model.Tier;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The exercises coaches write, with aliases, tier and muscles, read from {@code rules/catalog}.
 * Names match ignoring case, punctuation and plural s; abbreviations (DB, BB, ext …) are expanded
 * from {@code abbreviations.csv}; a near-miss spelling resolves when it is one or two letters off.
 */
public final class ExerciseCatalog {
    public static final String FILE = "exercises.csv";
    public static final String ABBREVIATIONS = "abbreviations.csv";
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(8);

    private final Map<String, CatalogMatch> byKey;
    private final Map<String, String> abbreviations;
    private final Map<String, CatalogMatch> byName;
    private ConditioningWords conditioning = ConditioningWords.none();

    private ExerciseCatalog(Map<String, CatalogMatch> byKey, Map<String, String> abbreviations,
                            Map<String, CatalogMatch> byName) {
        this.byKey = byKey;
        this.abbreviations = abbreviations;
        this.byName = byName;
    }

    public static ExerciseCatalog load(Path folder) throws CatalogException {
        Map<String, String> abbreviations = loadAbbreviations(folder.resolve(ABBREVIATIONS));
        Path file = folder.resolve(FILE);
        Map<String, CatalogMatch> byKey = new HashMap<>();
        Map<String, CatalogMatch> byName = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
            for (CSVRecord row : parser) {
                String where = file.getFileName() + ":" + (row.getRecordNumber() + 1);
                String name = row.get("name").strip();
                Tier tier = tier(row.get("tier"));
                if (name.isEmpty() || tier == null) {
                    problems.add(where + ": every exercise needs a name and a tier (heavy-compound, compound or isolation)");
                    continue;
                }
                List<String> muscles = split(row.get("primary_muscles"));
                String alternative = blankToNull(row.get("safer_alternative"));
                CatalogMatch match = new CatalogMatch(name, tier, muscles, alternative,
                        "yes".equalsIgnoreCase(row.get("spotter_needed").strip()), null);
                byName.put(name, match);
                List<String> names = new ArrayList<>(split(row.get("aliases")));
                names.add(0, name);
                for (String alias : names) {
                    String key = normalize(alias);
                    CatalogMatch previous = byKey.putIfAbsent(key, match);
                    if (previous != null && previous != match) {
                        problems.add(where + ": '" + alias + "' already names " + previous.getName());
                    }
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new CatalogException(file + ": cannot read the exercise catalog: " + e.getMessage());
        }
        for (CatalogMatch match : byName.values()) {
            String alternative = match.getSaferAlternative();
            if (alternative != null && !byName.containsKey(alternative)) {
                problems.add(file.getFileName() + ": " + match.getName() + " names safer alternative '" + alternative
                        + "', which is not in the catalog");
            }
        }
        if (!problems.isEmpty()) throw new CatalogException(String.join("\n", problems));
        ExerciseCatalog catalog = new ExerciseCatalog(byKey, abbreviations, byName);
        catalog.conditioning = ConditioningWords.load(folder);
        return catalog;
    }

    public int size() { return byName.size(); }

    /** Whether a name or note names conditioning work (sprints, bike, metcon): see {@link ConditioningWords}. */
    public boolean isConditioningText(String text) { return conditioning.matches(text); }

    public CatalogMatch byName(String canonicalName) { return byName.get(canonicalName); }

    /** Resolves what the coach wrote; an unknown name carries the closest catalog name as a suggestion. */
    public CatalogMatch lookup(String written) {
        CatalogMatch asWritten = lookupName(written);
        String core = core(written);
        if (asWritten.isKnown() || core.equals(written.strip()) || core.isEmpty()) return asWritten;
        CatalogMatch withoutLabels = lookupName(core);
        return withoutLabels.isKnown() ? withoutLabels : asWritten;
    }

    /**
     * The name without a superset label or a remark: "A1. Barbell Bench Press", "B2) Row",
     * "Leg Curl (superset w/ B1)", "Squat [paused]".
     */
    static String core(String written) {
        String name = written.replaceAll("^\\s*[A-Ha-h]\\d{1,2}\\s*[.):\\-]?\\s+|^\\s*[A-Ha-h]\\s*[.):]\\s+", "")
                .replaceAll("(?i)^\\s*(?:ex(?:ercise)?\\.?\\s*)?\\d{1,2}\\s*[.):\\-]\\s*", "")
                .replaceAll("\\([^)]*\\)|\\[[^\\]]*\\]", " ").replaceAll("\\s+", " ").strip();
        // "Row - Barbell", "Curl, dumbbell": the equipment written after the movement
        java.util.regex.Matcher equipment = EQUIPMENT_AFTER.matcher(name);
        return equipment.matches() ? equipment.group(2) + " " + equipment.group(1) : name;
    }

    private static final java.util.regex.Pattern EQUIPMENT_AFTER = java.util.regex.Pattern.compile(
            "(?i)^(.+?)\\s*[-,\u2013]\\s*(barbell|dumbbell|db|bb|cable|machine|smith machine|kettlebell|kb|ez[- ]bar)$");

    private CatalogMatch lookupName(String written) {
        String key = normalize(written);
        if (key.isEmpty()) return CatalogMatch.unknown();
        String expanded = expand(key);
        CatalogMatch match = exact(key);
        if (match == null) match = exact(expanded);
        if (match != null) return match;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<String, CatalogMatch> entry : byKey.entrySet()) {
            int d = DISTANCE.apply(expanded, entry.getKey());
            if (d >= 0 && d < bestDistance) {
                bestDistance = d;
                best = entry.getKey();
            }
        }
        if (best != null && bestDistance <= typoAllowance(expanded)) return byKey.get(best);
        return CatalogMatch.unknown(best != null && bestDistance <= Math.max(3, expanded.length() / 3)
                ? byKey.get(best).getName() : null);
    }

    /** A one-letter slip in a short name, two in a long one ("Barbel back squat"). */
    private static int typoAllowance(String key) {
        return key.length() >= 12 ? 2 : key.length() >= 6 ? 1 : 0;
    }

    private CatalogMatch exact(String key) {
        CatalogMatch match = byKey.get(key);
        if (match == null && key.endsWith("s")) match = byKey.get(key.substring(0, key.length() - 1));
        if (match == null) match = byKey.get(key + "s");
        return match;
    }

    private String expand(String key) {
        return Arrays.stream(key.split(" ")).map(t -> abbreviations.getOrDefault(t, t))
                .collect(Collectors.joining(" "));
    }

    /** Lower case, accents and punctuation dropped, spaces collapsed. */
    public static String normalize(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static Map<String, String> loadAbbreviations(Path file) throws CatalogException {
        Map<String, String> map = new HashMap<>();
        if (!Files.exists(file)) return map;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
            for (CSVRecord row : parser) {
                map.put(normalize(row.get("abbreviation")), normalize(row.get("expansion")));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new CatalogException(file + ": cannot read abbreviations: " + e.getMessage());
        }
        return map;
    }

    private static Tier tier(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "heavy-compound" -> Tier.HEAVY_COMPOUND;
            case "compound" -> Tier.COMPOUND;
            case "isolation" -> Tier.ISOLATION;
            default -> null;
        };
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
