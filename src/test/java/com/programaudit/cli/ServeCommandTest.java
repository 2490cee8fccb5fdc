package com.programaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `serve` refuses to listen beyond this machine without a credential, before it loads anything. */
class ServeCommandTest {
    @TempDir Path dir;

    @Test
    void anyAddressWithoutACredentialIsRefusedWithOneClearLine() {
        Assumptions.assumeTrue(System.getenv(ServeCommand.TOKEN_VARIABLE) == null, "the token variable is set here");
        CliRun run = CliRun.of("serve", "--host", "0.0.0.0", "--port", "0");
        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().startsWith("Refusing to serve on 0.0.0.0 without a credential"), run.err());
        assertTrue(run.err().contains("--token"), run.err());
    }

    @Test
    void anEmptyOrMissingTokenFileIsAUsageError() throws Exception {
        Path empty = Files.writeString(dir.resolve("token"), "\n");
        CliRun run = CliRun.of("serve", "--host", "0.0.0.0", "--port", "0", "--token-file", empty.toString());
        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().contains("The token is empty"), run.err());
        run = CliRun.of("serve", "--port", "0", "--token-file", dir.resolve("absent").toString());
        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().contains("Cannot read the token file"), run.err());
    }

    /**
     * A server in a child JVM stops when the first JVM is killed outright: SIGKILL runs no shutdown hook, so the first
     * JVM cannot stop its child, which went on serving, holding its port. A shell stands in for the first JVM here.
     */
    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
    void aServerInAChildJvmStopsWhenTheFirstJvmIsKilled() throws Exception {
        String javaCommand = ProcessHandle.current().info().command().orElseThrow();
        Process first = new ProcessBuilder("sh", "-c", "\"$0\" -D" + TunedJvm.MARK + "=true -Dprogramaudit.cache=off"
                + " -cp \"$1\" com.programaudit.cli.Main serve --port 0 & wait", javaCommand, System.getProperty("java.class.path"))
                .redirectErrorStream(true).start();
        java.util.concurrent.atomic.AtomicReference<ProcessHandle> started = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(first.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("Serving"));
            org.junit.jupiter.api.Assertions.assertNotNull(line, "the server started");
            ProcessHandle server = first.toHandle().children().findFirst().orElseThrow();
            started.set(server);
            first.destroyForcibly();
            server.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            org.junit.jupiter.api.Assertions.assertFalse(server.isAlive());
        } finally {
            // once the shell is gone the server is no longer its descendant: stop it by its own handle
            first.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            if (started.get() != null) started.get().destroyForcibly();
            first.destroyForcibly();
        }
    }
}
