package com.programaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TunedJvmTest {
    private static final String JAVA = "/usr/bin/java";
    private static final String MARK = "-D" + TunedJvm.MARK + "=true";

    /** The JVM maps an archive only for the class path it was recorded with: a copy elsewhere needs its own. */
    @Test
    void aCopyOfTheJarElsewhereGetsItsOwnClassArchive() {
        String here = TunedJvm.archiveName(java.nio.file.Path.of("/opt/a/program-audit.jar"), 100, 7);
        String copy = TunedJvm.archiveName(java.nio.file.Path.of("/home/coach/program-audit.jar"), 100, 7);
        assertTrue(here.matches("classes-[0-9a-f]{8}-100-7\\.jsa"), here);
        assertTrue(!here.equals(copy), here + " and " + copy);
        assertEquals(here, TunedJvm.archiveName(java.nio.file.Path.of("/opt/a/program-audit.jar"), 100, 7));
        assertTrue(!here.equals(TunedJvm.archiveName(java.nio.file.Path.of("/opt/a/program-audit.jar"), 101, 7)));
    }

    @Test
    void anAuditRunsWithC1AndTheSerialCollectorAfterTheUsersOwnOptions() {
        List<String> line = TunedJvm.command(JAVA, List.of("-Xmx1g", "-jar", "pa.jar", "audit", "x.xlsx"),
                List.of(), new String[] {"audit", "x.xlsx"}).orElseThrow();
        assertEquals(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx1g", MARK,
                "-jar", "pa.jar", "audit", "x.xlsx"), line);
    }

    @Test
    void aCollectorOrCompilerTheUserChoseIsKept() {
        List<String> line = TunedJvm.command(JAVA, List.of("-XX:+UseG1GC", "-XX:-TieredCompilation", "-jar", "pa.jar", "audit"),
                List.of(), new String[] {"audit"}).orElseThrow();
        assertEquals(List.of(JAVA, "-XX:+UseG1GC", "-XX:-TieredCompilation", MARK, "-jar", "pa.jar", "audit"), line);
    }

    /** JAVA_TOOL_OPTIONS reach the child as well: adding a second collector would stop it starting. */
    @Test
    void aCollectorChosenInTheEnvironmentIsKeptToo() {
        List<String> line = TunedJvm.command(JAVA, List.of("-jar", "pa.jar", "audit"),
                List.of("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=4"), new String[] {"audit"}).orElseThrow();
        assertEquals(List.of(JAVA, MARK, "-jar", "pa.jar", "audit"), line);
    }

    @Test
    void theServerKeepsTheJvmDefaults() {
        List<String> line = TunedJvm.command(JAVA, List.of("-jar", "pa.jar", "serve", "--port", "0"),
                List.of(), new String[] {"serve", "--port", "0"}).orElseThrow();
        assertEquals(List.of(JAVA, MARK, "-jar", "pa.jar", "serve", "--port", "0"), line);
    }

    @Test
    void notStartedFromAJarOrArgumentsThatDoNotLineUpRunInThisJvm() {
        assertTrue(TunedJvm.command(JAVA, List.of("-cp", "classes", "com.programaudit.cli.Main", "audit"),
                List.of(), new String[] {"audit"}).isEmpty());
        // an argument the launcher saw differently (quoting, @argfiles): never guess
        assertTrue(TunedJvm.command(JAVA, List.of("-jar", "pa.jar", "audit", "a", "b"),
                List.of(), new String[] {"audit", "a b"}).isEmpty());
    }
}
