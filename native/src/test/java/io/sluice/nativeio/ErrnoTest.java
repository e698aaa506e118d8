package io.sluice.nativeio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ErrnoTest
{
    @Test
    void shouldUseLinuxValues()
    {
        assertEquals(1, Errno.EPERM);
        assertEquals(4, Errno.EINTR);
        assertEquals(9, Errno.EBADF);
        assertEquals(11, Errno.EAGAIN);
        assertEquals(22, Errno.EINVAL);
        assertEquals(24, Errno.EMFILE);
        assertEquals(115, Errno.EINPROGRESS);
    }

    @Test
    void shouldNameKnownAndUnknownErrnos()
    {
        assertEquals("EBADF", Errno.name(Errno.EBADF));
        assertEquals("EAGAIN", Errno.name(Errno.EWOULDBLOCK));
        assertEquals("ENOENT", Errno.name(2));
        assertEquals("errno 123", Errno.name(123));
    }

    @Test
    void shouldBuildMessageWithCallNameAndText()
    {
        IOException e = Errno.newIOException("epoll_ctl(ADD, fd=7)", Errno.EBADF);
        String m = e.getMessage();
        // strerror's text depends on the C locale; in the default "C" locale it is "Bad file descriptor"
        assertTrue(m.startsWith("epoll_ctl(ADD, fd=7) failed: EBADF ("), m);
        assertTrue(m.endsWith(")") && !m.contains("errno 9"), m);
        assertTrue(m.length() > "epoll_ctl(ADD, fd=7) failed: EBADF ()".length(), m);
    }
}
