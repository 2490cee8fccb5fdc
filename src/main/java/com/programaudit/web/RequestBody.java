package com.programaudit.web;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * A request body read into memory, in the chunks it arrived in. Closing it gives its bytes back to the
 * memory budget: the handler closes it once the answer is made, when the uploads made from it are done.
 */
final class RequestBody implements AutoCloseable {
    private final List<byte[]> chunks;
    private final int lastLength;
    private final MemoryBudget budget;
    private final long reserved;
    private boolean closed;

    RequestBody(List<byte[]> chunks, int lastLength, MemoryBudget budget, long reserved) {
        this.chunks = chunks;
        this.lastLength = lastLength;
        this.budget = budget;
        this.reserved = reserved;
    }

    /** Read-only views of the bytes, in order. */
    List<ByteBuffer> buffers() {
        java.util.ArrayList<ByteBuffer> buffers = new java.util.ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            int length = i == chunks.size() - 1 ? lastLength : chunks.get(i).length;
            buffers.add(ByteBuffer.wrap(chunks.get(i), 0, length).asReadOnlyBuffer());
        }
        return buffers;
    }

    @Override public synchronized void close() {
        if (closed) return;
        closed = true;
        budget.release(reserved);
    }
}
