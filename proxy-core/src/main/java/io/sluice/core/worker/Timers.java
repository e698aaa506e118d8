package io.sluice.core.worker;

import java.util.PriorityQueue;

/**
 * Delayed and periodic calls of one worker, ordered by deadline. Owner thread only; other threads
 * schedule through {@link Worker#execute(Runnable)}. A periodic timer is re-queued as the same
 * object, so steady-state firing allocates nothing.
 */
final class Timers
{
    private final PriorityQueue<Timer> queue = new PriorityQueue<>();
    private long nextSequence;

    Timer schedule(final long deadlineNs, final long periodNs, final Runnable task)
    {
        final Timer timer = new Timer(deadlineNs, periodNs, task, nextSequence++);
        queue.add(timer);
        return timer;
    }

    /** Runs every timer due at {@code nowNs}; returns how many ran. */
    int runDue(final long nowNs, final Worker.TaskRunner runner)
    {
        int ran = 0;
        Timer head;
        while ((head = queue.peek()) != null && head.deadlineNs - nowNs <= 0)
        {
            queue.poll();
            if (head.cancelled)
            {
                continue;
            }
            if (head.periodNs > 0)
            {
                // Fixed rate; a worker that fell far behind skips the missed turns instead of bursting.
                head.deadlineNs += head.periodNs;
                if (head.deadlineNs - nowNs <= 0)
                {
                    head.deadlineNs = nowNs + head.periodNs;
                }
                head.sequence = nextSequence++;
                queue.add(head);
            }
            else
            {
                head.cancelled = true;
            }
            runner.run(head.task);
            ran++;
        }
        return ran;
    }

    /** Nanoseconds until the next live timer is due (0 if overdue), or {@code Long.MAX_VALUE}. */
    long nsUntilNext(final long nowNs)
    {
        Timer head;
        while ((head = queue.peek()) != null && head.cancelled)
        {
            queue.poll();
        }
        if (head == null)
        {
            return Long.MAX_VALUE;
        }
        final long remainingNs = head.deadlineNs - nowNs;
        return remainingNs > 0 ? remainingNs : 0;
    }

    int size()
    {
        return queue.size();
    }

    /** A scheduled call; {@link #cancel()} it from the owning worker. */
    public static final class Timer implements Comparable<Timer>
    {
        private long deadlineNs;
        private final long periodNs;
        private final Runnable task;
        private long sequence;
        private boolean cancelled;

        private Timer(final long deadlineNs, final long periodNs, final Runnable task, final long sequence)
        {
            this.deadlineNs = deadlineNs;
            this.periodNs = periodNs;
            this.task = task;
            this.sequence = sequence;
        }

        /** Stops the timer; it will not run again. Owner thread. */
        public void cancel()
        {
            cancelled = true;
        }

        public boolean isCancelled()
        {
            return cancelled;
        }

        @Override
        public int compareTo(final Timer other)
        {
            final long byDeadline = deadlineNs - other.deadlineNs;
            if (byDeadline != 0)
            {
                return byDeadline < 0 ? -1 : 1;
            }
            return Long.compare(sequence, other.sequence);
        }
    }
}
