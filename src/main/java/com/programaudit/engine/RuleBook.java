package com.programaudit.engine;

import com.programaudit.catalog.ExerciseCatalog;
import com.programaudit.layout.LayoutMapping;
import com.programaudit.model.Scope;
import com.programaudit.model.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * A compiled rules folder: DRL files (and decision tables) read from disk at run time, the policy,
 * the sources list and the exercise catalog. Built once and shared by every audit.
 */
public final class RuleBook {
    private static final AtomicLong BUILDS = new AtomicLong();

    private final Path folder;
    private final KieBase kieBase;
    private final Map<String, RuleInfo> rulesByName;
    /** Asked for every match the agenda fires and every draft: remembered per rule object (a handful of rules). */
    private final com.programaudit.memo.BoundedMemo<Rule, RuleInfo> infoByRule = new com.programaudit.memo.BoundedMemo<>(10_000);
    private final java.util.function.Function<Rule, RuleInfo> infoByName;
    /** By identity: the book hands out these RuleInfo objects, and a record hashes every field. */
    private final Map<RuleInfo, List<String>> citationsByRule = new java.util.IdentityHashMap<>();
    private final Policy policy;
    private final Sources sources;
    private final ExerciseCatalog catalog;
    private final List<LayoutMapping> layouts;

    RuleBook(Path folder, KieBase kieBase, Map<String, RuleInfo> rulesByName, Policy policy, Sources sources,
                     ExerciseCatalog catalog, List<LayoutMapping> layouts) {
        this.folder = folder;
        this.kieBase = kieBase;
        this.rulesByName = rulesByName;
        this.policy = policy;
        this.sources = sources;
        this.catalog = catalog;
        this.layouts = layouts;
        this.ruleIds = rulesByName.values().stream().map(RuleInfo::id).sorted().distinct().toList();
        this.infoByName = rule -> rulesByName.get(rule.getName() + "@" + rule.getPackageName());
        for (RuleInfo info : rulesByName.values()) citationsByRule.put(info, citationsOf(info));
    }

    /**
     * Loads the folder, its rule base from the compiled-rules cache when the folder is unchanged
     * since it was compiled (see {@link CompiledRulesCache}); every problem found is listed as
     * "file:line: message".
     */
    public static RuleBook load(Path folder) throws RuleLoadException {
        return load(folder, true);
    }

    /** Compiles the folder afresh with Drools' classic compiler, as `rules check` does: the cache is neither read nor written. */
    public static RuleBook check(Path folder) throws RuleLoadException {
        return load(folder, false);
    }

    private static RuleBook load(Path folder, boolean cached) throws RuleLoadException {
        return new RulesLoading(folder, cached).finish();
    }

