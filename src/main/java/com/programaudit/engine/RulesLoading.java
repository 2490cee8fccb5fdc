package com.programaudit.engine;

import com.programaudit.catalog.CatalogException;
import com.programaudit.catalog.ExerciseCatalog;
import com.programaudit.importer.words.CoachWords;
import com.programaudit.importer.words.HeaderVocabulary;
import com.programaudit.importer.words.HeaderWords;
import com.programaudit.layout.LayoutMapping;
import com.programaudit.layout.LayoutMappings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.kie.api.KieBase;

/**
 * A rules folder being loaded, in two steps. The constructor reads what reading a spreadsheet needs
 * (policy, catalog, coach words, layout mappings) while the compiled rule base loads from the cache on
 * another thread; {@link #finish()} waits for it, checks the rules' metadata and lists every problem.
 * A batch starts reading its first files in between, so a cold run does not wait for one then the other.
 */
public final class RulesLoading {
    /**
     * The logger, made on first use: this class is loaded first thing in an audit ({@link RuleBook#prestart}), and a
     * logger made with it set up logging there, ~80 ms on the main thread before the loader thread could even start.
     */
    private static final class Log {
        static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RulesLoading.class);
    }

    private final Path folder;
    /** Whether the rule base comes from the compiled-rules cache when it can ({@code rules check} compiles afresh). */
    private final boolean cached;
    private final List<String> problems = new ArrayList<>();
    private final boolean missing;
    private List<Path> ruleFiles = List.of();
    private CompletableFuture<Optional<CachedRuleBase.Loaded>> ruleBase = CompletableFuture.completedFuture(Optional.empty());
    private Policy policy;
    private Sources sources;
    private ExerciseCatalog catalog;
    private PolicyReads reads;
    private List<LayoutMapping> layouts = List.of();
    private RuleLoadException failure;

    RulesLoading(Path folder, boolean cached) {
        this.folder = folder;
        this.cached = cached;
        this.missing = !Files.isDirectory(folder);
        if (missing) return;
        ruleFiles = RuleBook.ruleFiles(folder);
        List<Path> files = ruleFiles;
        if (cached) ruleBase = CompletableFuture.supplyAsync(() -> CachedRuleBase.load(folder, files), RulesLoading::startLoader);
        try {
            readForImport();
        } catch (RuleLoadException e) {
            failure = e; // thrown by finish(), as loading at once throws it
        }
    }

    private void readForImport() throws RuleLoadException {
        policy = Policy.load(folder);
        problems.addAll(policy.problems());
        sources = Sources.load(folder);
        try {
            catalog = ExerciseCatalog.load(folder.resolve("catalog"));
        } catch (CatalogException e) {
            problems.addAll(Arrays.asList(e.getMessage().split("\n")));
        }
        reads = PolicyReads.scan(folder, ruleFiles, policy);
        problems.addAll(reads.missing());
        // header words are data of the rules folder: install them before any table is read
        HeaderWords.install(HeaderVocabulary.load(folder, problems));
        CoachWords.install(folder, problems);
        layouts = LayoutMappings.load(folder, problems);
    }

    /** The catalog, once read without a problem: files may be read with it before {@link #finish()}. */
    public Optional<ExerciseCatalog> catalog() {
        return problems.isEmpty() && failure == null ? Optional.ofNullable(catalog) : Optional.empty();
    }

    /** The table templates of rules/layouts/. */
    public List<LayoutMapping> layouts() { return layouts; }

    /** The rule book, once its rule base is loaded (or compiled) and every rule checked. */
    public RuleBook finish() throws RuleLoadException {
        if (missing) {
            throw new RuleLoadException(folder.toAbsolutePath().normalize()
                    + ":0: the rules folder does not exist (run from the project folder, or pass --rules DIR)");
        }
        if (failure != null) throw failure;
        Optional<CachedRuleBase.Loaded> loaded = ruleBase.join();
        KieBase kieBase = loaded.isPresent() ? loaded.get().kieBase() : RuleBook.compile(folder, ruleFiles, problems);
        if (cached && loaded.isEmpty() && kieBase != null && CompiledRulesCache.configured().isPresent()) {
            // rules that work, but only the classic way: every start pays seconds for them, which nobody would guess
            Log.LOG.warn("The rules in {} do not compile to Drools' executable model, which the compiled-rules cache keeps,"
                    + " so they are compiled afresh at every start (rule code that needs Java above level 8 does this;"
                    + " debug logging gives the reason)", folder);
        }
        RuleLocations locations = new RuleLocations(folder, loaded.map(CachedRuleBase.Loaded::ruleFiles).orElse(Map.of()));
        Map<String, RuleInfo> rules = kieBase == null ? Map.of()
                : RuleBook.readMetadata(kieBase, locations, sources, policy, problems);
        if (kieBase != null) {
            Set<String> ids = rules.values().stream().map(RuleInfo::id).collect(Collectors.toSet());
            problems.addAll(PolicyKeys.unknown(policy, ids, reads.read()));
        }
        if (!problems.isEmpty()) throw new RuleLoadException(problems);
        return new RuleBook(folder, kieBase, rules, policy, sources, catalog, layouts);
    }

    /** Runs a loading step on a daemon thread of its own (the rule base here; a whole prestarted loading in RuleBook). */
    static void startLoader(Runnable load) {
        Thread loader = new Thread(load, "rules-loader");
        loader.setDaemon(true);
        loader.start();
    }
}
