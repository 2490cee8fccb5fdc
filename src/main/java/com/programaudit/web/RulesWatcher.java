package com.programaudit.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads the rules when a file under the rules folder changes. A cheap poll of the files' checksums
 * rather than a WatchService: it sees nested folders, editors that replace files and network drives
 * alike, and is not fooled by coarse modified times (the folder is a few hundred KB). Debounced: a change is reloaded once two polls in a row see the same files, so an
 * editor's save in several writes compiles once.
 */
public final class RulesWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RulesWatcher.class);

    private final LiveRules rules;
    private final ScheduledExecutorService timer;
    private Map<String, String> loaded;
    private Map<String, String> pending;

    private RulesWatcher(LiveRules rules) {
        this.rules = rules;
        this.loaded = fingerprint(rules.folder());
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "rules-watcher");
            thread.setDaemon(true);
            return thread;
        });
    }

    public static RulesWatcher start(LiveRules rules, Duration interval) {
        RulesWatcher watcher = new RulesWatcher(rules);
        watcher.timer.scheduleWithFixedDelay(watcher::poll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return watcher;
    }

    private void poll() {
        try {
            Map<String, String> now = fingerprint(rules.folder());
            if (now.equals(loaded)) {
                pending = null;
            } else if (!now.equals(pending)) {
                pending = now; // still changing, or just changed: wait one more poll
            } else {
                loaded = now;
                pending = null;
                rules.reload();
            }
        } catch (RuntimeException e) {
            LOG.warn("Cannot check the rules folder {} for changes: {}", rules.folder(), e.getMessage());
        }
    }

    /** Every file that makes up the rule book (rule tests and version-control folders excluded) with its size and checksum. */
    static Map<String, String> fingerprint(Path folder) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) return files;
        try {
            for (Path p : com.programaudit.files.RulesFolderFiles.list(folder)) files.put(folder.relativize(p).toString(), stamp(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String stamp(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            CRC32 crc = new CRC32();
            crc.update(bytes);
            return bytes.length + ":" + Long.toHexString(crc.getValue());
        } catch (IOException e) {
            return "gone"; // deleted between the listing and the look: the next poll sees it settle
        }
    }

    @Override public void close() { timer.shutdownNow(); }
}
