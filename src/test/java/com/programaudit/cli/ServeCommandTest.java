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
}
