package com.programaudit.web;

/**
 * The upload bytes the server holds in memory at once, over all requests. A body is read into memory
 * only as far as the budget allows; a request that finds it spent is turned away (503) rather than
 * letting many concurrent uploads run the heap out.
 */
final class MemoryBudget {
    private final long capacity;
    private long used;

    MemoryBudget(long capacity) { this.capacity = capacity; }

    synchronized boolean tryReserve(long bytes) {
        if (used + bytes > capacity) return false;
        used += bytes;
        return true;
    }

    synchronized void release(long bytes) { used = Math.max(0, used - bytes); }

}
