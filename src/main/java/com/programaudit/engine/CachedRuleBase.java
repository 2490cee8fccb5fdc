package com.programaudit.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule base of a rules folder, loaded from the compiled-rules cache when the folder's
 * fingerprint is there, else compiled to the executable model and cached for the next start.
 * Returns empty when that does not work out (a rule that does not compile, a folder that cannot be
 * read): the caller then compiles the classic way, which reports every problem as file:line.
 */
final class CachedRuleBase {
    private static final Logger LOG = LoggerFactory.getLogger(CachedRuleBase.class);

    record Loaded(KieBase kieBase, Map<String, String> ruleFiles) { }

    private CachedRuleBase() { }

    static Optional<Loaded> load(Path folder, List<Path> ruleFiles) {
        Optional<CompiledRulesCache> cache = CompiledRulesCache.configured();
        if (cache.isEmpty() || ruleFiles.isEmpty()) return Optional.empty();
        try {
            return Optional.of(load(folder, ruleFiles, cache.get(), RulesFingerprint.of(folder)));
        } catch (IOException | RuntimeException e) {
            LOG.debug("No executable-model rule base for {}; compiling the classic way", folder, e);
            return Optional.empty();
        }
    }

    private static Loaded load(Path folder, List<Path> ruleFiles, CompiledRulesCache cache, String fingerprint) throws IOException {
        Optional<CompiledRules> hit = cache.read(fingerprint);
        if (hit.isPresent()) {
            try {
                return new Loaded(ExecutableRules.load(hit.get().kjar()), hit.get().ruleFiles());
            } catch (RuntimeException | LinkageError e) {
                // a kjar whose classes no longer link (a JDK or library changed under it) is compiled again, not kept
                LOG.warn("The cached rules for {} do not load ({}); compiling them again", folder, e.toString());
                cache.forget(fingerprint);
            }
        }
        KieServices kie = KieServices.Factory.get();
        KieFileSystem files = RuleSources.write(kie, folder, ruleFiles);
        byte[] kjar = ExecutableRules.build(kie, files, fingerprint);
        if (kjar == null) throw new IllegalStateException("the executable model does not compile " + folder);
        CompiledRules compiled = new CompiledRules(kjar, RuleSourceFiles.of(folder, ruleFiles));
        // a folder that changed since its files were listed and fingerprinted (a rule saved, a file added while this
        // run loaded it) gave rules that are this run's only: cached, later runs would take them for the new folder
        if (fingerprint.equals(RulesFingerprint.of(folder)) && ruleFiles.equals(RuleBook.ruleFiles(folder))) {
            cache.write(fingerprint, compiled);
        } else {
            LOG.debug("The rules folder {} changed while it was compiled; the result is not cached", folder);
        }
        return new Loaded(ExecutableRules.load(kjar), compiled.ruleFiles());
    }
}
