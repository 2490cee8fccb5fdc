package com.programaudit.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled rule bases on disk, one file per rules-folder fingerprint, so a CLI run or a server
 * start loads the rules instead of compiling them. The folder is {@code -Dprogramaudit.cache=DIR},
 * else {@code $PROGRAM_AUDIT_CACHE}, else {@code $XDG_CACHE_HOME/program-audit}, else
 * {@code ~/.cache/program-audit}; "off" turns the cache off. Every file ends with a SHA-256 of its
 * content: a damaged or foreign file is deleted and the rules compiled again, never trusted. A
 * folder that cannot be written only costs the compile.
 */
final class CompiledRulesCache {
    static final String PROPERTY = com.programaudit.files.CacheFolder.PROPERTY;
    private static final Logger LOG = LoggerFactory.getLogger(CompiledRulesCache.class);
    private static final String MAGIC = "program-audit compiled rules 1";
    private static final String SUFFIX = ".rules";
    private static final int KEEP = 12;
    private static final int DIGEST_BYTES = 32;

    private final Path folder;

    private CompiledRulesCache(Path folder) { this.folder = folder; }

    /** The configured cache, or empty when it is turned off. */
    static Optional<CompiledRulesCache> configured() {
        return com.programaudit.files.CacheFolder.configured().map(CompiledRulesCache::new);
    }

    Path fileFor(String fingerprint) { return folder.resolve(fingerprint + SUFFIX); }

    Optional<CompiledRules> read(String fingerprint) {
        Path file = fileFor(fingerprint);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(decode(Files.readAllBytes(file), fingerprint));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring the damaged compiled-rules cache file {} ({}); compiling the rules again", file, e.getMessage());
            forget(fingerprint);
            return Optional.empty();
        }
    }

    /** Drops an entry that could not be used, so the next run compiles afresh. */
    void forget(String fingerprint) {
        try {
            Files.deleteIfExists(fileFor(fingerprint));
        } catch (IOException e) {
            LOG.debug("Cannot delete {}", fileFor(fingerprint), e);
        }
    }

    void write(String fingerprint, CompiledRules rules) {
        Path target = fileFor(fingerprint);
        try {
            Files.createDirectories(folder);
            // written aside and moved in one step: a reader never sees half a file
            com.programaudit.files.AtomicFiles.replace(target, encode(rules, fingerprint));
            prune();
        } catch (IOException | RuntimeException e) {
            LOG.info("Cannot keep the compiled rules in {} ({}); the next run compiles them again", folder, e.toString());
        }
    }

    /** Keeps the newest entries: each edit of the rules leaves an old one behind. */
    private void prune() throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(CompiledRulesCache::modified).reversed()).toList();
        }
        for (Path old : entries.subList(Math.min(KEEP, entries.size()), entries.size())) Files.deleteIfExists(old);
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    static byte[] encode(CompiledRules rules, String fingerprint) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(rules.kjar().length + 4096);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF(MAGIC);
        out.writeUTF(fingerprint);
        out.writeInt(rules.ruleFiles().size());
        for (Map.Entry<String, String> e : rules.ruleFiles().entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
        out.writeInt(rules.kjar().length);
        out.write(rules.kjar());
        out.flush();
        byte[] body = bytes.toByteArray();
        out.write(RulesFingerprint.sha256().digest(body));
        out.flush();
        return bytes.toByteArray();
    }

    static CompiledRules decode(byte[] file, String fingerprint) throws IOException {
        if (file.length < DIGEST_BYTES) throw new IOException("too short");
        int bodyLength = file.length - DIGEST_BYTES;
        byte[] digest = RulesFingerprint.sha256().digest(Arrays.copyOf(file, bodyLength));
        if (!MessageDigest.isEqual(digest, Arrays.copyOfRange(file, bodyLength, file.length))) {
            throw new IOException("checksum does not match");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(file, 0, bodyLength));
        if (!MAGIC.equals(in.readUTF())) throw new IOException("not a compiled-rules file");
        if (!fingerprint.equals(in.readUTF())) throw new IOException("compiled from other rules");
        int count = in.readInt();
        Map<String, String> ruleFiles = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) ruleFiles.put(in.readUTF(), in.readUTF());
        byte[] kjar = new byte[in.readInt()];
        in.readFully(kjar);
        if (in.available() != 0) throw new IOException("trailing bytes");
        return new CompiledRules(kjar, ruleFiles);
    }
}
