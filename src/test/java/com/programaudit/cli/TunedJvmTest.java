package com.programaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TunedJvmTest {
    private static final String JAVA = "/usr/bin/java";
    private static final String MARK = "-D" + TunedJvm.MARK + "=true";

    private static final String JDK = "/usr/lib/jvm/java-17 17.0.15+6";

    /** The command line read from /proc is the one ProcessHandle gives: the child is started from it. */
    @Test
    void thisJvmsCommandLineIsTheOneProcessHandleGives() {
        ProcessHandle.Info info = ProcessHandle.current().info();
        org.junit.jupiter.api.Assumptions.assumeTrue(info.command().isPresent() && info.arguments().isPresent());
        List<String> expected = new java.util.ArrayList<>();
        expected.add(info.command().get());
        expected.addAll(List.of(info.arguments().get()));
        assertEquals(expected, TunedJvm.thisCommandLine().orElseThrow());
    }

    /** /proc/self/cmdline ends each argument with a NUL; an empty argument is kept, and a last one without NUL too. */
    @Test
    void argumentsAreSplitAtNulBytes() {
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        assertEquals(List.of("java", "-jar", "", "Übung.xlsx"),
                TunedJvm.nulSeparated("java\0-jar\0\0Übung.xlsx\0".getBytes(utf8), utf8));
        assertEquals(List.of("java", "x"), TunedJvm.nulSeparated("java\0x".getBytes(utf8), utf8));
        assertEquals(List.of(), TunedJvm.nulSeparated(new byte[0], utf8));
    }

    /** The JVM maps an archive only for the class path it was recorded with: a copy elsewhere needs its own. */
    @Test
    void aCopyOfTheJarElsewhereGetsItsOwnClassArchive() {
        String here = TunedJvm.archiveName(java.nio.file.Path.of("/opt/a/program-audit.jar"), JDK, 100, 7);
        String copy = TunedJvm.archiveName(java.nio.file.Path.of("/home/coach/program-audit.jar"), JDK, 100, 7);
        assertTrue(here.matches("classes-[0-9a-f]{8}-100-7\\.jsa"), here);
        assertTrue(!here.equals(copy), here + " and " + copy);
        assertEquals(here, TunedJvm.archiveName(java.nio.file.Path.of("/opt/a/program-audit.jar"), JDK, 100, 7));
        assertTrue(!here.equals(TunedJvm.archiveName(java.nio.file.Path.of("/opt/a/program-audit.jar"), JDK, 101, 7)));
    }

    /** The launcher jar's Class-Path names the app jar beside it: its size and time make the archive's name too. */
    @Test
    void theJarsAManifestPutsOnTheClassPathAreFoundBesideIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws java.io.IOException {
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.CLASS_PATH, "lib/app.jar  other.jar");
        java.nio.file.Path launcher = folder.resolve("launcher.jar");
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(launcher), manifest)) {
            out.putNextEntry(new java.util.zip.ZipEntry("a.txt"));
        }
        assertEquals(List.of(folder.resolve("lib/app.jar"), folder.resolve("other.jar")), TunedJvm.classPathOf(launcher));
        java.nio.file.Path plain = folder.resolve("plain.jar");
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(plain))) {
            out.putNextEntry(new java.util.zip.ZipEntry("a.txt"));
        }
        assertEquals(List.of(), TunedJvm.classPathOf(plain));
    }

    /** Another JDK cannot map this one's archive (JDK 25 said so on stderr at every run): it records its own. */
    @Test
    void anotherJdkGetsItsOwnClassArchive() {
        java.nio.file.Path jar = java.nio.file.Path.of("/opt/a/program-audit.jar");
        assertTrue(!TunedJvm.archiveName(jar, JDK, 100, 7).equals(TunedJvm.archiveName(jar, "/opt/jdk-25 25.0.1+8", 100, 7)));
        assertTrue(!TunedJvm.archiveName(jar, JDK, 100, 7).equals(TunedJvm.archiveName(jar, "/usr/lib/jvm/java-17 17.0.16+8", 100, 7)),
                "an update of the same JDK too");
        assertTrue(TunedJvm.thisJdk().contains(System.getProperty("java.vm.version")));
    }

    /** Each archive is tens of MB: earlier builds in the same place go, and only the newest few places stay. */
    @Test
    void oldArchivesAreForgottenAndFewAreKept(@org.junit.jupiter.api.io.TempDir java.nio.file.Path cache) throws Exception {
        java.nio.file.Path kept = touch(cache, "classes-0000aaaa-100-9.jsa", 9);
        touch(cache, "classes-0000aaaa-100-8.jsa", 8);      // an earlier build of the same jar
        touch(cache, "classes-46524663-1796051302.jsa", 7);  // named before places were
        touch(cache, "classes-0000bbbb-100-5.jsa", 5);
        touch(cache, "classes-0000cccc-100-6.jsa", 6);
        touch(cache, "classes-0000dddd-100-4.jsa", 4);
        java.nio.file.Path recording = touch(cache, "classes-0000eeee-100-3.jsa.123.partial", 3);
        java.nio.file.Files.setLastModifiedTime(recording, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        touch(cache, "classes-0000ffff-100-3.jsa.456.partial", 3); // left long ago by a training stopped by a signal
        touch(cache, "0c96d93f.rules", 1);                     // the compiled rules are not archives
        TunedJvm.forgetOldArchives(kept);
        try (java.util.stream.Stream<java.nio.file.Path> left = java.nio.file.Files.list(cache)) {
            assertEquals(java.util.Set.of("classes-0000aaaa-100-9.jsa", "classes-0000cccc-100-6.jsa", "classes-0000bbbb-100-5.jsa",
                            "classes-0000eeee-100-3.jsa.123.partial", "0c96d93f.rules"),
                    left.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
        }
    }

    private static java.nio.file.Path touch(java.nio.file.Path folder, String name, long minutes) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.writeString(folder.resolve(name), name);
        java.nio.file.Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(minutes * 60_000));
        return file;
    }

    @Test
    void anAuditRunsWithC1AndTheSerialCollectorAfterTheUsersOwnOptions() {
        List<String> line = TunedJvm.command(JAVA, List.of("-Xmx1g", "-jar", "pa.jar", "audit", "x.xlsx"),
                List.of(), new String[] {"audit", "x.xlsx"}, PLAIN).orElseThrow();
        assertEquals(List.of(JAVA, "-XX:TieredStopAtLevel=1", TunedJvm.EARLY_COMPILING, TunedJvm.SMALL_INLINING, ONE_C1, STILL_ONE_C1, "-XX:+UseSerialGC", TunedJvm.EARLY_TENURING, TunedJvm.NO_PERF_DATA, "-Xmx1g", MARK,
                "-jar", "pa.jar", "audit", "x.xlsx"), line);
    }

    /** A compile threshold of the user's, however set, is left as it is: early compiling would scale it. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"-XX:CompileThresholdScaling=2", "-XX:CompileThreshold=2000",
            "-XX:Tier3InvocationThreshold=400", "-XX:Tier0InvokeNotifyFreqLog=10"})
    void compileThresholdsTheUserSetAreKept(String option) {
        List<String> line = TunedJvm.command(JAVA, List.of(option, "-jar", "pa.jar", "audit"),
                List.of(), new String[] {"audit"}, PLAIN).orElseThrow();
        assertEquals(List.of(JAVA, "-XX:TieredStopAtLevel=1", TunedJvm.SMALL_INLINING, ONE_C1, STILL_ONE_C1, "-XX:+UseSerialGC", TunedJvm.EARLY_TENURING, TunedJvm.YOUNG_GENERATION, TunedJvm.NO_PERF_DATA, option, MARK,
                "-jar", "pa.jar", "audit"), line);
    }

    /** An inlining limit of the user's is kept, and so is C1's own inlining then. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"-XX:C1MaxInlineSize=40", "-XX:MaxInlineLevel=3", "-XX:C1MaxInlineLevel=2"})
    void inliningTheUserSetIsKept(String option) {
        List<String> line = TunedJvm.command(JAVA, List.of(option, "-jar", "pa.jar", "audit"),
                List.of(), new String[] {"audit"}, PLAIN).orElseThrow();
        assertEquals(List.of(JAVA, "-XX:TieredStopAtLevel=1", TunedJvm.EARLY_COMPILING, ONE_C1, STILL_ONE_C1, "-XX:+UseSerialGC", TunedJvm.EARLY_TENURING, TunedJvm.YOUNG_GENERATION,
                TunedJvm.NO_PERF_DATA, option, MARK, "-jar", "pa.jar", "audit"), line);
    }

    /** A heap the user sized, however, keeps the collector's own young generation (a nursery may not fit it). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"-Xmx48m", "-Xms1g", "-Xmn8m", "-XX:MaxNewSize=8m", "-XX:NewRatio=3",
            "-XX:MaxHeapSize=100m", "-XX:MaxRAMPercentage=10", "-XX:MaxRAM=1g"})
    void aHeapTheUserSizedKeepsItsYoungGeneration(String option) {
        List<String> line = TunedJvm.command(JAVA, List.of(option, "-jar", "pa.jar", "audit"),
                List.of(), new String[] {"audit"}, PLAIN).orElseThrow();
        assertEquals(List.of(JAVA, "-XX:TieredStopAtLevel=1", TunedJvm.EARLY_COMPILING, TunedJvm.SMALL_INLINING, ONE_C1, STILL_ONE_C1, "-XX:+UseSerialGC", TunedJvm.EARLY_TENURING, TunedJvm.NO_PERF_DATA, option, MARK,
                "-jar", "pa.jar", "audit"), line);
    }

    /** A training JVM that exited without an archive marks the jar, so later audits skip the training. */
    @Test
    void aJdkThatRecordsNoArchiveIsMarkedOnceAndNotTrainedAgain(@org.junit.jupiter.api.io.TempDir java.nio.file.Path cache)
            throws java.io.IOException {
        java.nio.file.Path archive = cache.resolve("classes-0000aaaa-100-9.jsa");
        java.nio.file.Path partial = cache.resolve("classes-0000aaaa-100-9.jsa.77.partial");
        java.nio.file.Files.writeString(partial, "archive");
        TunedJvm.settle(partial, archive, java.util.Optional.of(0));
        assertEquals("archive", java.nio.file.Files.readString(archive));
        assertFalse(java.nio.file.Files.exists(TunedJvm.unrecordable(archive)), "recorded: no marker");
        assertFalse(java.nio.file.Files.exists(partial));

        java.nio.file.Path other = cache.resolve("classes-0000bbbb-100-9.jsa");
        java.nio.file.Path half = java.nio.file.Files.writeString(cache.resolve("classes-0000bbbb-100-9.jsa.77.partial"), "half");
        TunedJvm.settle(half, other, java.util.Optional.of(130)); // Ctrl-C
        assertFalse(java.nio.file.Files.exists(other), "what a training stopped midway wrote is not kept");
        assertFalse(java.nio.file.Files.exists(half));
        assertFalse(java.nio.file.Files.exists(TunedJvm.unrecordable(other)), "a training stopped by a signal is tried again");
        TunedJvm.settle(cache.resolve("classes-0000bbbb-100-9.jsa.78.partial"), other, java.util.Optional.empty());
        assertFalse(java.nio.file.Files.exists(TunedJvm.unrecordable(other)), "one that never started is tried again");
        TunedJvm.settle(cache.resolve("classes-0000bbbb-100-9.jsa.79.partial"), other, java.util.Optional.of(0));
        assertFalse(java.nio.file.Files.exists(other));
        assertTrue(java.nio.file.Files.exists(TunedJvm.unrecordable(other)), "ended normally, no archive: marked");
    }

    /**
     * JDK 17 with no base archive, or told -Xshare:off by the environment, ends the training with status 1 and no
     * archive: marked too, else every later audit ran a training JVM again.
     */
    @Test
    void aTrainingThatFailsIsNotRunAgainAtEveryAudit(@org.junit.jupiter.api.io.TempDir java.nio.file.Path cache)
            throws java.io.IOException {
        java.nio.file.Path archive = cache.resolve("classes-0000cccc-100-9.jsa");
        java.nio.file.Path half = java.nio.file.Files.writeString(cache.resolve("classes-0000cccc-100-9.jsa.80.partial"), "half");
        TunedJvm.settle(half, archive, java.util.Optional.of(1));
        assertFalse(java.nio.file.Files.exists(archive), "what a failed training wrote is not kept");
        assertFalse(java.nio.file.Files.exists(half));
        assertTrue(java.nio.file.Files.exists(TunedJvm.unrecordable(archive)));
    }

    /** Audits started together train the archive once: the first takes the lock, the others go on without. */
    @Test
    void onlyOneRunTrainsAnArchiveAtATime(@org.junit.jupiter.api.io.TempDir java.nio.file.Path cache) throws java.io.IOException {
        java.nio.file.Path archive = cache.resolve("classes-0000dddd-100-9.jsa");
        java.nio.file.Path lock = TunedJvm.training(archive);
        assertTrue(lock != null && java.nio.file.Files.exists(lock));
        assertEquals(null, TunedJvm.training(archive), "another run is training it");
        java.nio.file.Files.delete(lock);
        java.nio.file.Path again = TunedJvm.training(archive);
        assertTrue(again != null, "free again once the training ended");
        // a lock left by a run that was killed is taken over once older than a training can take
        java.nio.file.Files.setLastModifiedTime(again, java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - TunedJvm.TRAINING_LOCK_MILLIS - 60_000));
        assertEquals(again, TunedJvm.training(archive));
    }

    /**
     * Options a second JVM cannot take too, or whose content is out of sight (a collector in an @argfile clashed with
     * ours, on stdout; a debugger's port was taken): the command runs in the JVM the user started.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"@opts", "-XX:Flags=.hotspotrc", "-XX:VMOptionsFile=vm.txt",
            "-agentlib:jdwp=transport=dt_socket,server=y,address=5799", "-agentpath:/opt/p/libprof.so", "-javaagent:agent.jar",
            "-Xrunjdwp:transport=dt_socket", "-XX:StartFlightRecording=filename=x.jfr", "-Xlog:gc:file=gc.log", "-Xlog:gc*:gc.log",
            "-Xloggc:gc.log"})
    void optionsASecondJvmCannotShareRunInThisJvm(String option) {
        assertTrue(TunedJvm.command(JAVA, List.of(option, "-jar", "pa.jar", "audit"), List.of(), new String[] {"audit"}, PLAIN).isEmpty(),
                option);
        assertTrue(TunedJvm.command(JAVA, List.of("-jar", "pa.jar", "audit"), List.of(option), new String[] {"audit"}, PLAIN).isEmpty(),
                option + " from the environment");
    }

    /** Logging to the console is shared without harm. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"-Xlog:gc", "-Xlog:gc:stderr", "-Xlog:gc*:stdout:uptime", "-Xlog:disable",
            "-Xlog:all=error:stderr", "-Xmx1g"})
    void optionsASecondJvmCanShareAreRelaunched(String option) {
        assertTrue(TunedJvm.command(JAVA, List.of(option, "-jar", "pa.jar", "audit"), List.of(), new String[] {"audit"}, PLAIN).isPresent(),
                option);
    }

    /** A machine without huge pages on request and with room for the young generation. */
    private static final String ONE_C1 = TunedJvm.ONE_COMPILER_THREAD.get(0);
    private static final String STILL_ONE_C1 = TunedJvm.ONE_COMPILER_THREAD.get(1);
    private static final TunedJvm.Machine PLAIN = new TunedJvm.Machine(false, 1L << 30, 2);
    private static final TunedJvm.Machine HUGE_PAGES = new TunedJvm.Machine(true, 1L << 30, 2);

    /** A small machine's default heap keeps the collector's own young generation: -Xmn at the heap's size makes the JVM warn on stdout. */
    @Test
    void aSmallDefaultHeapKeepsItsYoungGeneration() {
        List<String> small = TunedJvm.command(JAVA, List.of("-jar", "pa.jar", "audit"), List.of(), new String[] {"audit"},
                new TunedJvm.Machine(false, 500L << 20, 2)).orElseThrow();
        assertEquals(List.of(JAVA, "-XX:TieredStopAtLevel=1", TunedJvm.EARLY_COMPILING, TunedJvm.SMALL_INLINING, ONE_C1, STILL_ONE_C1, "-XX:+UseSerialGC",
                TunedJvm.EARLY_TENURING, TunedJvm.NO_PERF_DATA, MARK, "-jar", "pa.jar", "audit"), small);
        List<String> roomy = TunedJvm.command(JAVA, List.of("-jar", "pa.jar", "audit"), List.of(), new String[] {"audit"},
                new TunedJvm.Machine(false, 512L << 20, 2)).orElseThrow();
        assertTrue(roomy.contains(TunedJvm.YOUNG_GENERATION), roomy.toString());
    }

    @Test
    void hugePagesAreAskedForWhenTheKernelGivesThemOnRequestAndTheUserChoseNoPages() {
        List<String> asked = TunedJvm.command(JAVA, List.of("-jar", "pa.jar", "audit"), List.of(), new String[] {"audit"}, HUGE_PAGES)
                .orElseThrow();
        assertEquals(List.of(JAVA, "-XX:TieredStopAtLevel=1", TunedJvm.EARLY_COMPILING, TunedJvm.SMALL_INLINING, ONE_C1, STILL_ONE_C1, "-XX:+UseSerialGC", TunedJvm.EARLY_TENURING, TunedJvm.YOUNG_GENERATION,
                "-XX:+UseTransparentHugePages", TunedJvm.NO_PERF_DATA, MARK, "-jar", "pa.jar", "audit"), asked);
        assertTrue(TunedJvm.command(JAVA, List.of("-XX:-UseLargePages", "-jar", "pa.jar", "audit"), List.of(), new String[] {"audit"}, HUGE_PAGES)
                .orElseThrow().stream().noneMatch(o -> o.contains("TransparentHugePages")));
        assertTrue(TunedJvm.command(JAVA, List.of("-jar", "pa.jar", "audit"), List.of(), new String[] {"audit"}, PLAIN)
                .orElseThrow().stream().noneMatch(o -> o.contains("TransparentHugePages")));
        // the server keeps the JVM's defaults
        assertEquals(List.of(JAVA, MARK, "-jar", "pa.jar", "serve"),
                TunedJvm.command(JAVA, List.of("-jar", "pa.jar", "serve"), List.of(), new String[] {"serve"}, HUGE_PAGES).orElseThrow());
    }

    /** One compiler thread only on two cores or fewer, where it was measured; a count of the user's is kept. */
    @Test
    void oneCompilerThreadOnlyOnFewCoresAndWhenTheUserSetNoCount() {
        List<String> many = TunedJvm.command(JAVA, List.of("-jar", "pa.jar", "audit"), List.of(), new String[] {"audit"},
                new TunedJvm.Machine(false, 1L << 30, 8)).orElseThrow();
        assertTrue(many.stream().noneMatch(TunedJvm.ONE_COMPILER_THREAD::contains), many.toString());
        assertTrue(TunedJvm.command(JAVA, List.of("-jar", "pa.jar", "audit"), List.of(), new String[] {"audit"},
                new TunedJvm.Machine(false, 1L << 30, 1)).orElseThrow().containsAll(TunedJvm.ONE_COMPILER_THREAD));
        for (String option : List.of("-XX:CICompilerCount=3", "-XX:+UseDynamicNumberOfCompilerThreads")) {
            List<String> line = TunedJvm.command(JAVA, List.of(option, "-jar", "pa.jar", "audit"), List.of(), new String[] {"audit"},
                    PLAIN).orElseThrow();
            assertTrue(line.stream().noneMatch(TunedJvm.ONE_COMPILER_THREAD::contains), line.toString());
            assertTrue(line.contains(option), line.toString());
        }
    }

    /** Performance counters the user asked for (jstat watching a long batch) are kept. */
    @Test
    void perfDataTheUserAskedForIsKept() {
        List<String> line = TunedJvm.command(JAVA, List.of("-XX:+UsePerfData", "-jar", "pa.jar", "audit"), List.of(),
                new String[] {"audit"}, PLAIN).orElseThrow();
        assertTrue(line.contains("-XX:+UsePerfData") && !line.contains(TunedJvm.NO_PERF_DATA), line.toString());
    }

    @Test
    void aCollectorOrCompilerTheUserChoseIsKept() {
        List<String> line = TunedJvm.command(JAVA, List.of("-XX:+UseG1GC", "-XX:-TieredCompilation", "-jar", "pa.jar", "audit"),
                List.of(), new String[] {"audit"}, PLAIN).orElseThrow();
        assertEquals(List.of(JAVA, TunedJvm.NO_PERF_DATA, "-XX:+UseG1GC", "-XX:-TieredCompilation", MARK, "-jar", "pa.jar", "audit"), line);
    }

    /** A tenuring threshold of the user's is kept, and so are the defaults of a collector the user chose. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"-XX:MaxTenuringThreshold=7", "-XX:InitialTenuringThreshold=3",
            "-XX:+UseParallelGC"})
    void aTenuringThresholdOrCollectorOfTheUsersIsKept(String option) {
        List<String> line = TunedJvm.command(JAVA, List.of(option, "-jar", "pa.jar", "audit"), List.of(), new String[] {"audit"},
                PLAIN).orElseThrow();
        assertFalse(line.contains(TunedJvm.EARLY_TENURING), line.toString());
        assertTrue(line.contains(option), line.toString());
    }

    /** Whether an option chooses a collector is what the pattern -XX:[+-]Use\w*GC says, written as a loop. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"-XX:+UseZGC", "-XX:-UseSerialGC", "-XX:+UseShenandoahGC", "-XX:+UseGC",
            "-XX:+Use_1GC", "-XX:+UseG1GCx", "-XX:+UseLargePages", "-XX:+Use-GC", "-XX:UseG1GC", "-XX:+UseG1 GC", "-Xmx1g", "GC",
            "-XX:+UseGCOverheadLimit", "-XX:+UseParallelOldGC"})
    void aCollectorOptionIsRecognisedAsThePatternWould(String option) {
        boolean chosen = option.matches("-XX:[+-]Use\\w*GC");
        List<String> line = TunedJvm.command(JAVA, List.of(option, "-jar", "pa.jar", "audit"), List.of(), new String[] {"audit"}, PLAIN).orElseThrow();
        assertEquals(!chosen, line.contains("-XX:+UseSerialGC"), option);
    }

    /** The archive's place is the hash of the jar path and the JDK as eight hex digits, leading zeros kept (String.format's %08x). */
    @Test
    void theArchivePlaceIsEightHexDigits() {
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 20_000; i++) {
            java.nio.file.Path jar = java.nio.file.Path.of("/p" + Integer.toString(random.nextInt(), 36) + "/a.jar");
            assertEquals("classes-" + String.format(java.util.Locale.ROOT, "%08x", (jar + "\n" + JDK).hashCode()) + "-1-2.jsa",
                    TunedJvm.archiveName(jar, JDK, 1, 2));
        }
    }

    /** JAVA_TOOL_OPTIONS reach the child as well: adding a second collector would stop it starting. */
    @Test
    void aCollectorChosenInTheEnvironmentIsKeptToo() {
        List<String> line = TunedJvm.command(JAVA, List.of("-jar", "pa.jar", "audit"),
                List.of("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=4"), new String[] {"audit"}, PLAIN).orElseThrow();
        assertEquals(List.of(JAVA, TunedJvm.NO_PERF_DATA, MARK, "-jar", "pa.jar", "audit"), line);
    }

    @Test
    void theServerKeepsTheJvmDefaults() {
        List<String> line = TunedJvm.command(JAVA, List.of("-jar", "pa.jar", "serve", "--port", "0"),
                List.of(), new String[] {"serve", "--port", "0"}, PLAIN).orElseThrow();
        assertEquals(List.of(JAVA, MARK, "-jar", "pa.jar", "serve", "--port", "0"), line);
    }

    @Test
    void notStartedFromAJarOrArgumentsThatDoNotLineUpRunInThisJvm() {
        assertTrue(TunedJvm.command(JAVA, List.of("-cp", "classes", "com.programaudit.cli.Main", "audit"),
                List.of(), new String[] {"audit"}, PLAIN).isEmpty());
        // an argument the launcher saw differently (quoting, @argfiles): never guess
        assertTrue(TunedJvm.command(JAVA, List.of("-jar", "pa.jar", "audit", "a", "b"),
                List.of(), new String[] {"audit", "a b"}, PLAIN).isEmpty());
    }

    @Test
    void onlyAnAuditRecordsTheClassArchive() {
        org.junit.jupiter.api.Assertions.assertTrue(TunedJvm.recordsArchive(new String[] {"audit", "a.xlsx"}));
        org.junit.jupiter.api.Assertions.assertFalse(TunedJvm.recordsArchive(new String[] {"--version"}));
        org.junit.jupiter.api.Assertions.assertFalse(TunedJvm.recordsArchive(new String[] {"rules", "list"}));
        org.junit.jupiter.api.Assertions.assertFalse(TunedJvm.recordsArchive(new String[] {"serve"}));
        org.junit.jupiter.api.Assertions.assertFalse(TunedJvm.recordsArchive(new String[0]));
    }

    /** The wait for the archive's recording is explained at a terminal only; a script's last stderr line stays the summary. */
    @Test
    void theArchiveRecordingIsAnnouncedAtATerminalOnly() {
        java.io.ByteArrayOutputStream terminal = new java.io.ByteArrayOutputStream();
        TunedJvm.noticeTraining(true, new java.io.PrintStream(terminal, true, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(TunedJvm.TRAINING_NOTICE + System.lineSeparator(), terminal.toString(java.nio.charset.StandardCharsets.UTF_8));
        java.io.ByteArrayOutputStream script = new java.io.ByteArrayOutputStream();
        TunedJvm.noticeTraining(false, new java.io.PrintStream(script, true, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(0, script.size());
    }
}
