package com.programaudit.importer;

import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The time one file may take to read, checked cooperatively by the readers' loops (each row streamed,
 * each cell a layout reads): a file past it is refused with the budget in the message and the batch
 * goes on to the next. {@code -Dprogramaudit.readSeconds=N} sets it; 0 turns it off.
 */
public final class ReadDeadline {
    /** Ample for the largest real program (a 50,000-row log reads in a few seconds). */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(Long.getLong("programaudit.readSeconds", 60));
    /** Checks between two looks at the clock: a tick costs an increment, the clock some nanoseconds. */
    private static final int TICKS_PER_LOOK = 1024;

    private final Duration budget;
    private final LongSupplier nanoTime;
    private final long end;
    private int ticks;

    private ReadDeadline(Duration budget, LongSupplier nanoTime) {
        this.budget = budget;
        this.nanoTime = nanoTime;
        this.end = budget.isZero() ? Long.MAX_VALUE : nanoTime.getAsLong() + budget.toNanos();
    }

    /** A deadline {@code budget} from now; a zero budget never ends. */
    public static ReadDeadline after(Duration budget) { return new ReadDeadline(budget, System::nanoTime); }

    /** The same with a clock of the caller's, so that tests need not wait. */
    public static ReadDeadline after(Duration budget, LongSupplier nanoTime) { return new ReadDeadline(budget, nanoTime); }

    public static ReadDeadline none() { return after(Duration.ZERO); }

    /** One step of a loop: looks at the clock now and then. */
    public void tick() {
        if (++ticks >= TICKS_PER_LOOK) {
            ticks = 0;
            check();
        }
    }

    /** Throws {@link Exceeded} when the budget is spent. */
    public void check() {
        if (end != Long.MAX_VALUE && nanoTime.getAsLong() - end > 0) throw new Exceeded(budget);
    }

    /** Unchecked, so that it leaves any loop (a SAX handler, a layout reader); the importer turns it into an ImportException. */
    public static final class Exceeded extends RuntimeException {
        private final Duration budget;

        Exceeded(Duration budget) {
            super(null, null, false, false);
            this.budget = budget;
        }

        public ImportException refusal() {
            return new ImportException(String.format(Locale.ROOT, "The file took longer than %d s to read, the most"
                    + " one file may take; split the program into smaller files (or allow more time with"
                    + " -Dprogramaudit.readSeconds).", budget.toSeconds()));
        }
    }
}
