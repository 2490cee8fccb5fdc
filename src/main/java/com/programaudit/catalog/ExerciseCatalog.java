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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The exercises coaches write, with aliases, tier, equipment and muscles, read from {@code rules/catalog}.
 * Names match ignoring case, accents, punctuation and plural s; abbreviations (DB, BB, ext …) are expanded
 * from {@code abbreviations.csv}; a near-miss spelling resolves when it is one or two letters off.
 * Equipment written in brackets or before/after the movement ("Bench Press (Dumbbell)", "Curl - Cable")
 * picks the entry for that equipment ({@code equipment.csv}); aliases in other languages are in
 * {@code aliases/<lang>.csv}; words that mark conditioning text are in {@code conditioning_words.csv}.
 */
public final class ExerciseCatalog {
    public static final String FILE = "exercises.csv";
    public static final String ABBREVIATIONS = "abbreviations.csv";
    public static final String EQUIPMENT = "equipment.csv";
    public static final String ALIASES = "aliases";
    public static final String CONDITIONING_WORDS = "conditioning_words.csv";
    /** {@link #lookup} looks for a known name inside the text only when it is this short, never in a sentence. */
    static final int FIND_IN_MAX_WORDS = 6;
    private static final int MAX_DISTANCE = 8;
    /** Levenshtein distance up to 0..MAX_DISTANCE letters: a lower limit compares fewer letters. */
    private static final LevenshteinDistance[] DISTANCE_WITHIN = java.util.stream.IntStream.rangeClosed(0, MAX_DISTANCE)
            .mapToObj(LevenshteinDistance::new).toArray(LevenshteinDistance[]::new);
    /** A superset label ("A1.", "B2)") and then an exercise number ("1.", "Ex 2:") in front of the name. */
    private static final Pattern LETTER_LABEL = Pattern.compile("^\\s*[A-Ha-h]\\d{1,2}\\s*[.):\\-]?\\s+|^\\s*[A-Ha-h]\\s*[.):]\\s+");
    private static final Pattern NUMBER_LABEL = Pattern.compile("(?i)^\\s*(?:ex(?:ercise)?\\.?\\s*)?\\d{1,2}\\s*[.):\\-]\\s*");
    private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)|\\[[^\\]]*\\]");
    private static final String CJK = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}";
    private static final Pattern HAS_CJK = Pattern.compile("[" + CJK + "]");
    private static final Pattern SPACE_IN_CJK = Pattern.compile("(?<=[" + CJK + "]) (?=[" + CJK + "])");
    private static final Pattern NUMBER = Pattern.compile("(?<=^| )\\p{N}+(?= |$)");
    private static final Pattern COMBINING_ACCENTS = Pattern.compile("[\\u0300-\\u036f]");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}\\p{M}]+");
    private static final Pattern LETTER_NUMBER_SEAM = Pattern.compile("(?<=\\p{N})(?=[\\p{L}])|(?<=\\p{L})(?=\\p{N})");

    private final Map<String, CatalogMatch> byKey;
    private final Map<String, CatalogMatch> byName;
    private final Map<String, String> abbreviations;
    /** Equipment word → the catalog's equipment value, longest word first. */
    private final Map<String, String> equipment;
    /** Conditioning phrase ("metcon", "# km") → true when it marks conditioning even beside a lift's name. */
    private final Map<String, Boolean> conditioningPhrases;

    private ExerciseCatalog(Map<String, CatalogMatch> byKey, Map<String, CatalogMatch> byName,
                            Map<String, String> abbreviations, Map<String, String> equipment,
                            Map<String, Boolean> conditioningPhrases) {
        this.byKey = byKey;
        this.byName = byName;
        this.abbreviations = abbreviations;
        this.equipment = equipment;
        this.conditioningPhrases = conditioningPhrases;
        // the names contains() and begins() are asked about, tested once here rather than per lookup
        this.cjkNames = Stream.concat(byKey.keySet().stream(), equipment.keySet().stream())
                .filter(name -> HAS_CJK.matcher(name).find()).collect(Collectors.toUnmodifiableSet());
    }

    private final Set<String> cjkNames;

    public static ExerciseCatalog load(Path folder) throws CatalogException {
        List<String> problems = new ArrayList<>();
        Map<String, CatalogMatch> byKey = new HashMap<>();
        Map<String, CatalogMatch> byName = new LinkedHashMap<>();
        Path file = folder.resolve(FILE);
        if (!Files.exists(file)) throw new CatalogException(file + ": the exercise catalog is missing");
        forEachRow(file, FILE, (row, where) -> {
            String name = row.get("name").strip();
            Tier tier = tier(row.get("tier"));
            List<String> muscles = split(row.get("primary_muscles"));
            // a catalog written before the column existed still loads: every muscle is then primary
            List<String> secondary = row.isMapped("secondary_muscles") ? split(row.get("secondary_muscles")) : List.of();
            if (name.isEmpty() || tier == null) {
                problems.add(where + ": every exercise needs a name and a tier (heavy-compound, compound, isolation or conditioning)");
                return;
            }
            if (tier == Tier.CONDITIONING && !(muscles.isEmpty() && secondary.isEmpty())) {
                problems.add(where + ": " + name + " is conditioning, which counts no hard sets: leave primary_muscles and secondary_muscles empty");
                return;
            }
            CatalogMatch match = new CatalogMatch(name, tier, row.get("equipment").strip().toLowerCase(Locale.ROOT), muscles, secondary,
                    blankToNull(row.get("safer_alternative")), "yes".equalsIgnoreCase(row.get("spotter_needed").strip()), null);
            byName.put(name, match);
            addName(byKey, name, match, where, problems);
            split(row.get("aliases")).forEach(alias -> addName(byKey, alias, match, where, problems));
        });
        for (CatalogMatch match : byName.values()) {
            String alternative = match.getSaferAlternative();
            if (alternative != null && !byName.containsKey(alternative)) {
                problems.add(FILE + ": " + match.getName() + " names safer alternative '" + alternative
                        + "', which is not in the catalog");
            }
        }
        for (Path aliases : aliasFiles(folder.resolve(ALIASES))) {
            forEachRow(aliases, ALIASES + "/" + aliases.getFileName(), (row, where) -> {
                String alias = row.get("alias").strip();
                CatalogMatch match = byName.get(row.get("exercise").strip());
                if (match == null) {
                    problems.add(where + ": '" + alias + "' names exercise '" + row.get("exercise").strip()
                            + "', which is not in " + FILE);
                } else {
                    addName(byKey, alias, match, where, problems);
                }
            });
        }
        Map<String, String> abbreviations = new HashMap<>();
        forEachRow(folder.resolve(ABBREVIATIONS), ABBREVIATIONS,
                (row, where) -> abbreviations.put(normalize(row.get("abbreviation")), normalize(row.get("expansion"))));
        Map<String, String> equipment = new HashMap<>();
        forEachRow(folder.resolve(EQUIPMENT), EQUIPMENT,
                (row, where) -> equipment.put(normalize(row.get("word")), row.get("equipment").strip().toLowerCase(Locale.ROOT)));
        Map<String, Boolean> conditioning = new LinkedHashMap<>();
        forEachRow(folder.resolve(CONDITIONING_WORDS), CONDITIONING_WORDS, (row, where) -> {
            String when = row.get("when").strip();
            if (!when.equals("always") && !when.equals("no-lift")) {
                problems.add(where + ": when is 'always' or 'no-lift', not '" + when + "'");
            } else {
                conditioning.put(phraseKey(row.get("phrase").replace('#', '0')), when.equals("always"));
            }
        });
        if (!problems.isEmpty()) throw new CatalogException(String.join("\n", problems));
        Map<String, String> longestFirst = new LinkedHashMap<>();
        equipment.keySet().stream().filter(w -> !w.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .forEach(w -> longestFirst.put(w, equipment.get(w)));
        return new ExerciseCatalog(byKey, byName, abbreviations, longestFirst, conditioning);
    }

    public int size() { return byName.size(); }

    public CatalogMatch byName(String canonicalName) { return byName.get(canonicalName); }

    /**
     * Resolves what the coach wrote; an unknown name carries the closest catalog name as a suggestion.
     * In order: the text as written; without labels and brackets, with any equipment named in brackets or
     * before/after the movement put in front of and behind it, then the bare movement; a near-miss spelling of
     * those; the longest known name that begins a short text, the rest being remarks ("Жим лежа средним хватом").
     * A match reached by dropping the written equipment must be a plain compound or isolation lift, or use that
     * equipment: "Squat (Dumbbell)" is never the barbell Back Squat, and "Barbell Rowing" never the rowing machine.
     */
    public CatalogMatch lookup(String written) {
        return looked.get(written, resolver);
    }

    /** Made once: a method reference bound to this catalog is a new object at every call (every row asks). */
    private final java.util.function.Function<String, CatalogMatch> resolver = this::resolve;

    /** Names repeat row after row and file after file: each one is resolved once (bounded). */
    private final com.programaudit.memo.BoundedMemo<String, CatalogMatch> looked = new com.programaudit.memo.BoundedMemo<>(50_000);

    private CatalogMatch resolve(String written) {
        CatalogMatch asWritten = exactOrNull(normalize(written));
        if (asWritten != null) return asWritten;
        String core = core(written);
        Set<String> words = new LinkedHashSet<>();
        Matcher brackets = BRACKETS.matcher(written);
        while (brackets.find()) words.addAll(equipmentIn(normalize(brackets.group())));
        String movement = stripEquipment(core, words);
        Set<String> kinds = kinds(words);
        List<String> forms = core.isEmpty() ? List.of() : forms(core, movement, words, kinds);
        for (String form : forms) {
            CatalogMatch match = exactOrNull(normalize(form));
            if (match != null && fits(match, kinds)) return match;
        }
        String whole = expand(normalize(written));
        Set<String> nearMisses = new LinkedHashSet<>(List.of(whole));
        if (!forms.isEmpty()) Stream.of(forms.get(0), core, movement).map(this::expand).forEach(nearMisses::add);
        Near nearWhole = null;
        for (String text : nearMisses) {
            Near near = nearest(text);
            if (text.equals(whole)) nearWhole = near; // the suggestion below needs it again
            if (near != null && near.distance() <= typoAllowance(text) && fits(near.match(), kinds)) return near.match();
        }
        if (!core.isEmpty() && core.split(" ").length <= FIND_IN_MAX_WORDS) {
            Set<String> anywhere = kinds(equipmentIn(normalize(written)));
            Optional<CatalogMatch> inside = matchesIn(core, this::begins).filter(m -> fits(m, anywhere)).findFirst();
            if (inside.isPresent()) return inside.get();
        }
        Near near = nearWhole;
        return CatalogMatch.unknown(near != null && near.distance() <= Math.max(3, whole.length() / 3)
                && fits(near.match(), kinds) ? near.match().getName() : null);
    }

    /**
     * The name normalised, without a superset label or a remark: "A1. Barbell Bench Press", "B2) Row",
     * "Leg Curl (superset w/ B1)", "Squat [paused]".
     */
    static String core(String written) {
        String unlabeled = NUMBER_LABEL.matcher(LETTER_LABEL.matcher(written).replaceFirst("")).replaceFirst("");
        return normalize(BRACKETS.matcher(unlabeled).replaceAll(" "));
    }

    /**
     * The catalog entry whose name or alias is the longest one inside free text: whole words ("Жим лежа средним
     * хватом" → Barbell Bench Press), or for Chinese, Japanese and Korean any part of the text.
     */
    public Optional<CatalogMatch> findIn(String text) {
        return matchesIn(normalize(text), this::contains).findFirst();
    }

    /**
     * Whether text is conditioning rather than lifting: it names a conditioning entry ("Assault bike ALL OUT"),
     * holds a word that always means conditioning ("EMOM", "metcon", "for time", "AMRAP 12 min"), or gives a
     * distance or duration ("5 km", "400m", "20 min") and names no lift ("Plank 1 min" is a lift).
     * The words are in {@code conditioning_words.csv}.
     */
    public boolean isConditioningText(String text) {
        Optional<CatalogMatch> named = findIn(text);
        if (named.isPresent() && named.get().isConditioning()) return true;
        String words = " " + phraseKey(text) + " ";
        return conditioningPhrases.entrySet().stream()
                .anyMatch(p -> (p.getValue() || named.isEmpty()) && words.contains(" " + p.getKey() + " "));
    }

    /** The entries whose names the text holds as where(text, name) says, longest name first. */
    private Stream<CatalogMatch> matchesIn(String key, BiPredicate<String, String> where) {
        if (key.isEmpty()) return Stream.empty();
        return Stream.of(key, expand(key)).distinct()
                .flatMap(text -> byKey.keySet().stream().filter(name -> where.test(text, name)))
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(byKey::get);
    }

    /** Whole words, or any part of the text for a name in a script written without spaces between words. */
    private boolean contains(String text, String name) {
        if (isCjk(name)) return text.contains(name);
        // (" " + text + " ").contains(" " + name + " "), without building either string: this runs per catalog name
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            if (wordStartsAt(text, at) && wordEndsAt(text, at + name.length())) return true;
        }
        return false;
    }

    private static boolean wordStartsAt(String text, int at) { return at == 0 || text.charAt(at - 1) == ' '; }

    private static boolean wordEndsAt(String text, int end) { return end == text.length() || text.charAt(end) == ' '; }

    /** Whether a catalog name or equipment word is written in a script without spaces between words. */
    private boolean isCjk(String name) {
        return cjkNames.contains(name);
    }

    /** The name and then remarks ("Жим лежа узким хватом", "Back squat tempo 3-1-1"), not a variant ("Zercher Squat"). */
    private boolean begins(String text, String name) {
        if (isCjk(name)) return text.startsWith(name);
        return text.startsWith(name) && wordEndsAt(text, name.length());
    }

    private Set<String> equipmentIn(String text) {
        return equipment.keySet().stream().filter(word -> contains(text, word)).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The movement without equipment words in front or behind ("db bench press", "row barbell"); adds them to words. */
    private String stripEquipment(String text, Set<String> words) {
        for (String word : equipment.keySet()) {
            if (text.startsWith(word + " ")) {
                words.add(word);
                return stripEquipment(text.substring(word.length() + 1), words);
            }
            if (text.endsWith(" " + word)) {
                words.add(word);
                return stripEquipment(text.substring(0, text.length() - word.length() - 1), words);
            }
        }
        return text;
    }

    /**
     * "<equipment> <movement>" and "<movement> <equipment>" for the equipment words written, then for their other
     * spellings in equipment.csv; then the name without labels, then the bare movement.
     */
    private List<String> forms(String core, String movement, Set<String> words, Set<String> kinds) {
        Set<String> spellings = new LinkedHashSet<>(words);
        equipment.forEach((word, kind) -> { if (kinds.contains(kind)) spellings.add(word); });
        Set<String> forms = new LinkedHashSet<>();
        for (String word : spellings) {
            forms.add(word + " " + movement);
            forms.add(movement + " " + word);
        }
        forms.add(core);
        forms.add(movement);
        return List.copyOf(forms);
    }

    private Set<String> kinds(Set<String> words) {
        return words.stream().map(equipment::get).collect(Collectors.toSet());
    }

    /** A match reached with the written equipment (or none) fits; without it, only a plain lift for other equipment does. */
    private static boolean fits(CatalogMatch match, Set<String> kinds) {
        return kinds.isEmpty() || kinds.contains(match.getEquipment())
                || match.getTier() == Tier.COMPOUND || match.getTier() == Tier.ISOLATION;
    }

    private CatalogMatch exactOrNull(String key) {
        if (key.isEmpty()) return null;
        CatalogMatch match = exact(key);
        return match != null ? match : exact(expand(key));
    }

    private record Near(CatalogMatch match, int distance) { }

    private Near nearest(String key) {
        if (key.isEmpty()) return null;
        Near best = null;
        // once a name is d letters off, only a closer one matters: later comparisons stop past d - 1
        int limit = MAX_DISTANCE;
        int[] letters = new int[128];
        for (Map.Entry<String, CatalogMatch> entry : byKey.entrySet()) {
            // a length apart by more than the limit is "too far" without comparing letters
            if (Math.abs(entry.getKey().length() - key.length()) > limit) continue;
            if (lettersDifferBeyond(key, entry.getKey(), limit, letters)) continue;
            int d = DISTANCE_WITHIN[limit].apply(key, entry.getKey());
            if (d >= 0 && (best == null || d < best.distance())) {
                best = new Near(entry.getValue(), d);
                if (d == 0) break;
                limit = d - 1;
            }
        }
        return best;
    }

    /**
     * Whether the two texts differ by more than {@code limit} letters counted as bags (letters one has and the
     * other lacks): each edit changes that count by at most one, so such names are too far without the full
     * comparison. Only for ASCII texts (else false: compare them in full); {@code counts} is left zeroed.
     */
    static boolean lettersDifferBeyond(String a, String b, int limit, int[] counts) {
        int i = 0;
        int j = 0;
        boolean ascii = true;
        for (; i < a.length() && ascii; i++) {
            char c = a.charAt(i);
            if (c < 128) counts[c]++;
            else ascii = false;
        }
        for (; j < b.length() && ascii; j++) {
            char c = b.charAt(j);
            if (c < 128) counts[c]--;
            else ascii = false;
        }
        int[] differences = new int[2]; // letters only a has, letters only b has
        settle(a, i, counts, differences);
        settle(b, j, counts, differences);
        return ascii && Math.max(differences[0], differences[1]) > limit;
    }

    /** Adds up and clears the counts of the first {@code n} letters of text (each letter once, as it is cleared). */
    private static void settle(String text, int n, int[] counts, int[] differences) {
        for (int k = 0; k < n; k++) {
            char c = text.charAt(k);
            if (c >= 128) continue;
            if (counts[c] > 0) differences[0] += counts[c];
            else differences[1] -= counts[c];
            counts[c] = 0;
        }
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

    /**
     * Lower case, accents dropped (é → e, ё → е), punctuation to single spaces; letters of every script kept
     * (Cyrillic, Hangul, Kana, Han), with no spaces between Chinese, Japanese or Korean letters.
     */
    public static String normalize(String text) {
        String ascii = asciiKey(text);
        return ascii != null ? ascii : unicodeKey(text);
    }

    /**
     * {@link #normalize} of a text of ASCII characters alone, without the Unicode passes, which change none
     * of them: lower case, each run of other characters one space, none at the ends. Null for any other text.
     * Most names are ASCII, and the catalog's are all normalised at every start (a third of its load time).
     */
    static String asciiKey(String text) {
        StringBuilder key = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) return null;
            boolean lower = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            boolean upper = c >= 'A' && c <= 'Z';
            if (!lower && !upper) {
                gap = true;
                continue;
            }
            if (gap && key.length() > 0) key.append(' ');
            gap = false;
            key.append(upper ? (char) (c + ('a' - 'A')) : c);
        }
        return key.toString();
    }

    /** {@link #normalize} for any text: accents dropped, compatibility forms folded, CJK runs joined. */
    static String unicodeKey(String text) {
        String plain = COMBINING_ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String spaced = NOT_A_LETTER.matcher(Normalizer.normalize(plain, Normalizer.Form.NFC).toLowerCase(Locale.ROOT))
                .replaceAll(" ").strip();
        return SPACE_IN_CJK.matcher(spaced).replaceAll("");
    }

    /** Normalised, numbers apart from the words next to them and written as '#': "400m" → "# m". */
    private static String phraseKey(String text) {
        String spaced = LETTER_NUMBER_SEAM.matcher(normalize(text)).replaceAll(" ");
        return NUMBER.matcher(spaced).replaceAll("#");
    }

    private static void addName(Map<String, CatalogMatch> byKey, String alias, CatalogMatch match, String where,
                                List<String> problems) {
        String key = normalize(alias);
        if (key.isEmpty()) return;
        CatalogMatch previous = byKey.putIfAbsent(key, match);
        if (previous != null && previous != match) problems.add(where + ": '" + alias + "' already names " + previous.getName());
    }

    private static List<Path> aliasFiles(Path folder) throws CatalogException {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new CatalogException(folder + ": cannot list aliases: " + e.getMessage());
        }
    }

    /** Each row with its place ("aliases/es.csv:12"); a file that is not there has no rows. */
    private static void forEachRow(Path file, String name, BiConsumer<CSVRecord, String> handler) throws CatalogException {
        if (!Files.exists(file)) return;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
            for (CSVRecord row : parser) handler.accept(row, name + ":" + (row.getRecordNumber() + 1));
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new CatalogException(file + ": cannot read " + name + ": " + e.getMessage());
        }
    }

    private static Tier tier(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "heavy-compound" -> Tier.HEAVY_COMPOUND;
            case "compound" -> Tier.COMPOUND;
            case "isolation" -> Tier.ISOLATION;
            case "conditioning" -> Tier.CONDITIONING;
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
