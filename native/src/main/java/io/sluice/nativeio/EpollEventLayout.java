package io.sluice.nativeio;

import java.util.Locale;

/**
 * Layout of {@code struct epoll_event}: {@code uint32_t events} followed by the 64-bit {@code epoll_data}.
 * glibc declares the struct {@code __attribute__((packed))} only on x86 and x86_64 (12 bytes, data at 4);
 * everywhere else it has natural alignment (16 bytes, data at 8). Immutable.
 */
public final class EpollEventLayout
{
    /** x86 / x86_64: 12 bytes, {@code events} at 0, {@code data} at 4. */
    public static final EpollEventLayout PACKED_X86_64 = new EpollEventLayout("PACKED_X86_64", 12, 0, 4);
    /** aarch64 and other 64-bit platforms: 16 bytes, {@code events} at 0, {@code data} at 8. */
    public static final EpollEventLayout NATURAL_64 = new EpollEventLayout("NATURAL_64", 16, 0, 8);

    private static final EpollEventLayout CURRENT = forArch(System.getProperty("os.arch", ""));

    private final String name;
    private final int size;
    private final int eventsOffset;
    private final int dataOffset;

    private EpollEventLayout(String name, int size, int eventsOffset, int dataOffset)
    {
        this.name = name;
        this.size = size;
        this.eventsOffset = eventsOffset;
        this.dataOffset = dataOffset;
    }

    /**
     * The layout for a value of the {@code os.arch} system property: {@code amd64}, {@code x86_64}, {@code x86},
     * {@code i386} (and {@code i486}..{@code i686}, {@code x86-64}) give {@link #PACKED_X86_64}; anything else gives
     * {@link #NATURAL_64}.
     */
    public static EpollEventLayout forArch(String osArch)
    {
        switch (osArch.toLowerCase(Locale.ROOT))
        {
            case "amd64":
            case "x86_64":
            case "x86-64":
            case "x86":
            case "i386":
            case "i486":
            case "i586":
            case "i686":
                return PACKED_X86_64;
            default:
                return NATURAL_64;
        }
    }

    /**
     * The layout of this JVM's platform, from {@code os.arch} (the property JNA's {@code Platform.ARCH} is derived
     * from).
     */
    public static EpollEventLayout current()
    {
        return CURRENT;
    }

    public int size()
    {
        return size;
    }

    public int eventsOffset()
    {
        return eventsOffset;
    }

    public int dataOffset()
    {
        return dataOffset;
    }

    @Override
    public String toString()
    {
        return name + "[size=" + size + ", events@" + eventsOffset + ", data@" + dataOffset + "]";
    }
}
