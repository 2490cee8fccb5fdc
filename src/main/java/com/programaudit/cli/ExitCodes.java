package com.programaudit.cli;

/** REPORT.md exit statuses. */
final class ExitCodes {
    static final int CLEAN = 0;
    static final int FINDINGS = 1;
    static final int USAGE = 2;
    static final int UNREADABLE = 2;

    private ExitCodes() { }
}
