package com.programaudit.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 of every file under a rules folder (relative path and bytes: DRL, decision tables,
 * policy, catalog, vocabulary, layouts) and of the product build. Any edit gives a new fingerprint,
 * so a cached rule base is used only for exactly the folder it was compiled from. The rule test
 * cases under tests/ (hundreds of small files only `rules test` reads) and version-control folders
 * (.git of a rules folder kept as a clone) are left out: they are not part of what is compiled or loaded.
 */
final class RulesFingerprint {
    private RulesFingerprint() { }

    static String of(Path folder) throws IOException {
        MessageDigest sha = sha256();
        update(sha, ProductBuild.id());
        for (Path file : files(folder)) {
            update(sha, RuleSources.relative(folder, file));
            byte[] bytes = Files.readAllBytes(file);
            update(sha, Integer.toString(bytes.length));
            sha.update(bytes);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A length-prefixed string, so "ab"+"c" and "a"+"bc" hash differently. */
    private static void update(MessageDigest sha, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }

    private static List<Path> files(Path folder) throws IOException {
        return com.programaudit.files.RulesFolderFiles.list(folder);
    }
}
