package com.programaudit.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs a {@code java -jar program-audit.jar ...} command in a child JVM started the way a short audit
 * wants it, because a jar cannot carry JVM options and the defaults suit long-running servers:
 * <ul>
 * <li>C1 only ({@code -XX:TieredStopAtLevel=1}): Drools generates thousands of small classes, and C2
 * compiling them cost more CPU than it saved (batch300: 20 s of CPU with C2, 12 s without);</li>
 * <li>methods compiled after a quarter of the calls C1 waits for by default ({@link #EARLY_COMPILING}): a short
 * audit runs most of its code a few hundred times, and until compiled that code runs in the interpreter
 * (batch300: 2.89 s instead of 3.23 s, medians of 7 interleaved runs; one small file 0.04 s slower);
 * a compile threshold the user set turns it off;</li>
 * <li>C1 inlining callees of up to 20 bytecodes, not 35 ({@link #SMALL_INLINING}): a quarter of the audit's CPU is
 * C1 compiling ~6,900 methods, mostly parsing what it inlines (batch300 CPU ~3% less, two sets of 9 interleaved
 * runs; 10 was slower, 50 slower still); an inlining option the user set turns it off;</li>
 * <li>one C1 compiler thread, not two, which does not ask the OS for free memory after every compile to decide
 * whether to start more ({@link #ONE_COMPILER_THREAD}): on two cores (and only there: more audit threads may need
 * more) a second compiler thread took CPU from the audit's own threads and contended with the first for the code
 * cache's locks (batch300 ~2% less wall time, one small file ~10%, 12 interleaved runs each); a compiler thread
 * count of the user's turns it off;</li>
 * <li>no shared performance counters ({@link #NO_PERF_DATA}): the file under /tmp that jps and jstat read is
 * created at start, updated while running and deleted at the end, for a run that nobody watches; one of the user's
 * PerfData options turns it off;</li>
 * <li>the serial collector: two audit threads do not need a concurrent collector, and it keeps the
 * heap near the live data (batch300 peak RSS 230 MB instead of 710 MB with G1);</li>
 * <li>with it, objects promoted once they survive a second young collection ({@link #EARLY_TENURING}), not up
 * to the 15th: what a file's reading and audit allocate is gone by then, and what survives (the rule base, the
 * catalog's and words' memories, the pooled sessions) lives to the end, but was copied between the survivor spaces
 * at every collection, with both audit threads stopped (batch300 wall 2.4% and 1.7% less, medians of 12 and 10
 * paired runs; peak RSS unchanged; a 10,000-file batch 1.11x the 300-file one); a tenuring option the user set
 * turns it off;</li>
 * <li>with it, a young generation of {@link #YOUNG_GENERATION} when the user sized no heap and the default heap has
 * room for it (an eighth at most): what a program's reading and
 * audit allocate dies young, and a small nursery is reused while still in the CPU's caches (batch300 peak
 * RSS ~190 MB instead of ~240 MB, no slower);</li>
 * <li>transparent huge pages for the heap and compiled code, when the kernel gives them on request
 * ({@code madvise}): a fresh JVM touches ~200 MB for the first time, and in a virtual machine each 4 KB
 * page fault is dear (batch300 ~5% less wall time, 7 interleaved runs);</li>
 * <li>a class-data-sharing archive of the jar's classes (JDK 17 has no -XX:+AutoCreateSharedArchive), relocated at
 * each start as the JDK does by default: mapped where it was recorded ({@code -XX:ArchiveRelocationMode=0}), it
 * saved the relocation's tens of ms before main() but left the JVM's first write to each archive page for later,
 * a copy-on-write fault that with several threads running flushes the other cores' address translations (in a VM,
 * a hypercall each): one small file 18% slower, batch300 3-4% (10 interleaved runs each). After the first audit run
 * of a jar, a training JVM ({@link ArchiveTraining}, {@link #record}) records it in the cache folder, so that it
 * covers every reader and report whatever that audit was; later runs map it instead of loading and verifying ~9,000
 * classes.</li>
 * </ul>
 * {@code serve} keeps the JVM's defaults (a long-lived server earns C2's code) but gets the archive.
 * Options the user gave the JVM are passed on and win: a chosen collector, compiler level or archive
 * is never overridden. {@code PROGRAM_AUDIT_RELAUNCH=off} (or {@code -Dprogramaudit.relaunch=off})
 * runs in the first JVM. Loads nothing but JDK classes, so the first JVM stays cheap.
 */
final class TunedJvm {
    static final String MARK = "programaudit.relaunched";
    /** When the first JVM started, in epoch milliseconds: what the user waited from. */
    static final String STARTED_AT = "programaudit.startedAt";
    private static final String OFF_PROPERTY = "programaudit.relaunch";
    /** When this class was first used, at the start of main(). */
    private static final long MAIN_STARTED = System.currentTimeMillis();

    /** C1's invocation and loop thresholds scaled down: see the class comment. */
    static final String EARLY_COMPILING = "-XX:CompileThresholdScaling=0.25";

    private TunedJvm() { }

    /** C1 inlines callees of up to 20 bytecodes rather than 35: see the class comment. */
    static final String SMALL_INLINING = "-XX:C1MaxInlineSize=20";

    /** One C1 thread, started at once rather than as compiles queue: see the class comment. */
    static final List<String> ONE_COMPILER_THREAD = List.of("-XX:CICompilerCount=1", "-XX:-UseDynamicNumberOfCompilerThreads");

    /** No hsperfdata file for jps and jstat: see the class comment. */
    static final String NO_PERF_DATA = "-XX:-UsePerfData";

    /** With the serial collector, what survives two young collections moves to the old generation: see the class comment. */
    static final String EARLY_TENURING = "-XX:MaxTenuringThreshold=1";

    /** The nursery of an audit's heap when the user sized none: see the class comment. */
    private static final long YOUNG_GENERATION_BYTES = 64L << 20;
    static final String YOUNG_GENERATION = "-Xmn" + (YOUNG_GENERATION_BYTES >> 20) + "m";
    /** Where Linux says whether it gives huge pages to memory that asks for them ("[madvise]" chosen). */
    private static final String HUGE_PAGES_MODE = "/sys/kernel/mm/transparent_hugepage/enabled";

    /** The child's exit status, or empty when the command should run in this JVM. */
    static Optional<Integer> run(String[] args) {
        if (System.getProperty(MARK) != null || off(System.getProperty(OFF_PROPERTY)) || off(System.getenv("PROGRAM_AUDIT_RELAUNCH"))) {
            return Optional.empty();
        }
        Optional<List<String>> started = thisCommandLine();
        if (started.isEmpty() || started.get().size() < 2) return Optional.empty();
        List<String> fromEnvironment = optionsFromEnvironment();
        Optional<List<String>> command = command(started.get().get(0), started.get().subList(1, started.get().size()),
                fromEnvironment, args, Machine.here());
        if (command.isEmpty()) return Optional.empty();
        Path archive = archive(command.get());
        List<String> line = new ArrayList<>(command.get());
        // the run's last line counts from when the user started it: this JVM's clock as main() began (the
        // process start time the OS gives is in clock ticks since boot, and was a second off in a VM)
        line.add(1, "-D" + STARTED_AT + "=" + MAIN_STARTED);
        boolean archiveWanted = archive != null && !mentions(line, ARCHIVE_OPTIONS) && !mentions(fromEnvironment, ARCHIVE_OPTIONS);
        boolean recorded = archiveWanted && Files.isRegularFile(archive);
        if (recorded) {
            line.add(1, "-XX:SharedArchiveFile=" + archive);
            quietClassArchiveNotes(line);
        }
        Optional<Integer> status = runChild(new ProcessBuilder(line).inheritIO());
        if (status.isPresent() && archiveWanted && !recorded && recordsArchive(args) && status.get() <= ExitCodes.FINDINGS
                && !Files.exists(unrecordable(archive))) {
            Path training = training(archive);
            if (training != null) {
                try {
                    // a run that held the lock just before may have recorded it
                    if (!Files.exists(archive) && !Files.exists(unrecordable(archive))) {
                        noticeTraining(System.console() != null, System.err);
                        record(command.get(), archive);
                    }
                } finally {
                    training.toFile().delete();
                }
            }
        }
        return status;
    }

    /** Where Linux shows a process its own executable and arguments. */
    private static final Path OWN_EXECUTABLE = Path.of("/proc/self/exe");
    private static final Path OWN_ARGUMENTS = Path.of("/proc/self/cmdline");

    /**
     * This JVM's executable and then its arguments, as {@code ProcessHandle.current().info()} gives them; empty when
     * the system does not say. Read from /proc where there is one, as the JDK does there: ProcessHandle's first use
     * starts a thread pool and links lambdas (~20 ms of this JVM's main() before the child could start).
     */
    static Optional<List<String>> thisCommandLine() {
        try {
            List<String> line = new ArrayList<>();
            line.add(Files.readSymbolicLink(OWN_EXECUTABLE).toString());
            List<String> argv = nulSeparated(Files.readAllBytes(OWN_ARGUMENTS), platformCharset());
            if (argv.isEmpty()) return Optional.empty();
            line.addAll(argv.subList(1, argv.size())); // argv[0] is the name the user typed, not the executable
            return Optional.of(line);
        } catch (IOException | RuntimeException e) {
            ProcessHandle.Info info = ProcessHandle.current().info();
            if (info.command().isEmpty() || info.arguments().isEmpty()) return Optional.empty();
            List<String> line = new ArrayList<>();
            line.add(info.command().get());
            line.addAll(List.of(info.arguments().get()));
            return Optional.of(line);
        }
    }

    /** /proc/self/cmdline's strings: each ends with a NUL byte. */
    static List<String> nulSeparated(byte[] bytes, java.nio.charset.Charset charset) {
        List<String> strings = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != 0) continue;
            strings.add(new String(bytes, start, i - start, charset));
            start = i + 1;
        }
        if (start < bytes.length) strings.add(new String(bytes, start, bytes.length - start, charset));
        return strings;
    }

    /** The charset the JDK decodes the command line with (the platform's, as for file names). */
    private static java.nio.charset.Charset platformCharset() {
        String name = System.getProperty("sun.jnu.encoding");
        try {
            return name == null ? java.nio.charset.Charset.defaultCharset() : java.nio.charset.Charset.forName(name);
        } catch (RuntimeException e) {
            return java.nio.charset.Charset.defaultCharset();
        }
    }

    /**
     * In a child JVM, ends this one once the first JVM is gone. A first JVM killed outright (SIGKILL runs no shutdown
     * hook, so it cannot stop its child) left a server running, holding its port, with nothing to stop it. The JDK
     * checks on a process that is not its own child every 300 ms or more, on one thread.
     */
    static void endWithTheFirstJvm() {
        if (System.getProperty(MARK) == null) return;
        ProcessHandle.current().parent().ifPresent(first -> first.onExit().thenRun(() -> System.exit(ExitCodes.CLEAN)));
    }

    /** How long a stopped JVM waits for its child to end (a server closes its connections first). */
    static final long CHILD_STOPS_WITHIN_SECONDS = 20;

    /** Said at a terminal before the class archive is recorded, which takes some seconds once per build. */
    static final String TRAINING_NOTICE = "program-audit: preparing a faster start for the next runs (once after an"
            + " install or update, a few seconds)...";

    /**
     * Says at a terminal why the prompt does not come back yet: the report is printed, and recording the archive takes
     * seconds more. Elsewhere nothing: a script's stderr keeps the run's summary as its last line.
     */
    static void noticeTraining(boolean atTerminal, java.io.PrintStream err) {
        if (atTerminal) err.println(TRAINING_NOTICE);
    }

    /** Options by which the user chose the class archive themselves: none is recorded or mapped for them. */
    private static final String[] ARCHIVE_OPTIONS = {"SharedArchiveFile", "ArchiveClassesAtExit", "-Xshare"};

    /** How long a training may hold the archive's lock before another run takes it over (a training takes ~10 s). */
    static final long TRAINING_LOCK_MILLIS = 10 * 60_000;

    /**
     * The lock of the archive's training, taken; null when another run trains it now. Audits started together
     * (a CI job's parallel audits) would otherwise each run a training JVM. A lock left by a run that was killed
     * is taken over once it is {@link #TRAINING_LOCK_MILLIS} old.
     */
    static Path training(Path archive) {
        Path lock = archive.resolveSibling(archive.getFileName() + ".training");
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                return Files.createFile(lock);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                long age = System.currentTimeMillis() - lock.toFile().lastModified();
                if (age < TRAINING_LOCK_MILLIS) return null;
                lock.toFile().delete();
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * Records the class archive in a JVM of its own once the user's audit is over (its output already printed):
     * an {@link ArchiveTraining} run, which finds the rules the audit just compiled in the cache. Recorded in
     * the audit's own JVM, the archive also held the rule compiler's classes whenever that audit compiled the
     * rules, as the first run of every build does: 60 MB instead of 31, and later audits ~3% slower with 25 MB
     * more resident (batch300, 9 interleaved runs of one jar with either archive). Recorded aside and moved in
     * whole, so a parallel run never maps half a file; kept only when the training JVM ended normally.
     */
    private static void record(List<String> command, Path archive) {
        Path partial;
        try {
            // a name no other run has, even one in another container with the same pid sharing the cache
            partial = Files.createTempFile(archive.getParent(), archive.getFileName() + ".", PARTIAL);
        } catch (IOException | RuntimeException e) {
            return;
        }
        List<String> line = new ArrayList<>(command);
        line.add(1, "-XX:ArchiveClassesAtExit=" + partial);
        line.add(1, "-D" + ArchiveTraining.PROPERTY + "=true");
        quietClassArchiveNotes(line);
        Optional<Integer> status = runChild(new ProcessBuilder(line)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD));
        settle(partial, archive, status);
    }

    /** The end of an archive being recorded. */
    static final String PARTIAL = ".partial";

    /**
     * Keeps the archive a training JVM recorded when it ended normally; else forgets the partial file (a training
     * that failed may have written half an archive). A training that exited, with or without an error, and left no
     * archive marks the jar, so that later audits do not pay for a training JVM at every run: JDK 17 without the
     * base archive a dynamic one extends exits 1, and so does a JVM told {@code -Xshare:off} by the environment.
     * One stopped by a signal (Ctrl-C: status 128 and above) or that never started is tried again next time.
     */
    static void settle(Path partial, Path archive, Optional<Integer> trainingStatus) {
        File written = partial.toFile();
        boolean exited = trainingStatus.isPresent() && trainingStatus.get() < 128;
        if (exited && trainingStatus.get() == 0 && written.length() > 0) { // 0 for a missing file too
            keep(partial, archive);
            return;
        }
        written.delete();
        if (!exited) return; // the next audit tries again
        try {
            Files.createFile(unrecordable(archive));
        } catch (IOException | RuntimeException e) {
            // the next audit tries again
        }
    }

    /** The marker of a jar whose archive this JDK does not record: see {@link #settle}. */
    static Path unrecordable(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".none");
    }

    /** The JVM prints class-archive notes (classes it skips) on stdout: errors only, on stderr. */
    private static void quietClassArchiveNotes(List<String> line) {
        line.add(1, "-Xlog:all=error:stderr");
        line.add(1, "-Xlog:disable");
    }

    /** Runs a child JVM to its end (stopped with this one); its exit status, or empty when it cannot start. */
    private static Optional<Integer> runChild(ProcessBuilder builder) {
        Process child;
        try {
            child = builder.start();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        // stopped (Ctrl-C, SIGTERM), this JVM stops its child and waits for it to end: it exited at once while a
        // server child went on closing for seconds, so whoever stopped it could not tell when it was gone
        Thread stop = new Thread() {
            @Override public void run() {
                child.destroy();
                try {
                    child.waitFor(CHILD_STOPS_WITHIN_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        Runtime.getRuntime().addShutdownHook(stop);
        int status = waitFor(child);
        Runtime.getRuntime().removeShutdownHook(stop);
        return Optional.of(status);
    }

    /**
     * Whether a run of these arguments records the class archive when there is none: an audit, after which
     * the training run is short (a {@code --version} or {@code rules list} first would otherwise wait for
     * the training, and compile the default rules for it).
     */
    static boolean recordsArchive(String[] args) {
        return runs(args, "audit");
    }

    /** Whether the arguments run that command. */
    private static boolean runs(String[] args, String command) {
        return args.length > 0 && args[0].equals(command);
    }

    /**
     * What the tuned options depend on besides the command: whether the kernel gives huge pages on request, and
     * the largest heap a JVM gets here by default (this one's: the child's is the same unless the user sizes it), and
     * the cores.
     */
    record Machine(boolean hugePagesOnRequest, long defaultMaxHeap, int cores) {
        static Machine here() {
            return new Machine(kernelGivesHugePagesOnRequest(), Runtime.getRuntime().maxMemory(),
                    Runtime.getRuntime().availableProcessors());
        }

        /** Two cores or fewer, where one compiler thread was measured faster; more audit threads may need more. */
        boolean fewCores() {
            return cores <= 2;
        }

        /** Room for a young generation of 64 MB: at most an eighth of the heap (the JVM warns, on stdout, at the whole). */
        boolean roomForYoungGeneration() {
            return defaultMaxHeap >= 8 * YOUNG_GENERATION_BYTES;
        }
    }

    /** {@code java <tuned options> <user's JVM options> -D<mark> -jar <jar> <args>}, when this JVM runs a jar. */
    static Optional<List<String>> command(String java, List<String> given, List<String> fromEnvironment, String[] args,
                                          Machine machine) {
        int jar = given.indexOf("-jar");
        // the launcher's own argument list must end with exactly the arguments main() received
        if (jar < 0 || jar + 2 + args.length != given.size()) return Optional.empty();
        List<String> jvmOptions = given.subList(0, jar);
        // options in JAVA_TOOL_OPTIONS and the like reach the child too: a second collector would stop it starting
        List<String> chosen = new ArrayList<>(jvmOptions);
        chosen.addAll(fromEnvironment);
        if (unshareable(chosen)) return Optional.empty();
        List<String> line = new ArrayList<>();
        line.add(java);
        if (!runs(args, "serve")) {
            if (!mentions(chosen, "TieredStopAtLevel", "TieredCompilation", "-Xint", "-Xcomp")) {
                line.add("-XX:TieredStopAtLevel=1");
                if (!mentions(chosen, "CompileThreshold", "Tier3", "Tier0")) line.add(EARLY_COMPILING);
                if (!mentions(chosen, "Inline")) line.add(SMALL_INLINING);
                // only with C1 alone (above): with tiered compilation on, the JVM refuses a count below 2
                if (machine.fewCores() && !mentions(chosen, "CICompilerCount", "CompilerThreads")) line.addAll(ONE_COMPILER_THREAD);
            }
            if (!choosesCollector(chosen)) {
                line.add("-XX:+UseSerialGC");
                if (!mentions(chosen, "TenuringThreshold")) line.add(EARLY_TENURING);
                // sized for the serial collector: another collector sizes its young generation its own way
                if (machine.roomForYoungGeneration() && !mentions(chosen, "-Xmx", "-Xms", "-Xmn", "NewSize", "NewRatio",
                        "HeapSize", "MaxRAM", "RAMPercentage", "RAMFraction")) {
                    line.add(YOUNG_GENERATION);
                }
            }
            if (machine.hugePagesOnRequest() && !mentions(chosen, "LargePages", "HugePages")) line.add("-XX:+UseTransparentHugePages");
            if (!mentions(chosen, "PerfData")) line.add(NO_PERF_DATA);
        }
        line.addAll(jvmOptions);
        line.add("-D" + MARK + "=true");
        line.addAll(given.subList(jar, jar + 2));
        line.addAll(List.of(args));
        return Optional.of(line);
    }

    /**
     * Whether the kernel gives transparent huge pages to memory that asks for them: "[madvise]" chosen. With
     * "[always]" every heap gets them anyway, and with "[never]" the JVM would warn on the report's stdout.
     */
    private static boolean kernelGivesHugePagesOnRequest() {
        try (java.io.FileInputStream in = new java.io.FileInputStream(HUGE_PAGES_MODE)) {
            byte[] bytes = in.readNBytes(200);
            return new String(bytes, java.nio.charset.StandardCharsets.US_ASCII).contains("[madvise]");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The JVM options the environment gives every JVM started here (the child inherits them). */
    private static List<String> optionsFromEnvironment() {
        List<String> options = new ArrayList<>();
        for (String name : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
            String value = System.getenv(name);
            if (value != null && !value.isBlank()) options.addAll(List.of(value.strip().split("\\s+")));
        }
        return options;
    }

    /*
     * Plain loops below, no lambdas, streams, regexes or String.format: this JVM only starts the child, and each of
     * those is JDK machinery it would load and run interpreted first, while the user waits (~10 ms together).
     */
    private static boolean mentions(List<String> options, String... words) {
        for (String option : options) {
            for (String word : words) if (option.contains(word)) return true;
        }
        return false;
    }

    /**
     * Whether an option is one a second JVM cannot take as well, or one whose content this class cannot see: an
     * {@code @argfile} or an options file (a collector in it clashes with ours, and the JVM says so on stdout), an
     * agent (a debugger's port is this JVM's already), a flight recording or a log written to a file (both JVMs
     * would write the one file). The command then runs in this JVM, as the user started it.
     */
    static boolean unshareable(List<String> options) {
        for (String option : options) {
            if (option.startsWith("@") || option.startsWith("-XX:Flags=") || option.startsWith("-XX:VMOptionsFile=")
                    || option.startsWith("-agentlib:") || option.startsWith("-agentpath:") || option.startsWith("-javaagent:")
                    || option.startsWith("-Xrunjdwp") || option.startsWith("-Xloggc:") || option.contains("FlightRecording")
                    || option.startsWith("-Xlog:") && logsToAFile(option)) {
                return true;
            }
        }
        return false;
    }

    /** {@code -Xlog:what:output:...} with an output other than stdout or stderr, which names a file. */
    private static boolean logsToAFile(String option) {
        String rest = option.substring("-Xlog:".length());
        int colon = rest.indexOf(':');
        if (colon < 0) return false;
        String output = rest.substring(colon + 1);
        int end = output.indexOf(':');
        if (end >= 0) output = output.substring(0, end);
        return !output.isEmpty() && !output.equals("stdout") && !output.equals("stderr");
    }

    /** Whether an option picks a collector ({@code -XX:+UseG1GC}, {@code -XX:-UseSerialGC}, …: -XX:[+-]Use\w*GC). */
    private static boolean choosesCollector(List<String> options) {
        for (String option : options) {
            if (!(option.startsWith("-XX:+Use") || option.startsWith("-XX:-Use")) || !option.endsWith("GC")
                    || option.length() < "-XX:+UseGC".length()) continue;
            boolean word = true;
            for (int i = "-XX:+Use".length(); i < option.length() - 2; i++) {
                char c = option.charAt(i);
                word &= c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
            }
            if (word) return true;
        }
        return false;
    }

    /**
     * The jar's archive in the cache folder, named after its place, size and time: a rebuilt jar gets a new
     * one, and so does a copy elsewhere, because the JVM maps an archive only for the class path it recorded;
     * and so does another JDK, which cannot map this one's (JDK 25 said so on stderr at every run).
     */
    private static Path archive(List<String> line) {
        int jar = line.indexOf("-jar");
        Path jarFile = Path.of(line.get(jar + 1));
        Path folder = com.programaudit.files.CacheFolder.configured().orElse(null);
        if (folder == null) return null;
        try {
            Files.createDirectories(folder);
            if (!Files.isWritable(folder)) return null;
            long size = Files.size(jarFile);
            long modified = Files.getLastModifiedTime(jarFile).toMillis();
            // the launcher jar's classes are a few; an app jar rebuilt or replaced beside it makes another archive too
            for (Path part : classPathOf(jarFile)) {
                size += Files.size(part);
                modified = Math.max(modified, Files.getLastModifiedTime(part).toMillis());
            }
            return folder.resolve(archiveName(jarFile.toAbsolutePath().normalize(), thisJdk(), size, modified / 1000));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The jars a jar's manifest puts on the class path after it (Class-Path: space-separated, relative to it). */
    static List<Path> classPathOf(Path jar) throws IOException {
        List<Path> parts = new ArrayList<>();
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile(), false)) {
            java.util.jar.Manifest manifest = file.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue(java.util.jar.Attributes.Name.CLASS_PATH);
            if (classPath == null) return parts;
            Path folder = jar.toAbsolutePath().getParent();
            for (String entry : classPath.strip().split(" ")) {
                if (!entry.isEmpty()) parts.add(folder.resolve(entry));
            }
        }
        return parts;
    }

    /**
     * {@code classes-<place>-<size>-<seconds>.jsa}; the place is a hash of the jar's absolute path and the JDK that
     * runs it ({@link #thisJdk}), so a JDK's archive and marker are its own.
     */
    static String archiveName(Path jar, String jdk, long size, long modifiedSeconds) {
        return "classes-" + place(jar, jdk) + "-" + size + "-" + modifiedSeconds + ".jsa";
    }

    /** The JDK the child runs on, the one running this JVM (the child is started with its java): home and build. */
    static String thisJdk() {
        return System.getProperty("java.home") + " " + System.getProperty("java.vm.version");
    }

    private static String place(Path jar, String jdk) {
        String hex = Integer.toHexString((jar + "\n" + jdk).hashCode());
        return "00000000".substring(hex.length()) + hex; // %08x
    }


    private static void keep(Path partial, Path archive) {
        try {
            if (Files.size(partial) > 0) {
                Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                forgetOldArchives(archive);
            }
        } catch (IOException | RuntimeException e) {
            // no archive this time; the next run records one
        } finally {
            new File(partial.toString()).delete();
        }
    }

    /** Archives kept in the cache folder at most: one per place a jar runs from, the newest places first. */
    static final int KEPT_ARCHIVES = 3;

    /**
     * Deletes the archives of earlier builds of the jar in the same place (and those named before places
     * were), then the least recently made ones past {@link #KEPT_ARCHIVES}: each is tens of MB. A JVM that
     * still maps a deleted one keeps running; the next run from that place records a new one. Partial archives
     * older than a training can take are deleted too.
     */
    static void forgetOldArchives(Path kept) throws IOException {
        String samePlace = kept.getFileName().toString().replaceFirst("^(classes-[0-9a-f]+-).*", "$1");
        List<Path> others = new ArrayList<>();
        long now = System.currentTimeMillis();
        try (Stream<Path> files = Files.list(kept.getParent())) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (name.matches("classes-.*\\.jsa") && !p.equals(kept)) others.add(p);
                // what a training stopped by a signal left (~30 MB); a younger one may still be being written
                else if (name.startsWith("classes-") && name.endsWith(PARTIAL)
                        && now - p.toFile().lastModified() > TRAINING_LOCK_MILLIS) p.toFile().delete();
            }
        }
        List<Path> elsewhere = new ArrayList<>();
        for (Path other : others) {
            String name = other.getFileName().toString();
            if (name.startsWith(samePlace) || name.matches("classes-\\d+-\\d+\\.jsa")) other.toFile().delete();
            else elsewhere.add(other);
        }
        elsewhere.sort(java.util.Comparator.comparingLong((Path p) -> p.toFile().lastModified()).reversed());
        for (Path old : elsewhere.subList(Math.min(elsewhere.size(), KEPT_ARCHIVES - 1), elsewhere.size())) {
            old.toFile().delete();
        }
    }

    private static int waitFor(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                child.destroy();
            }
        }
    }

    private static boolean off(String value) {
        return value != null && value.strip().toLowerCase(Locale.ROOT).equals("off");
    }
}