    /**
     * Starts loading the folder: when this returns, the catalog and the coach's words are in place (files
     * can be read), while the rule base may still be loading; {@link RulesLoading#finish()} waits for it.
     */
    public static RulesLoading start(Path folder) {
        Prestarted early = PRESTARTED.getAndSet(null);
        if (early != null && early.folder().equals(folder)) {
            try {
                return early.loading().join();
            } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
                // loaded again here, where what went wrong surfaces as it always has
            }
        }
        return new RulesLoading(folder, true);
    }

    /**
     * Begins {@link #start} of a folder on a thread of its own, for a command line about to be parsed: the first
     * {@code start} of the same folder takes it, so the catalog and the rule base load while picocli reads the
     * arguments. Another folder, or none asked for, and it is simply not used.
     */
    public static void prestart(Path folder) {
        PRESTARTED.set(new Prestarted(folder,
                java.util.concurrent.CompletableFuture.supplyAsync(() -> new RulesLoading(folder, true), RulesLoading::startLoader)));
    }

    private record Prestarted(Path folder, java.util.concurrent.CompletableFuture<RulesLoading> loading) { }

    /** The loading a prestart began and no start has taken yet, if any (for tests). */
    static java.util.Optional<java.util.concurrent.CompletableFuture<RulesLoading>> pendingPrestart() {
        Prestarted early = PRESTARTED.get();
        return early == null ? java.util.Optional.empty() : java.util.Optional.of(early.loading());
    }

    private static final java.util.concurrent.atomic.AtomicReference<Prestarted> PRESTARTED =
            new java.util.concurrent.atomic.AtomicReference<>();

    static KieBase compile(Path folder, List<Path> ruleFiles, List<String> problems) {
        KieServices kie = KieServices.Factory.get();
        KieFileSystem files = kie.newKieFileSystem();
        ReleaseId release = kie.newReleaseId("com.programaudit", "rules-" + BUILDS.incrementAndGet(), "1.0.0");
        files.generateAndWritePomXML(release);
        if (ruleFiles.isEmpty()) {
            problems.add(folder + ":0: no .drl files in the rules folder");
            return null;
        }
        for (Path file : ruleFiles) {
            try {
                RuleSources.add(kie, files, folder, file);
            } catch (IOException e) {
                problems.add(folder.relativize(file) + ":0: cannot read: " + e.getMessage());
            }
        }
        KieBuilder builder;
        try {
            builder = kie.newKieBuilder(files).buildAll();
        } catch (RuntimeException e) {
            // A decision table that cannot be parsed throws instead of reporting a message.
            problems.add(BuildFailure.describe(e));
            return null;
        }
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        // A syntax error hides the types and functions its file declares, so every other file that uses
        // them fails too: report the syntax errors alone, where the head coach's edit is.
        boolean syntax = errors.stream().anyMatch(RuleBook::isSyntaxError);
        for (Message message : errors) {
            String text = message.getText().strip();
            if (text.startsWith("Parser returned a null Package") || syntax && !isSyntaxError(message)) continue;
            String path = message.getPath() == null ? "?" : message.getPath().replaceFirst("^src/main/resources/", "");
            problems.add(path + ":" + lineOf(message, path) + ": " + firstLine(text));
        }
        if (!errors.isEmpty()) return null;
        return kie.newKieContainer(release).getKieBase();
    }

    /** The parser's own messages ("[ERR 102] Line 23:4 mismatched input …"), before any type is resolved. */
    private static boolean isSyntaxError(Message message) {
        return message.getText().strip().startsWith("[ERR");
    }

    /** A DRL line; for a decision table, the spreadsheet row of the rule named in the message. */
    private static int lineOf(Message message, String path) {
        if (path.endsWith(".drl.xlsx") || path.endsWith(".drl.xls")) {
            java.util.regex.Matcher row = TABLE_RULE.matcher(message.getText());
            if (row.find()) return Integer.parseInt(row.group(1));
            return 0;
        }
        return Math.max(message.getLine(), 0);
    }

    private static final java.util.regex.Pattern TABLE_RULE = java.util.regex.Pattern.compile("Rule name='[^']*_(\\d+)'");

    /** The message's first line, and the "[Error: …]" line after it that says what is wrong, if any. */
    private static String firstLine(String text) {
        String[] lines = text.split("\n");
        String first = lines[0].strip();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("[Error:")) {
                return first.replaceFirst(":$", "") + ": " + line.substring("[Error:".length()).replaceFirst("]$", "").strip();
            }
        }
        return first;
    }

    /**
     * DRL files and decision tables among the folder's files (tests and version-control folders left out, as the
     * fingerprint leaves them: a clone's .git is not walked at every start), in a stable order.
     */
    static List<Path> ruleFiles(Path folder) {
        try {
            return com.programaudit.files.RulesFolderFiles.list(folder).stream()
                    .filter(p -> {
                        String name = p.getFileName().toString();
                        return name.endsWith(".drl") || name.endsWith(".drl.xlsx") || name.endsWith(".drl.xls");
                    })
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static Map<String, RuleInfo> readMetadata(KieBase kieBase, RuleLocations locations, Sources sources,
                                                      Policy policy, List<String> problems) {
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Map<String, Object> meta = rule.getMetaData();
                String id = text(meta.get("id"));
                if (id == null) continue; // helper rules that only derive facts
                RuleLocations.Location location = locations.of(rule);
                String where = location.file() + ":" + location.line() + ": rule \"" + rule.getName() + "\"";
                Severity severity = null;
                Scope scope = null;
                try {
                    severity = Severity.parse(String.valueOf(text(meta.get("severity"))));
                } catch (IllegalArgumentException e) {
                    problems.add(where + ": @severity must be error, warning or info");
                }
                try {
                    scope = Scope.parse(String.valueOf(text(meta.get("scope"))));
                } catch (IllegalArgumentException e) {
                    problems.add(where + ": @scope must be set, exercise, session, week, block or program");
                }
                List<String> keys = new ArrayList<>();
                String sourceText = text(meta.get("sources"));
                if (sourceText != null) {
                    for (String key : sourceText.split("[,\\s]+")) {
                        if (key.isBlank()) continue;
                        if (!key.equals(Sources.NONE) && !sources.has(key)) problems.add(where + ": @sources names '" + key + "', which is not in sources.csv");
                        keys.add(key);
                    }
                }
                // Drools stores @description under its annotation's class name
                Object describedAs = meta.getOrDefault("description", meta.get("org.kie.api.definition.type.Description"));
                String description = PolicyText.fill(text(describedAs), policy, where, problems);
                if (rules.containsKey(id)) problems.add(where + ": @id " + id + " is used by another rule too");
                Severity effective = policy.severity(id).orElse(severity);
                rules.put(rule.getName() + "@" + pkg.getName(),
                        new RuleInfo(id, rule.getName(), effective, scope, keys, description == null ? "" : description,
                                location.file(), location.line()));
            }
        }
        return rules;
    }

    private static String text(Object value) {
        if (value == null) return null;
        String s = value.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) s = s.substring(1, s.length() - 1);
        return s;
    }

    public Path folder() { return folder; }
    public KieBase kieBase() { return kieBase; }
    public Policy policy() { return policy; }
    public Sources sources() { return sources; }
    public ExerciseCatalog catalog() { return catalog; }
    /** The table templates of rules/layouts/, for layouts the importer does not know. */
    public List<LayoutMapping> layouts() { return layouts; }

    /** Rules with an @id, sorted by id. */
    public List<RuleInfo> rules() {
        return rulesByName.values().stream().sorted(Comparator.comparing(RuleInfo::id)).toList();
    }

    /** Every rule's id, in order: made once, asked for by every audit. */
    public List<String> ruleIds() { return ruleIds; }

    private final List<String> ruleIds;

    /** The metadata of a rule of this book's KieBase; null for a rule without an @id (one that only derives facts). */
    RuleInfo info(Rule rule) { return infoByRule.get(rule, infoByName); }

    /** Readable citations for a rule's source keys (made once for the book's own rules). */
    public List<String> citations(RuleInfo rule) {
        List<String> made = citationsByRule.get(rule);
        return made != null ? made : citationsOf(rule);
    }

    private List<String> citationsOf(RuleInfo rule) {
        return rule.sources().stream().map(sources::get).filter(s -> s != null).map(Sources.Source::citation).toList();
    }
}
