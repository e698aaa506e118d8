package io.sluice.core.poll;

import io.sluice.nativeio.ChannelFds;
import io.sluice.nativeio.Epoll;
import io.sluice.nativeio.EventFd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.SelectableChannel;

/**
 * A {@link Poller} over a JNA epoll set, level-triggered, woken across threads by an eventfd.
 *
 * <p>{@code epoll_data} carries the registration token, never the fd: a connection closed in the
 * middle of a batch can have its fd number reused by an accept in the same batch, and the
 * generation in the token drops the stale event. A registration with no interest is taken out of
 * the epoll set, so a hung-up socket whose reading is paused cannot spin the loop with EPOLLHUP.
 *
 * <p>Single owner; {@link #wakeup()} from any thread.
 */
public final class EpollPoller implements Poller
{
    private static final Logger LOG = LoggerFactory.getLogger(EpollPoller.class);
    /** No slot ever reaches this: it names the wake-up eventfd. */
    private static final long WAKE_TOKEN = -1L;

    private final Epoll epoll;
    private final EventFd wakeFd;
    private final PollerSlots slots = new PollerSlots(64);

    public EpollPoller() throws IOException
    {
        epoll = Epoll.create(256);
        try
        {
            wakeFd = EventFd.create();
            epoll.add(wakeFd.fd(), Epoll.IN, WAKE_TOKEN);
        }
        catch (final IOException | RuntimeException e)
        {
            epoll.close();
            throw e;
        }
    }

    @Override
    public String name()
    {
        return "epoll";
    }

    @Override
    public long register(final SelectableChannel channel, final int interest,
            final IoHandler handler) throws IOException
    {
        if (channel.isBlocking())
        {
            throw new IllegalArgumentException("channel must be non-blocking: " + channel);
        }
        final int fd = ChannelFds.fdOf(channel);
        final long token = slots.allocate(channel, handler, interest, fd);
        if (interest != 0)
        {
            try
            {
                epoll.add(fd, toEvents(interest), token);
            }
            catch (final IOException e)
            {
                slots.release(token);
                throw e;
            }
        }
        return token;
    }

    @Override
    public void setInterest(final long token, final int interest) throws IOException
    {
        final int slot = slots.checkedSlot(token);
        final int old = slots.interest(slot);
        if (old == interest)
        {
            return;
        }
        final int fd = slots.fd(slot);
        if (interest == 0)
        {
            epoll.remove(fd);
        }
        else if (old == 0)
        {
            epoll.add(fd, toEvents(interest), token);
        }
        else
        {
            epoll.modify(fd, toEvents(interest), token);
        }
        slots.interest(slot, interest);
    }

    @Override
    public int interest(final long token)
    {
        return slots.interest(slots.checkedSlot(token));
    }

    @Override
    public void deregister(final long token)
    {
        if (!slots.isLive(token))
        {
            return;
        }
        final int slot = PollerSlots.slotOf(token);
        if (slots.interest(slot) != 0)
        {
            try
            {
                epoll.remove(slots.fd(slot));
            }
            catch (final IOException e)
            {
                // The channel was closed before being deregistered: the kernel already dropped it.
                LOG.debug("epoll remove of fd {} failed: {}", slots.fd(slot), e.getMessage());
            }
        }
        slots.release(token);
    }

    // hot path: no allocation
    @Override
    public int await(final int timeoutMs) throws IOException
    {
        return epoll.await(timeoutMs < 0 ? -1 : timeoutMs);
    }

    // hot path: no allocation
    @Override
    public void dispatch(final int readyCount)
    {
        for (int i = 0; i < readyCount; i++)
        {
            final long token = epoll.token(i);
            if (token == WAKE_TOKEN)
            {
                wakeFd.drain();
                continue;
            }
            // A handler earlier in this batch may have closed this registration.
            if (!slots.isLive(token))
            {
                continue;
            }
            slots.handler(PollerSlots.slotOf(token)).onReady(toFlags(epoll.events(i)));
        }
    }

    @Override
    public void wakeup()
    {
        wakeFd.signal();
    }

    @Override
    public int registrations()
    {
        return slots.live();
    }

    @Override
    public void close()
    {
        wakeFd.close();
        epoll.close();
    }

    private static int toEvents(final int interest)
    {
        int events = 0;
        if ((interest & READ) != 0)
        {
            events |= Epoll.IN | Epoll.RDHUP;
        }
        if ((interest & WRITE) != 0)
        {
            events |= Epoll.OUT;
        }
        return events;
    }

    private static int toFlags(final int events)
    {
        int flags = 0;
        // End of stream, hang-up and errors surface through a read, which reports them.
        if ((events & (Epoll.IN | Epoll.RDHUP | Epoll.HUP | Epoll.ERR)) != 0)
        {
            flags |= READABLE;
        }
        // A failed connect is reported as an error: the writer's finishConnect throws it.
        if ((events & (Epoll.OUT | Epoll.ERR)) != 0)
        {
            flags |= WRITABLE;
        }
        if ((events & (Epoll.HUP | Epoll.RDHUP)) != 0)
        {
            flags |= HANGUP;
        }
        if ((events & Epoll.ERR) != 0)
        {
            flags |= ERROR;
        }
        return flags;
    }
}
