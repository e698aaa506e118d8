package io.sluice.nativeio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class EpollEventLayoutTest
{
    @Test
    void shouldPackPackedX86_64To12BytesWithDataAt4()
    {
        EpollEventLayout l = EpollEventLayout.PACKED_X86_64;
        assertEquals(12, l.size());
        assertEquals(0, l.eventsOffset());
        assertEquals(4, l.dataOffset());
    }

    @Test
    void shouldAlignNatural64To16BytesWithDataAt8()
    {
        EpollEventLayout l = EpollEventLayout.NATURAL_64;
        assertEquals(16, l.size());
        assertEquals(0, l.eventsOffset());
        assertEquals(8, l.dataOffset());
    }

    @Test
    void shouldMapIntelArchesToPackedAndOthersToNatural()
    {
        for (String arch : new String[] {"amd64", "x86_64", "x86", "i386", "AMD64", "i686", "x86-64"})
        {
            assertSame(EpollEventLayout.PACKED_X86_64, EpollEventLayout.forArch(arch), arch);
        }
        for (String arch : new String[] {"aarch64", "arm64", "riscv64", "ppc64le", "s390x", "loongarch64", ""})
        {
            assertSame(EpollEventLayout.NATURAL_64, EpollEventLayout.forArch(arch), arch);
        }
    }

    @Test
    void shouldMatchOsArchForCurrentLayout()
    {
        String arch = System.getProperty("os.arch");
        assertSame(EpollEventLayout.forArch(arch), EpollEventLayout.current());
        if (arch.equals("amd64") || arch.equals("x86_64"))
        {
            assertSame(EpollEventLayout.PACKED_X86_64, EpollEventLayout.current());
        }
        else if (arch.equals("aarch64"))
        {
            assertSame(EpollEventLayout.NATURAL_64, EpollEventLayout.current());
        }
        assertNotEquals(null, EpollEventLayout.current().toString());
    }
}
