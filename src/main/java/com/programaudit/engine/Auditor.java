package com.programaudit.engine;

import com.programaudit.model.DataIssue;
import com.programaudit.model.Finding;
import com.programaudit.model.PolicyOverride;
import com.programaudit.model.Location;
import com.programaudit.model.ProgramFacts;
import com.programaudit.model.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Runs the rules over one program: a KieSession of the shared KieBase, reset since its last program, all facts inserted,
 * disabled rules filtered out, drafts read back as findings (one per rule and scope instance).
 */
public final class Auditor {
    private static final int MAX_FIRINGS = 200_000;
    private final RuleBook rules;
    private final HardSetsQuery hardSets;
    /** Sessions are reset and reused: making one anew per program cost more than a program's inserts. */
    private final KieSessionsPool sessions;

    public Auditor(RuleBook rules) {
        this.rules = rules;
        this.hardSets = HardSetsQuery.of(rules.kieBase());
        this.sessions = rules.kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }

    public RuleBook rules() { return rules; }

    /** Audits with the rules folder's policy, as overridden by the program's own settings. */
    public Audit audit(ProgramFacts facts) {
        return audit(facts, Map.of());
    }

    /**
     * Audits with the rules folder's policy changed by {@code policy} (a rule test case's thresholds), then
     * by the program's own settings.
     */
    public Audit audit(ProgramFacts facts, Map<String, String> policy) {
        Policy base = policy.isEmpty() ? rules.policy() : rules.policy().with(policy);
        PolicyOverrides.Result own = PolicyOverrides.apply(base, rules.ruleIds(), facts.settings());
        return audit(facts, own.policy(), own.applied(), own.problems());
    }

    private Audit audit(ProgramFacts facts, Policy policy, List<PolicyOverride> overrides,
                        List<DataIssue> settingProblems) {
        // dispose() below hands the session back to the pool, which resets it
        KieSession session = sessions.newKieSession();
        try {
            session.setGlobal("policy", policy);
            session.insert(facts.program());
            facts.program().getBlocks().forEach(session::insert);
            facts.weeks().forEach(session::insert);
            facts.sessions().forEach(session::insert);
            facts.entries().forEach(session::insert);
            facts.sets().forEach(session::insert);
            facts.dataIssues().forEach(session::insert);
            settingProblems.forEach(session::insert);
            overrides.forEach(session::insert);
            session.fireAllRules(match -> {
                RuleInfo info = rules.info(match.getRule());
                return info == null || policy.enabled(info.id());
            }, MAX_FIRINGS);
            List<Draft> drafts = new ArrayList<>();
            for (Object fact : session.getObjects(o -> o instanceof Draft)) drafts.add((Draft) fact);
            return new Audit(toFindings(drafts, policy), policy, hardSets.read(session));
        } finally {
            session.dispose();
        }
    }

    private List<Finding> toFindings(List<Draft> drafts, Policy policy) {
        drafts.sort(Comparator.comparing((Draft d) -> d.location().getWeek() == null ? 0 : d.location().getWeek())
                // a week's own findings (weekly volume) after its sessions, whose problems come first
                .thenComparing(d -> d.location().getWeek() == null || d.location().getDay() != null
                        ? (d.location().getDay() == null ? 0 : d.location().getDay()) : Integer.MAX_VALUE)
                .thenComparingInt(Draft::order)
                // firing order is not fixed: break ties by rule and place so reports are stable
                .thenComparing(d -> String.valueOf(d.rule().getMetaData().get("id")))
                .thenComparing(d -> String.valueOf(d.location().getBlock()))
                .thenComparing(d -> String.valueOf(d.location().getMuscle()))
                .thenComparing(d -> String.valueOf(d.location().getCell()))
                // the session hands its objects back in identity-hash order, which changes from run to
                // run: drafts still tied (one program-scope rule matching several weeks, two data issues
                // of one cell) are ordered by what they say, so the one kept is the same every run
                .thenComparing(Draft::message)
                .thenComparing(d -> d.fixValue().getDescription())
                .thenComparing(d -> d.fixValue().getEdits().toString()));
        Map<String, Finding> unique = new LinkedHashMap<>();
        for (Draft draft : drafts) {
            RuleInfo info = rules.info(draft.rule());
            if (info == null) continue;
            Location location = draft.location();
            Scope scope = info.scope();
            String key = info.id() + "|" + location.scopeKey(scope);
            unique.putIfAbsent(key, new Finding(info.id(), policy.severity(info.id()).orElse(info.severity()),
                    draft.message(), rules.citations(info), location, draft.fixValue()));
        }
        return new ArrayList<>(unique.values());
    }
}
